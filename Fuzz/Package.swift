// swift-tools-version: 6.1
// libFuzzer targets for the parsers of Indicators. A package of its own, so that the shipped
// products and `.ci/run` never build them. Build and run with `Fuzz/run.sh`.
import PackageDescription

// SwiftPM links an executable with its `main` renamed (`--defsym main=<Target>_main`); gold then
// fails on the sanitizer runtime, lld does not.
let lld: [LinkerSetting] = [.unsafeFlags(["-use-ld=lld"])]

let package = Package(
    name: "IndicatorsFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Indicators", path: "..")],
    targets: [
        // libFuzzer's driver, called from each target's main.
        .target(name: "FuzzSupport"),
        // The dataset's strict CSV reader (CSVTable) and the typed field checks of the loader.
        .executableTarget(name: "FuzzDatasetCSV", dependencies: ["FuzzSupport", .product(name: "IndicatorKit", package: "Indicators")], linkerSettings: lld),
        // plot's numeric reader (NumericCSV), sequential and two-threaded.
        .executableTarget(name: "FuzzNumericCSV", dependencies: ["FuzzSupport", .product(name: "IndicatorKit", package: "Indicators")], linkerSettings: lld),
        // Period names on the command line (PeriodKey: conference, date, span) and ISO dates.
        .executableTarget(name: "FuzzPeriod", dependencies: ["FuzzSupport", .product(name: "IndicatorKit", package: "Indicators")], linkerSettings: lld),
        // Chart spec files (YAML/JSON) through the spec layer's parsing entry point.
        .executableTarget(name: "FuzzSpec", dependencies: ["FuzzSupport", .product(name: "Briefing", package: "Indicators")], linkerSettings: lld),
    ]
)

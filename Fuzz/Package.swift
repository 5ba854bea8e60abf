// swift-tools-version: 6.1
// libFuzzer targets for the parsers of Indicators. A package of its own, so that the shipped
// products and `.ci/run` never build them. Build and run with `Fuzz/run.sh`.
import PackageDescription

let package = Package(
    name: "IndicatorsFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Indicators", path: "..")],
    targets: [
        // The dataset's strict CSV reader (CSVTable) and the typed field checks of the loader.
        .executableTarget(name: "FuzzDatasetCSV", dependencies: [.product(name: "IndicatorKit", package: "Indicators")]),
        // plot's numeric reader (NumericCSV), sequential and two-threaded.
        .executableTarget(name: "FuzzNumericCSV", dependencies: [.product(name: "IndicatorKit", package: "Indicators")]),
        // Period names on the command line (PeriodKey: conference, date, span) and ISO dates.
        .executableTarget(name: "FuzzPeriod", dependencies: [.product(name: "IndicatorKit", package: "Indicators")]),
        // Chart spec files (YAML/JSON) through the spec layer's parsing entry point.
        .executableTarget(name: "FuzzSpec", dependencies: [.product(name: "Briefing", package: "Indicators")]),
    ]
)

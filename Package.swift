// swift-tools-version: 6.1
import PackageDescription

// Type metadata through direct accessors instead of mangled names: a generic type such as
// `[String: Int]` is then built with the conformances the compiler already knows, where a mangled
// name makes the Swift runtime look each one up by scanning all 6,200 conformance records of the
// static binary (W1 SVG: 42.6 -> 38.9 million instructions with this package's targets alone).
// `.ci/setup release` passes it to the dependencies' modules too (Benchmarks/README.md).
let fastMetadata: [SwiftSetting] = [.unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"])]

let package = Package(
    name: "Indicators",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "IndicatorKit", targets: ["IndicatorKit"]),
        .library(name: "ChartKit", targets: ["ChartKit"]),
        .library(name: "ChartCairo", targets: ["ChartCairo"]),
        .library(name: "Briefing", targets: ["Briefing"]),
        .library(name: "ArticleKit", targets: ["ArticleKit"]),
        .executable(name: "indicators", targets: ["indicators"]),
    ],
    // `swift build --traits Benchmarks` adds the benchmark harness (`indicators bench-warm`,
    // Benchmarks/README.md); the default build, and so the shipped binary, leaves it out.
    traits: [.trait(name: "Benchmarks", description: "Build the benchmark harness (bench-warm) into the binary.")],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // `swift package generate-documentation`: the DocC catalogues of the library targets.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // Model, strict CSV + Frictionless loading, growth analysis, number formatting (en, vi).
        .target(name: "IndicatorKit", swiftSettings: fastMetadata),
        // Reads figures out of an article: numbers, units, qualifiers, periods, roles, quotes.
        .target(name: "ArticleKit", dependencies: ["IndicatorKit"], swiftSettings: fastMetadata),
        // What to draw: scales, ticks, layout, themes, Scene. No Cairo here.
        .target(name: "ChartKit", dependencies: ["IndicatorKit"], swiftSettings: fastMetadata),
        // Cairo + Pango through pkg-config.
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
        ),
        // Draws a Scene through Cairo/Pango into PNG, SVG and PDF files.
        .target(name: "ChartCairo", dependencies: ["ChartKit", "CCairo"], swiftSettings: fastMetadata),
        // Chart spec files (YAML/JSON), the Charts/ gallery, and briefing bundles.
        .target(name: "Briefing", dependencies: [
            "IndicatorKit", "ChartKit", "ChartCairo", .product(name: "Yams", package: "Yams"),
        ], swiftSettings: fastMetadata),
        // Keeps argc and argv for `CommandLine.arguments` so that the static Swift runtime need
        // not read /proc/self/maps at start-up (CommandLineCapture.c says how).
        .target(name: "CommandLineCapture"),
        .executableTarget(
            name: "indicators",
            dependencies: [
                "IndicatorKit", "ChartKit", "ChartCairo", "Briefing", "ArticleKit", "CommandLineCapture",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [.define("BENCHMARKS", .when(traits: ["Benchmarks"]))] + fastMetadata,
            // The release binary is position-dependent, like Go's: the 90,000 relative relocations
            // of the static Swift runtime and Foundation are then resolved at link time instead of
            // at every start, which saves about 200 page faults and 1 ms of each run
            // (Benchmarks/README.md). Libraries still load at random addresses.
            linkerSettings: [.unsafeFlags(["-Xclang-linker", "-no-pie"], .when(platforms: [.linux], configuration: .release))]
        ),
        // Helpers shared by the test targets: the repository root, the bundled dataset, temp folders.
        .target(name: "TestSupport", dependencies: ["IndicatorKit"], path: "Tests/TestSupport"),
        .testTarget(
            name: "IndicatorKitTests",
            dependencies: [
                "IndicatorKit", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "ChartKitTests", dependencies: ["ChartKit", "ChartCairo", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["IndicatorKit", "TestSupport"]),
        .testTarget(name: "ArticleKitTests", dependencies: ["ArticleKit", "IndicatorKit", "TestSupport"]),
        .testTarget(name: "BriefingTests", dependencies: ["Briefing", "ChartCairo", "IndicatorKit", "TestSupport"]),
    ]
)

// swift-tools-version: 6.0
import Foundation
import PackageDescription

/// `TIES_FUZZ=1` (set by Fuzz/run.sh) instruments the model and rendering code for libFuzzer and
/// links the fuzz targets with it. The flags go only where they belong: the build tool behind
/// the EmbedFiles plugin must stay an ordinary program (libFuzzer brings its own `main`).
let fuzzing = ProcessInfo.processInfo.environment["TIES_FUZZ"] == "1"
let instrumented: [SwiftSetting] = fuzzing ? [.unsafeFlags(["-sanitize=fuzzer,address"])] : []
/// The fuzz targets link libFuzzer without its `main` (SwiftPM gives each executable one);
/// Fuzz/run.sh finds the library in the toolchain and passes its path.
let fuzzerLinked: [LinkerSetting] =
    fuzzing
    ? [.unsafeFlags(["-sanitize=address", ProcessInfo.processInfo.environment["TIES_FUZZER_LIBRARY"] ?? ""]), .linkedLibrary("stdc++")]
    : []

/// A libFuzzer target under `Fuzz/NAME`: its `main` hands the test function to libFuzzer's
/// driver (`Fuzz/FuzzerDriver.swift`); built without TIES_FUZZ it only says how to build it.
func fuzzTarget(_ name: String, _ folder: String, _ dependencies: [Target.Dependency]) -> Target {
    .executableTarget(
        name: name, dependencies: dependencies + ["FuzzSupport"], path: "Fuzz/\(folder)",
        swiftSettings: instrumented + (fuzzing ? [.define("FUZZING")] : []), linkerSettings: fuzzerLinked)
}

let package = Package(
    name: "ties",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "ties", targets: ["ties"]),
        .library(name: "TiesModel", targets: ["TiesModel"]),
        .library(name: "TiesRender", targets: ["TiesRender"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", exact: "0.9.20"),
        // Only for ties-bench, which times them beside ties' own table reader.
        .package(url: "https://github.com/yaslab/CSV.swift.git", exact: "2.5.2"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV.git", exact: "0.10.0"),
    ],
    targets: [
        .target(
            name: "TiesModel",
            dependencies: [
                .product(name: "Yams", package: "Yams"), .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: instrumented,
            plugins: ["EmbedFiles"]
        ),
        .target(name: "TiesRender", dependencies: ["TiesModel"], swiftSettings: instrumented, plugins: ["EmbedFiles"]),
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw", providers: [.apt(["libncurses-dev"])]),
        .target(name: "CTerminalRescue"),
        .target(name: "TiesTerminal", dependencies: ["TiesRender", "TiesModel", "CNcursesw", "CTerminalRescue"]),
        .executableTarget(
            name: "ties",
            dependencies: [
                "TiesModel",
                "TiesRender",
                "TiesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "ties-embed"),
        .executableTarget(
            name: "ties-bench",
            dependencies: [
                "TiesModel", "TiesRender", .product(name: "CSV", package: "CSV.swift"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ],
            path: "Benchmarks/FrameBench"),
        .plugin(name: "EmbedFiles", capability: .buildTool(), dependencies: ["ties-embed"]),
        // libFuzzer targets: Fuzz/run.sh builds them with TIES_FUZZ=1.
        .target(
            name: "FuzzSupport", dependencies: ["TiesModel", "TiesRender"], path: "Fuzz/Support",
            swiftSettings: instrumented + (fuzzing ? [.define("FUZZING")] : []), linkerSettings: fuzzerLinked),
        fuzzTarget("fuzz-relation", "Relation", ["TiesModel", "TiesRender"]),
        fuzzTarget("fuzz-theme", "Theme", ["TiesModel", "TiesRender"]),
        fuzzTarget("fuzz-dates", "Dates", ["TiesModel"]),
        fuzzTarget("fuzz-text", "Text", ["TiesModel", "TiesRender"]),
        fuzzTarget("fuzz-table", "Table", ["TiesModel", "TiesRender"]),
        fuzzTarget("fuzz-comtrade", "Comtrade", ["TiesModel", "TiesRender"]),
        fuzzTarget("fuzz-gdelt", "GDELT", ["TiesModel", "TiesRender"]),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "TiesModelTests", dependencies: ["TiesModel", "TestSupport"]),
        .testTarget(name: "TiesRenderTests", dependencies: ["TiesRender", "TiesModel", "TestSupport", "FuzzSupport"]),
        .testTarget(name: "TiesCLITests", dependencies: ["TiesModel", "TestSupport"]),
        .testTarget(name: "TiesTerminalTests", dependencies: ["TiesTerminal", "TiesRender"]),
        .testTarget(name: "TiesEndToEndTests", dependencies: ["TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

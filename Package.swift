// swift-tools-version: 6.0
import PackageDescription

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
    ],
    targets: [
        .target(
            name: "TiesModel",
            dependencies: [.product(name: "Yams", package: "Yams")],
            plugins: ["EmbedFiles"]
        ),
        .target(name: "TiesRender", dependencies: ["TiesModel"], plugins: ["EmbedFiles"]),
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
            name: "ties-bench", dependencies: ["TiesModel", "TiesRender"], path: "Benchmarks/FrameBench"),
        .plugin(name: "EmbedFiles", capability: .buildTool(), dependencies: ["ties-embed"]),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "TiesModelTests", dependencies: ["TiesModel", "TestSupport"]),
        .testTarget(name: "TiesRenderTests", dependencies: ["TiesRender", "TiesModel", "TestSupport"]),
        .testTarget(name: "TiesCLITests", dependencies: ["TiesModel", "TestSupport"]),
        .testTarget(name: "TiesTerminalTests", dependencies: ["TiesTerminal", "TiesRender"]),
        .testTarget(name: "TiesEndToEndTests", dependencies: ["TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

import Foundation

/// Paths to the files under `Tests/Fixtures` and to the package's own data folders.
public enum Fixtures {
    /// The package's root folder.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The path of a fixture, e.g. `relation("valid.yaml")`.
    public static func relation(_ name: String) -> String {
        packageRoot.appending(path: "Tests/Fixtures/relations/\(name)").path(percentEncoded: false)
    }

    /// The path of a file relative to the package root.
    public static func packageFile(_ relativePath: String) -> String {
        packageRoot.appending(path: relativePath).path(percentEncoded: false)
    }
}

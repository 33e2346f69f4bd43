import Foundation

/// A temporary folder for files a test writes, removed when the value goes away.
public final class ScratchFolder {
    /// The folder's path.
    public let path: String

    /// Creates an empty folder whose name starts with `prefix`.
    public init(_ prefix: String = "ties-test") {
        let url = FileManager.default.temporaryDirectory.appending(path: "\(prefix)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        path = url.path(percentEncoded: false)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// The folder's file URL.
    public var url: URL { URL(filePath: path, directoryHint: .isDirectory) }

    /// Writes text to a file in the folder, returning its path.
    @discardableResult
    public func write(_ name: String, _ text: String) -> String {
        write(name, bytes: Array(text.utf8))
    }

    /// Writes bytes to a file in the folder, returning its path.
    @discardableResult
    public func write(_ name: String, bytes: [UInt8]) -> String {
        let file = (path as NSString).appendingPathComponent(name)
        FileManager.default.createFile(atPath: file, contents: Data(bytes))
        return file
    }
}

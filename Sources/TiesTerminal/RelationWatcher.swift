import Foundation
import TiesModel

/// Notices when a relation file changes on disk, with one `stat` per check.
struct RelationWatcher {
    /// The file watched.
    let path: String
    private var signature: Signature?

    private struct Signature: Equatable {
        let modified: timespec
        let size: Int
        let inode: UInt

        static func == (a: Signature, b: Signature) -> Bool {
            a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec && a.size == b.size
                && a.inode == b.inode
        }
    }

    /// Starts watching a file as it is now.
    init(path: String) {
        self.path = path
        signature = Self.signature(of: path)
    }

    /// Whether the file changed since the last call (or since watching began).
    mutating func changed() -> Bool {
        let current = Self.signature(of: path)
        defer { signature = current }
        return current != signature
    }

    private static func signature(of path: String) -> Signature? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Signature(modified: info.st_mtim, size: Int(info.st_size), inode: UInt(info.st_ino))
    }
}

import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Opens and reads the files ties is given, saying truly why one cannot be read.
///
/// `-` and `/dev/stdin` read standard input; pipes (`<(…)`) are read as streams. A named pipe
/// with no writer, a device, a directory, a link loop, a name too long and a file over the
/// size limit each get their own message, at once, without hanging.
public enum FileInput {
    /// The name standard input goes by in diagnostics.
    public static let standardInputName = "<stdin>"

    /// Whether a path means standard input.
    public static func isStandardInput(_ path: String) -> Bool { path == "-" || path == "/dev/stdin" }

    /// An open file, read in chunks and closed when done.
    public final class Handle {
        /// The descriptor.
        public let descriptor: Int32
        /// The file's size when known (a regular file), for progress.
        public let size: Int?
        /// The file's name in diagnostics.
        public let name: String
        private let owned: Bool
        private var pending: [UInt8]

        init(descriptor: Int32, name: String, size: Int?, owned: Bool, pending: [UInt8] = []) {
            self.descriptor = descriptor
            self.name = name
            self.size = size
            self.owned = owned
            self.pending = pending
        }

        deinit { if owned { close(descriptor) } }

        /// Reads up to `buffer.count` bytes; 0 at the end. Retries when interrupted.
        public func read(into buffer: UnsafeMutableRawBufferPointer) throws(LoadFailure) -> Int {
            if !pending.isEmpty, buffer.count > 0 {
                let count = min(pending.count, buffer.count)
                for index in 0..<count { buffer[index] = pending[index] }
                pending.removeFirst(count)
                return count
            }
            while true {
                let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
                if count >= 0 { return count }
                if errno == EINTR { continue }
                throw FileInput.failure(.unreadable, name, "cannot read the file: \(FileInput.reason(errno))")
            }
        }
    }

    /// Opens a file for reading; `displayName` names it in diagnostics.
    public static func open(_ path: String, displayName: String) throws(LoadFailure) -> Handle {
        if isStandardInput(path) {
            return Handle(descriptor: STDIN_FILENO, name: displayName, size: nil, owned: false)
        }
        let descriptor = Glibc.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw failure(.unreadable, displayName, "cannot open the file: \(reason(errno))")
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let message = reason(errno)
            close(descriptor)
            throw failure(.unreadable, displayName, "cannot read the file: \(message)")
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            clearNonBlocking(descriptor)
            return Handle(descriptor: descriptor, name: displayName, size: Int(info.st_size), owned: true)
        case S_IFDIR:
            close(descriptor)
            throw failure(.unreadable, displayName, "cannot read the file: it is a directory")
        case S_IFIFO:
            // A pipe nobody writes to reads as its end at once; one with a writer waits for it.
            var first: UInt8 = 0
            let count = Glibc.read(descriptor, &first, 1)
            if count == 0 {
                close(descriptor)
                throw failure(
                    .unreadable, displayName,
                    "cannot read the file: it is a pipe with no writer, or nothing was written to it")
            }
            clearNonBlocking(descriptor)
            return Handle(
                descriptor: descriptor, name: displayName, size: nil, owned: true, pending: count == 1 ? [first] : [])
        case S_IFCHR, S_IFBLK:
            close(descriptor)
            throw failure(
                .unreadable, displayName,
                "cannot read the file: it is a device, not a file (use '-' to read standard input)")
        default:
            clearNonBlocking(descriptor)
            return Handle(descriptor: descriptor, name: displayName, size: nil, owned: true)
        }
    }

    /// What the message for a file over its limit says can be done: for relation files, the
    /// option that raises the limit.
    public static let relationLimitAdvice =
        "raise it with --max-file-size (or give events as a table, which is read as a stream)"

    /// Reads a whole file, refusing one larger than `limit` bytes as soon as it is known, with a
    /// message that ends in `advice`.
    public static func bytes(
        of path: String, displayName: String, limit: Int = LoadLimits.defaultFileBytes, advice: String
    ) throws(LoadFailure) -> [UInt8] {
        let handle = try open(path, displayName: displayName)
        if let size = handle.size, size > limit { throw tooLarge(displayName, limit: limit, advice: advice) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(handle.size ?? 65_536, limit) + 1)
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 65_536, alignment: 1)
        defer { chunk.deallocate() }
        while true {
            let count = try handle.read(into: chunk)
            if count == 0 { break }
            bytes += chunk[..<count]
            if bytes.count > limit { throw tooLarge(displayName, limit: limit, advice: advice) }
        }
        return bytes
    }

    // MARK: - Messages

    static func tooLarge(_ file: String, limit: Int, advice: String) -> LoadFailure {
        failure(.invalid, file, "the file is larger than the limit of \(byteSize(limit)); \(advice)")
    }

    /// `64 MiB`, `512 KiB`, `100 bytes`.
    public static func byteSize(_ bytes: Int) -> String {
        if bytes >= 1 << 20 && bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10 && bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes.grouped) bytes"
    }

    /// What an `errno` means, in the words of a message.
    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file"
        case EACCES, EPERM: "permission denied"
        case ELOOP: "too many levels of symbolic links (a link loop?)"
        case ENAMETOOLONG: "the file name is too long"
        case ENOTDIR: "a part of the path is not a folder"
        case EISDIR: "it is a directory"
        case ENXIO: "it is a named pipe with no writer, or a device that is not there"
        case EIO: "an I/O error"
        case EMFILE, ENFILE: "too many open files"
        default: String(cString: strerror(code))
        }
    }

    static func failure(_ kind: LoadFailure.Kind, _ file: String, _ message: String) -> LoadFailure {
        LoadFailure(
            kind: kind,
            diagnostics: [
                Diagnostic(severity: .error, file: file, line: 1, column: 1, path: "", message: message)
            ])
    }

    private static func clearNonBlocking(_ descriptor: Int32) {
        let flags = fcntl(descriptor, F_GETFL)
        if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) }
    }
}

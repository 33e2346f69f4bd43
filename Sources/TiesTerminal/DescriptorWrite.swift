import Glibc

/// Writing every byte to a file descriptor: the one loop behind the terminal's output, the
/// terminal queries and the command line's standard output and error.
public enum DescriptorWrite {
    /// Writes all the bytes, going on after a write that is interrupted, would block or is cut
    /// short; nil when every byte was written, else the `errno` of the write that failed.
    @discardableResult
    public static func all(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return errno
            }
            offset += written
        }
        return nil
    }
}

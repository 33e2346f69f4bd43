#if canImport(Glibc)
    import Glibc
#endif

/// Finds bytes in bytes: `memchr` finds each candidate first byte, `memcmp` checks the rest.
///
/// Foundation's `String.contains(_:)` walks UTF-16 offsets and grows with the square of the
/// text on Linux; every search in ties goes through this instead.
enum ByteSearch {
    /// Whether `needle` occurs in `haystack`.
    static func contains(
        _ needle: UnsafePointer<UInt8>, count needleCount: Int, in haystack: UnsafePointer<UInt8>, count: Int
    ) -> Bool {
        guard needleCount > 0 else { return true }
        let first = Int32(needle[0])
        var start = haystack
        var remaining = count
        while remaining >= needleCount {
            guard let found = memchr(start, first, remaining - needleCount + 1) else { return false }
            let hit = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
            if memcmp(hit, needle, needleCount) == 0 { return true }
            remaining -= hit - start + 1
            start = hit + 1
        }
        return false
    }

    /// Whether a string's UTF-8 contains another's.
    static func contains(_ needle: String, in text: String) -> Bool {
        var needle = needle
        var text = text
        return needle.withUTF8 { needleBytes in
            text.withUTF8 { textBytes in
                guard let needleBase = needleBytes.baseAddress else { return true }
                guard let textBase = textBytes.baseAddress else { return false }
                return contains(needleBase, count: needleBytes.count, in: textBase, count: textBytes.count)
            }
        }
    }
}

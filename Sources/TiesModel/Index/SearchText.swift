#if canImport(Glibc)
    import Glibc
#endif

/// The folded text of every event in one buffer, searched without allocating per event.
///
/// Event `i`'s text is `bytes[starts[i]..<starts[i + 1]]`: its fields folded by
/// ``TextFolding`` and separated by a unit separator (0x1F), which no query contains, so a
/// match never spans two fields.
struct SearchText: Sendable {
    private(set) var bytes: [UInt8] = []
    private(set) var starts: [Int32] = [0]

    /// Adds the next event's fields.
    mutating func append(fields: [String], folding: inout TextFolding) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(0x1F) }
            folding.append(field, to: &bytes)
        }
        starts.append(Int32(truncatingIfNeeded: bytes.count))
    }

    /// The number of events.
    var count: Int { starts.count - 1 }

    /// The events among `candidates` whose text contains `query` (already folded), in order.
    func matches(_ query: [UInt8], among candidates: [Int32]) -> [Int32] {
        guard !query.isEmpty else { return candidates }
        return bytes.withUnsafeBufferPointer { buffer in
            query.withUnsafeBufferPointer { needle in
                guard let base = buffer.baseAddress, let needleBase = needle.baseAddress else { return [] }
                return candidates.filter { event in
                    let start = Int(starts[Int(event)])
                    let length = Int(starts[Int(event) + 1]) - start
                    guard length >= needle.count else { return false }
                    return Self.find(needleBase, needle.count, in: base + start, length)
                }
            }
        }
    }

    /// Whether `needle` occurs in `haystack`: `memchr` finds each candidate first byte,
    /// `memcmp` checks the rest.
    private static func find(
        _ needle: UnsafePointer<UInt8>, _ needleCount: Int, in haystack: UnsafePointer<UInt8>, _ count: Int
    ) -> Bool {
        let first = Int32(needle[0])
        var start = haystack
        var remaining = count
        while remaining >= needleCount {
            guard let found = memchr(start, first, remaining - needleCount + 1) else { return false }
            let hit = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
            if memcmp(hit, needle, needleCount) == 0 { return true }
            let skipped = hit - start + 1
            start = hit + 1
            remaining -= skipped
        }
        return false
    }

    /// Whether one event's text contains `query`.
    func contains(_ query: [UInt8], event: Int) -> Bool {
        !matches(query, among: [Int32(event)]).isEmpty
    }
}

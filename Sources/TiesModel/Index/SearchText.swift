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
                    return ByteSearch.contains(needleBase, count: needle.count, in: base + start, count: length)
                }
            }
        }
    }

    /// Whether one event's text contains `query`.
    func contains(_ query: [UInt8], event: Int) -> Bool {
        !matches(query, among: [Int32(event)]).isEmpty
    }
}

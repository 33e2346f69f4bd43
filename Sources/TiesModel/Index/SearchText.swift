/// The folded text of every event, searched without allocating per event.
///
/// The text of the event at position `p` is in one part of the buffer: its fields that differ
/// from event to event (title, place, people, description), folded by ``TextFolding`` and
/// separated by a unit separator (0x1F), which no query contains, so a match never spans two
/// fields. What many events share — kinds, sources — is matched once per distinct value by
/// the index. A big index is folded in parts, on both cores at once.
struct SearchText: Sendable {
    /// A run of consecutive positions: their folded text and where each starts.
    struct Part: Sendable {
        var first: Int32 = 0
        var bytes: [UInt8] = []
        var starts: [Int32] = [0]

        /// Folds the searchable fields of the events at some positions of `order`.
        static func fold(_ events: EventStore, order: [Int32], positions: Range<Int>) -> Part {
            var part = Part(first: Int32(positions.lowerBound))
            part.starts.reserveCapacity(positions.count + 1)
            part.bytes.reserveCapacity(positions.count * 64)
            var folding = TextFolding()
            for position in positions {
                var fields = 0
                events.forEachSearchField(at: Int(order[position])) { utf8 in
                    if fields > 0 { part.bytes.append(0x1F) }
                    fields += 1
                    folding.append(utf8, to: &part.bytes)
                }
                part.starts.append(Int32(truncatingIfNeeded: part.bytes.count))
            }
            return part
        }
    }

    private var parts: [Part]

    /// Search text made of parts folded apart, in the order of their positions.
    init(parts: [Part]) {
        self.parts = parts.isEmpty ? [Part()] : parts
    }

    /// The number of events.
    var count: Int { parts.reduce(0) { $0 + $1.starts.count - 1 } }

    /// The events among `candidates` whose text contains `query` (already folded), or for
    /// which `alsoMatches` holds, in order.
    func matches(
        _ query: [UInt8], among candidates: [Int32], or alsoMatches: (Int32) -> Bool = { _ in false }
    ) -> [Int32] {
        guard !query.isEmpty else { return candidates }
        return query.withUnsafeBufferPointer { needle in
            guard let needleBase = needle.baseAddress else { return [] }
            return candidates.filter { position in
                var part = parts.count - 1
                while part > 0 && position < parts[part].first { part -= 1 }
                let found = parts[part].bytes.withUnsafeBufferPointer { buffer in
                    let index = Int(position - parts[part].first)
                    let start = Int(parts[part].starts[index])
                    let length = Int(parts[part].starts[index + 1]) - start
                    guard length >= needle.count, let base = buffer.baseAddress else { return false }
                    return ByteSearch.contains(needleBase, count: needle.count, in: base + start, count: length)
                }
                return found || alsoMatches(position)
            }
        }
    }

    /// Whether folded text contains a folded query.
    static func contains(_ query: [UInt8], in text: [UInt8]) -> Bool {
        guard !query.isEmpty else { return true }
        guard text.count >= query.count else { return false }
        return text.withUnsafeBufferPointer { haystack in
            query.withUnsafeBufferPointer { needle in
                guard let base = haystack.baseAddress, let needleBase = needle.baseAddress else { return false }
                return ByteSearch.contains(needleBase, count: needle.count, in: base, count: haystack.count)
            }
        }
    }
}

import Foundation

/// What a table decoder remembers of each distinct cell of a column, looked up by the cell's
/// UTF-8 bytes where the reader left them.
///
/// A table repeats a few kinds, places and lists a million times: finding one costs a hash
/// and a comparison of its bytes, and no string. The cache keeps its own copy of each
/// distinct cell's bytes.
final class CellCache<Value> {
    /// Bytes compared and hashed as they are (which is all a cache of cells needs, and skips
    /// the Unicode normalization that `String`'s own hashing does for text that is not ASCII).
    private struct Key: Hashable {
        let bytes: UnsafeRawBufferPointer

        func hash(into hasher: inout Hasher) { hasher.combine(bytes: bytes) }

        static func == (a: Key, b: Key) -> Bool {
            guard a.bytes.count == b.bytes.count else { return false }
            guard let first = a.bytes.baseAddress, let second = b.bytes.baseAddress else { return true }
            return memcmp(first, second, a.bytes.count) == 0
        }
    }

    private var values: [Key: Value] = [:]
    /// The copies the keys point into, freed with the cache.
    private var copies: [UnsafeMutableRawBufferPointer] = []

    /// An empty cache.
    init() {}

    deinit {
        for copy in copies { copy.deallocate() }
    }

    /// What is remembered for a cell, or nil.
    subscript(cell: UnsafeBufferPointer<UInt8>) -> Value? {
        values[Key(bytes: UnsafeRawBufferPointer(cell))]
    }

    /// Remembers a value for a cell.
    func remember(_ value: Value, for cell: UnsafeBufferPointer<UInt8>) {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(cell.count, 1), alignment: 1)
        copy.copyMemory(from: UnsafeRawBufferPointer(cell))
        copies.append(copy)
        values[Key(bytes: UnsafeRawBufferPointer(rebasing: copy[..<cell.count]))] = value
    }
}

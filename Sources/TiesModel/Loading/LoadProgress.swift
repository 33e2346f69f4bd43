import Synchronization

/// How far a load has got: bytes read of how many, rows read. Written by the loading thread,
/// read by the one drawing the screen.
public final class LoadProgress: Sendable {
    private let bytesRead = Atomic<Int>(0)
    private let bytesTotal = Atomic<Int>(-1)
    private let rowsRead = Atomic<Int>(0)

    /// Creates progress at zero.
    public init() {}

    /// Records the size of what is being read, when known.
    public func expect(bytes: Int) { bytesTotal.store(bytes, ordering: .relaxed) }

    /// Records more bytes read.
    public func add(bytes: Int) { bytesRead.add(bytes, ordering: .relaxed) }

    /// Records more rows read.
    public func add(rows: Int) { rowsRead.add(rows, ordering: .relaxed) }

    /// The fraction of bytes read, when the total is known.
    public var fraction: Double? {
        let total = bytesTotal.load(ordering: .relaxed)
        guard total > 0 else { return nil }
        return min(1, Double(bytesRead.load(ordering: .relaxed)) / Double(total))
    }

    /// The rows read so far.
    public var rows: Int { rowsRead.load(ordering: .relaxed) }
}

import Foundation

/// Reads a table's records on a thread of its own while the caller's thread decodes them, so
/// parsing and decoding a big table overlap on two cores.
///
/// The reading thread hands over batches of records (``DelimitedReader/Batch``) through a short queue (at most
/// ``depth`` batches wait, so memory holds a few thousand records, never the table). It
/// reports into a sink of its own, which the caller's sink absorbs at the end, so no sink is
/// shared between threads and the diagnostics do not depend on timing.
final class RecordPipeline: @unchecked Sendable {
    /// Records per batch.
    static let batchSize = 2048
    /// Batches that may wait.
    static let depth = 4

    // Everything below is guarded by `condition`.
    private let condition = NSCondition()
    private var queue: [DelimitedReader.Batch] = []
    private var finished = false
    private var stopped = false
    private var failure: LoadFailure?
    private let reader: DelimitedReader

    private init(reader: DelimitedReader) {
        self.reader = reader
    }

    /// Calls `body` with each record the reader has left, in order, reading on another
    /// thread; `body` returns false to stop early. Errors of the reader are reported into its
    /// sink as they would be on one thread.
    static func forEach(
        _ reader: DelimitedReader, _ body: (DelimitedReader.Record) -> Bool
    ) throws(LoadFailure) {
        let shared = reader.sink
        let own = DiagnosticSink(file: shared.file, limit: shared.limit)
        reader.sink = own
        let pipeline = RecordPipeline(reader: reader)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            pipeline.produce()
            done.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
        defer {
            pipeline.stop()
            done.wait()
            reader.sink = shared
            shared.absorb(own)
        }
        while let batch = pipeline.take() {
            for index in 0..<batch.count where !body(batch[index]) { return }
        }
        if let failure = pipeline.takeFailure() { throw failure }
    }

    private func produce() {
        while true {
            var records = DelimitedReader.Builder()
            do {
                try reader.read(into: &records, limit: Self.batchSize)
            } catch {
                condition.lock()
                failure = error
                condition.unlock()
            }
            let last = records.count < Self.batchSize
            condition.lock()
            while queue.count >= Self.depth && !stopped { condition.wait() }
            if stopped {
                condition.unlock()
                return
            }
            if records.count > 0 { queue.append(records.batch) }
            if last || failure != nil { finished = true }
            condition.broadcast()
            condition.unlock()
            if last || failure != nil { return }
        }
    }

    /// The next batch, waiting for it; nil when the reader has finished.
    private func take() -> DelimitedReader.Batch? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !finished { condition.wait() }
        guard !queue.isEmpty else { return nil }
        let batch = queue.removeFirst()
        condition.broadcast()
        return batch
    }

    private func takeFailure() -> LoadFailure? {
        condition.lock()
        defer { condition.unlock() }
        return failure
    }

    private func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}

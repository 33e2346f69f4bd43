import Foundation

extension DelimitedReader {
    /// Records read together, with all their fields' text in one UTF-8 buffer.
    ///
    /// The reader fills a ``Builder`` and hands over what it holds as a batch, which is never
    /// written again; a ``Record`` is a view of one of its records. So a row costs no string
    /// and no array of its own: a million-row table is read as a few hundred buffers, and what
    /// decodes the rows reads the bytes where they lie.
    public final class Batch: Sendable {
        /// Every field's text, one after another, decoded and trimmed.
        private let text: [UInt8]
        /// Where each field's text ends in `text`; it starts where the one before it ends.
        private let ends: [Int]
        /// The line and column (in characters, from 1) each field starts at.
        private let lines: [Int32]
        private let columns: [Int32]
        /// Where each record's first field is in `ends`, and one more: where the next would be.
        private let firsts: [Int]
        /// The fields (positions in `ends`) whose text could not be decoded.
        private let undecoded: Set<Int>

        fileprivate init(_ builder: Builder) {
            (text, ends, lines, columns) = (builder.text, builder.ends, builder.lines, builder.columns)
            (firsts, undecoded) = (builder.firsts, builder.undecoded)
        }

        /// The number of records.
        public var count: Int { firsts.count - 1 }

        /// A record.
        public subscript(index: Int) -> Record { Record(batch: self, index: index) }

        fileprivate func fieldRange(_ record: Int) -> Range<Int> { firsts[record]..<firsts[record + 1] }

        fileprivate func isDecoded(_ field: Int) -> Bool { undecoded.isEmpty || !undecoded.contains(field) }

        fileprivate func string(_ field: Int) -> String? {
            guard isDecoded(field) else { return nil }
            let start = field == 0 ? 0 : ends[field - 1]
            return text.withUnsafeBufferPointer { String(decoding: $0[start..<ends[field]], as: UTF8.self) }
        }

        fileprivate func place(_ field: Int) -> (line: Int32, column: Int32) { (lines[field], columns[field]) }

        fileprivate func withCells<R>(_ record: Int, _ body: (Cells) -> R) -> R {
            text.withUnsafeBufferPointer { text in
                ends.withUnsafeBufferPointer { ends in
                    body(Cells(text: text, ends: ends, fields: fieldRange(record), batch: self))
                }
            }
        }
    }

    /// The records being read, before they are handed over as a ``Batch``.
    struct Builder {
        fileprivate var text: [UInt8] = []
        fileprivate var ends: [Int] = []
        fileprivate var lines: [Int32] = []
        fileprivate var columns: [Int32] = []
        fileprivate var firsts: [Int] = [0]
        fileprivate var undecoded: Set<Int> = []

        /// The number of records complete.
        var count: Int { firsts.count - 1 }

        /// The records read, as a batch.
        var batch: Batch { Batch(self) }

        /// Where the records end now, to go back to when a record is cut short.
        struct Mark {
            fileprivate var text: Int
            fileprivate var fields: Int
        }

        var mark: Mark { Mark(text: text.count, fields: ends.count) }

        /// Adds a field's bytes, decoded from `encoding` into UTF-8, to the text of the field
        /// being read; false (nothing added) when they are not valid in it.
        mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, as encoding: TableEncoding) -> Bool {
            encoding.appendUTF8(bytes, to: &text)
        }

        /// Ends the field being read.
        mutating func endField(decoded: Bool, line: Int32, column: Int32) {
            if !decoded { undecoded.insert(ends.count) }
            ends.append(text.count)
            lines.append(line)
            columns.append(column)
        }

        /// Ends the record being read: the fields since the last record's end are its fields.
        mutating func endRecord() {
            firsts.append(ends.count)
        }

        /// Forgets the fields added since a mark.
        mutating func rewind(to mark: Mark) {
            text.removeSubrange(mark.text...)
            for field in mark.fields..<ends.count { undecoded.remove(field) }
            ends.removeSubrange(mark.fields...)
            lines.removeSubrange(mark.fields...)
            columns.removeSubrange(mark.fields...)
        }
    }

    /// One record of a ``Batch``: its fields, where each starts, and the line it starts on.
    public struct Record {
        fileprivate let batch: Batch
        fileprivate let index: Int

        /// The number of fields.
        public var count: Int { batch.fieldRange(index).count }

        /// A field's text; nil for one that could not be decoded (already reported) or that
        /// the record does not have.
        public func field(_ position: Int) -> String? {
            let fields = batch.fieldRange(index)
            guard position >= 0, position < fields.count else { return nil }
            return batch.string(fields.lowerBound + position)
        }

        /// Whether the record has a field and its text could be decoded.
        public func isDecoded(_ position: Int) -> Bool {
            let fields = batch.fieldRange(index)
            return position >= 0 && position < fields.count && batch.isDecoded(fields.lowerBound + position)
        }

        /// Every field's text (nil for one that could not be decoded).
        public var fields: [String?] { (0..<count).map(field) }

        /// The line the record starts on (0 for a record without fields: a row too long to read).
        public var line: Int {
            let fields = batch.fieldRange(index)
            return fields.isEmpty ? 0 : Int(batch.place(fields.lowerBound).line)
        }

        /// The location of a field.
        public func location(of position: Int, in file: String) -> FileLocation {
            let fields = batch.fieldRange(index)
            guard position >= 0, position < fields.count else { return FileLocation(file: file, line: line, column: 1) }
            let place = batch.place(fields.lowerBound + position)
            return FileLocation(file: file, line: Int(place.line), column: Int(place.column))
        }

        /// Calls `body` with the record's fields as bytes, which are valid only inside it.
        public func withCells<R>(_ body: (Cells) -> R) -> R { batch.withCells(index, body) }
    }

    /// A record's fields as UTF-8 bytes where the batch holds them, for reading a row without
    /// making a string of each field.
    public struct Cells {
        fileprivate let text: UnsafeBufferPointer<UInt8>
        fileprivate let ends: UnsafeBufferPointer<Int>
        fileprivate let fields: Range<Int>
        fileprivate let batch: Batch

        /// The number of fields.
        public var count: Int { fields.count }

        /// A field's bytes; nil for one that could not be decoded or that the record does not
        /// have.
        public subscript(position: Int) -> UnsafeBufferPointer<UInt8>? {
            guard position >= 0, position < fields.count else { return nil }
            let field = fields.lowerBound + position
            guard batch.isDecoded(field) else { return nil }
            let start = field == 0 ? 0 : ends[field - 1]
            return UnsafeBufferPointer(rebasing: text[start..<ends[field]])
        }
    }
}

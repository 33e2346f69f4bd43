/// Reads a delimited table — comma, tab or semicolon separated — as a stream of records.
///
/// RFC 4180 and what real files add to it: quoted fields, doubled quotes, separators and line
/// breaks inside quotes, CRLF or LF line ends, a UTF-8 byte-order mark, a trailing separator.
/// Spaces and tabs around a field's text are not part of it (inside quotes or not).
/// The file is read in chunks of 1 MiB, so memory holds one chunk and the records read from
/// it, never the file. Text is decoded per field in the table's encoding into one UTF-8 buffer
/// per ``Batch`` of records; a field that is not valid text is reported at its line and column
/// and read as missing.
public final class DelimitedReader {
    /// The longest record read, in bytes; a longer one (an unclosed quote, most likely) is an
    /// error and reading goes on after it.
    public static let recordLimit = 1 << 20
    /// The size of each read.
    static let chunkSize = 1 << 20

    /// The file's name in diagnostics.
    public let file: String
    /// The file's size in bytes, when known.
    public var size: Int? { handle.map(\.size) ?? buffer.count }
    /// The separator: given, or detected from the first line.
    public private(set) var separator: UInt8
    private let encoding: TableEncoding
    /// The open file; nil for a table given as bytes.
    private let handle: FileInput.Handle?
    /// Where problems in the text are reported.
    var sink: DiagnosticSink
    private let progress: LoadProgress?
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private var line: Int32 = 1
    private var rows = 0

    /// Which fields are read, by position (nil: all); the others read as empty without being
    /// decoded, which saves most of the work on wide rows of which a few fields matter.
    public var wanted: [Bool]?

    /// Whether a field that starts with a quote is quoted (RFC 4180); false for formats that
    /// never quote, such as GDELT's, where a quote is just a character.
    public var quoting = true

    /// Opens a table; `separator` nil detects it from the first line.
    public init(
        path: String, displayName: String, separator: UInt8?, encoding: TableEncoding, sink: DiagnosticSink,
        progress: LoadProgress? = nil
    ) throws(LoadFailure) {
        file = displayName
        let handle = try FileInput.open(path, displayName: displayName)
        self.handle = handle
        self.encoding = encoding
        self.sink = sink
        self.progress = progress
        if let size = handle.size { progress?.expect(bytes: size) }
        self.separator = UInt8(ascii: ",")
        try begin(separator: separator)
    }

    /// Reads a table held in memory.
    public init(
        bytes: [UInt8], displayName: String, separator: UInt8?, encoding: TableEncoding, sink: DiagnosticSink
    ) throws(LoadFailure) {
        file = displayName
        handle = nil
        buffer = bytes
        self.encoding = encoding
        self.sink = sink
        progress = nil
        self.separator = UInt8(ascii: ",")
        try begin(separator: separator)
    }

    /// Skips a byte-order mark and finds the separator (the quoting rule applies from the
    /// first record that is read after it is set).
    private func begin(separator: UInt8?) throws(LoadFailure) {
        try fill()
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start >= buffer.count && !atEnd { try fill() }
        guard start < buffer.count else {
            throw FileInput.failure(.invalid, file, "the table is empty")
        }
        self.separator = separator ?? detectSeparator()
    }

    /// The next record, or nil at the end of the file.
    public func next() throws(LoadFailure) -> Record? {
        var records = Builder()
        try read(into: &records, limit: 1)
        return records.count > 0 ? records.batch[0] : nil
    }

    /// The next records, up to `limit`, in a batch of their own; nil at the end of the file.
    public func nextBatch(limit: Int) throws(LoadFailure) -> Batch? {
        var records = Builder()
        try read(into: &records, limit: limit)
        return records.count > 0 ? records.batch : nil
    }

    /// Adds records until there are `limit` or the file ends; what was read before a failure
    /// stays.
    func read(into records: inout Builder, limit: Int) throws(LoadFailure) {
        while records.count < limit {
            if parse(into: &records) { continue }
            if atEnd { return }
            try fill()
        }
    }

    // MARK: - Reading

    /// Reads another chunk, keeping the unread part of the buffer.
    private func fill() throws(LoadFailure) {
        guard let handle else {
            atEnd = true
            return
        }
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.chunkSize, alignment: 1)
        defer { chunk.deallocate() }
        let count = try handle.read(into: chunk)
        buffer.append(contentsOf: chunk[..<count])
        progress?.add(bytes: count)
        if count == 0 { atEnd = true }
    }

    /// The separator of the first line: the most frequent of comma, tab and semicolon outside
    /// quotes (a comma when none is found).
    private func detectSeparator() -> UInt8 {
        var counts: [UInt8: Int] = [0x2C: 0, 0x09: 0, 0x3B: 0]
        var quoted = false
        for byte in buffer[start...] {
            if byte == 0x22 { quoted.toggle() }
            if !quoted && (byte == 0x0A || byte == 0x0D) { break }
            if !quoted, counts[byte] != nil { counts[byte, default: 0] += 1 }
        }
        let best = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }
        return (best?.value ?? 0) > 0 ? best?.key ?? 0x2C : 0x2C
    }

    // MARK: - Parsing

    /// Adds one record from the buffer to a batch; false when the buffer ends inside it (and
    /// more can be read, the batch is left as it was) or holds no more; at the end of the
    /// file, whatever remains is a record.
    private func parse(into batch: inout Builder) -> Bool {
        let separator = self.separator
        let everyByteIsACharacter = encoding != .utf8
        let mark = batch.mark
        var fieldsRead = 0
        return buffer.withUnsafeBufferPointer { bytes -> Bool in
            var index = start
            guard index < bytes.count else { return false }
            var line = self.line
            var column: Int32 = 1
            var fieldBytes: [UInt8] = []
            var fieldStart = index
            var fieldLine = line
            var fieldColumn = column
            var quoted = false
            var closed = false
            var escaped = false
            let wanted = self.wanted
            func finishField(_ end: Int) {
                let decoded: Bool
                if let wanted, fieldsRead >= wanted.count || !wanted[fieldsRead] {
                    decoded = true
                } else if escaped {
                    decoded = fieldBytes.withUnsafeBufferPointer { batch.append(Self.trimmed($0), as: encoding) }
                } else {
                    let range = quoted ? (fieldStart + 1)..<(closed ? end - 1 : end) : fieldStart..<end
                    decoded = batch.append(Self.trimmed(UnsafeBufferPointer(rebasing: bytes[range])), as: encoding)
                }
                if !decoded {
                    // Reported when the record is complete: a record cut by the end of the
                    // buffer is parsed again.
                    undecodedAt.append(FileLocation(file: file, line: Int(fieldLine), column: Int(fieldColumn)))
                }
                batch.endField(decoded: decoded, line: fieldLine, column: fieldColumn)
                fieldsRead += 1
            }
            var undecodedAt: [FileLocation] = []
            func cut() -> Bool {
                batch.rewind(to: mark)
                return false
            }
            func complete() -> Bool {
                for place in undecodedAt {
                    sink.error(
                        "the text is not \(encoding.rawValue) (give the table's --encoding, such as windows-1252)",
                        at: place, path: "")
                }
                batch.endRecord()
                rows += 1
                if rows & 0x3FF == 0 { progress?.add(rows: 1024) }
                return true
            }
            while index < bytes.count {
                let byte = bytes[index]
                if index - start > Self.recordLimit {
                    sink.error(
                        "a row longer than \(FileInput.byteSize(Self.recordLimit)) (an unclosed quote?); it is skipped",
                        at: FileLocation(file: file, line: Int(self.line), column: 1), path: "")
                    // Go on after the next line break.
                    while index < bytes.count && bytes[index] != 0x0A { index += 1 }
                    start = min(index + 1, bytes.count)
                    self.line = line + 1
                    batch.rewind(to: mark)
                    batch.endRecord()
                    return true
                }
                if quoted && !closed {
                    if byte == 0x22 {
                        if index + 1 < bytes.count && bytes[index + 1] == 0x22 {
                            if !escaped {
                                fieldBytes = Array(bytes[(fieldStart + 1)..<index])
                                escaped = true
                            }
                            fieldBytes.append(0x22)
                            index += 2
                            column += 2
                            continue
                        }
                        if index + 1 >= bytes.count && !atEnd { return cut() }
                        closed = true
                    } else {
                        if escaped { fieldBytes.append(byte) }
                        if byte == 0x0A {
                            line += 1
                            column = 0
                        }
                    }
                    index += 1
                    if byte & 0xC0 != 0x80 || everyByteIsACharacter { column += 1 }
                    continue
                }
                if byte == separator || byte == 0x0A || byte == 0x0D {
                    var end = index
                    if escaped && closed { end = index }
                    finishField(end)
                    if byte == separator {
                        index += 1
                        column += 1
                        fieldStart = index
                        fieldLine = line
                        fieldColumn = column
                        quoted = false
                        closed = false
                        escaped = false
                        fieldBytes.removeAll(keepingCapacity: true)
                        continue
                    }
                    // The end of the record: LF, CR LF, or a lone CR.
                    if byte == 0x0D {
                        if index + 1 >= bytes.count && !atEnd { return cut() }
                        if index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
                    }
                    start = index + 1
                    self.line = line + 1
                    return complete()
                }
                if index == fieldStart && byte == 0x22 && quoting {
                    quoted = true
                } else if quoted && closed {
                    // Text after a closing quote is kept, as most readers do.
                    if !escaped {
                        fieldBytes = Array(bytes[(fieldStart + 1)..<(index - 1)])
                        escaped = true
                    }
                    fieldBytes.append(byte)
                } else if escaped {
                    fieldBytes.append(byte)
                }
                index += 1
                if byte & 0xC0 != 0x80 || everyByteIsACharacter { column += 1 }
            }
            guard atEnd else { return cut() }
            if quoted && !closed {
                sink.error(
                    "a quoted field is not closed before the end of the file",
                    at: FileLocation(file: file, line: Int(fieldLine), column: Int(fieldColumn)), path: "")
            }
            finishField(index)
            start = bytes.count
            self.line = line + 1
            return complete()
        }
    }

    /// Bytes without the spaces and tabs at either end.
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = bytes.count
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }
}

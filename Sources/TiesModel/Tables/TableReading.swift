import Foundation

/// How tables are read: the separator and the encoding, as `--separator` and `--encoding`
/// give them.
public struct TableOptions: Sendable, Equatable {
    /// The separator byte; nil detects comma, tab or semicolon from the first line.
    public var separator: UInt8?
    /// The text encoding of the bytes; nil leaves each kind of file its own default: UTF-8 for
    /// tables, automatic for UN Comtrade downloads and GDELT exports (which come in both).
    public var encoding: TableEncoding?
    /// Whether the data files a relation names (tables, UN Comtrade, GDELT) are read; when
    /// false, naming one is an error — for relations from untrusted text, such as a fuzzer's.
    public var readsDataFiles: Bool

    /// Creates options; by default the separator is detected, each kind of file is read in
    /// its usual encoding and data files are read.
    public init(separator: UInt8? = nil, encoding: TableEncoding? = nil, readsDataFiles: Bool = true) {
        self.separator = separator
        self.encoding = encoding
        self.readsDataFiles = readsDataFiles
    }
}

/// A table a relation file names: where it is, and where the file names it (where problems
/// opening it are reported).
struct TableFile {
    /// The path to open.
    var path: String
    /// The path as the relation file writes it.
    var written: String
    /// Where the relation file names it.
    var citedAt: FileLocation
    /// The field that names it, e.g. `events.table`.
    var citedPath: String
}

/// What a table's rows get when they leave out where they come from.
struct TableDefaults {
    /// The source id rows without a `source` cite.
    var source: String
    /// The confidence of rows without a `confidence`.
    var confidence: Confidence
}

/// Reads tables of events and of trade figures into a relation being decoded, row by row,
/// with the same rules (and the same decoder) as a relation file's lists.
enum TableReading {
    /// The kinds of table ties reads, told apart by their header.
    enum Kind {
        case events, trade
    }

    /// The columns of a trade table.
    enum TradeColumn: String, FieldName {
        case period, value, measure, reporter, qualifier, note, source, confidence
    }

    /// Reads an events table a relation file names into a store (a table that cannot be read
    /// at all is reported where the file names it).
    static func events(
        _ file: TableFile, defaults: TableDefaults, decoder: RelationDecoder, into events: inout EventStore
    ) {
        guard let (reader, header) = open(file, decoder) else { return }
        read(reader: reader, header: header, defaults: defaults, decoder: decoder, into: &events)
    }

    /// Reads the rows of an events table whose header has been read into a store (a header
    /// that lacks a column events need is reported, and no row is read).
    static func read(
        reader: DelimitedReader, header: DelimitedReader.Record, defaults: TableDefaults, decoder: RelationDecoder,
        into events: inout EventStore
    ) {
        guard
            let columns = TableColumns<Event.Field>(
                header: header, file: reader.file, required: [.date, .kind, .title],
                lists: [.sectors, .people, .source], numbers: [], sink: decoder.sink)
        else { return }
        columns.defaults = [.source: defaults.source, .confidence: defaults.confidence.rawValue]
        let size = reader.size ?? 0
        let expected = size / 96
        let rows = EventRowDecoder(
            decoder: decoder, columns: columns, file: reader.file, defaults: defaults, expectedRows: expected)
        events.reserveCapacity(forMore: expected, textBytes: size / 2)
        decoder.locations.events.reserveCapacity(decoder.locations.events.count + expected)
        forEachRow(reader, decoder.sink) { record in
            rows.append(record, to: &events)
        }
    }

    /// Reads a trade table a relation file names; its figures, or nil when it cannot be read at
    /// all (reported where the file names it).
    static func figures(_ file: TableFile, defaults: TableDefaults, decoder: RelationDecoder) -> [TradeFigure]? {
        let sink = decoder.sink
        guard let (reader, header) = open(file, decoder),
            let columns = TableColumns<TradeColumn>(
                header: header, file: reader.file, required: [.period, .value, .measure], lists: [.source],
                numbers: [.value], sink: sink)
        else { return nil }
        columns.defaults = [.source: defaults.source, .confidence: defaults.confidence.rawValue]
        var figures: [TradeFigure] = []
        forEachRow(reader, sink) { record in
            let row = TableRow(columns: columns, record: record, reading: decoder.read)
            if let figure = decoder.figure(tableRow: row) { figures.append(figure) }
        }
        return figures
    }

    /// What kind of table a header starts, or nil (reported) for neither.
    static func kind(of header: DelimitedReader.Record, file: String, sink: DiagnosticSink) -> Kind? {
        let names = Set(header.fields.map { ($0 ?? "").trimmingSpaces.lowercased() })
        if names.isSuperset(of: ["period", "value"]) { return .trade }
        if names.contains("date") || names.contains("title") || names.contains("kind") { return .events }
        var message =
            "neither an events table (columns date, kind, title, …) nor a trade table (columns period, value,"
            + " measure, …); the header has "
            + header.fields.compactMap { $0 }.prefix(8).map { FieldReading.quoted($0) }.joined(separator: ", ")
        if header.fields.count == 1, let only = header.fields[0],
            let other = [(",", "comma"), ("\t", "tab"), (";", "semicolon"), ("|", "pipe")].first(where: {
                only.contains($0.0)
            })
        {
            message += " as one column: is the separator a \(other.1)? (give --separator \(other.1))"
        }
        sink.error(message, at: header.location(of: 0, in: file), path: "")
        return nil
    }

    // MARK: - Helpers

    /// Opens a table a relation file names and reads its first row; a file that cannot be
    /// opened is reported where the relation file names it. The user's encoding wins over
    /// `defaultEncoding`; `separator` overrides the user's (nil keeps it); a `.zip` file is read
    /// from its one member.
    static func open(
        _ file: TableFile, _ decoder: RelationDecoder, defaultEncoding: TableEncoding = .utf8,
        separator: UInt8? = nil, quoting: Bool = true
    ) -> (DelimitedReader, DelimitedReader.Record)? {
        let reader: DelimitedReader
        do {
            let encoding = decoder.tables.encoding ?? defaultEncoding
            let separator = separator ?? decoder.tables.separator
            if file.path.lowercased().hasSuffix(".zip") {
                let bytes = try ZipMember.bytes(
                    ofArchiveAt: file.path, displayName: file.path, limit: LoadLimits.zipMemberBytes)
                reader = try DelimitedReader(
                    bytes: bytes, displayName: file.path, separator: separator, encoding: encoding, sink: decoder.sink)
            } else {
                reader = try DelimitedReader(
                    path: file.path, displayName: file.path, separator: separator, encoding: encoding,
                    sink: decoder.sink, progress: decoder.progress)
            }
        } catch {
            let quiet = DiagnosticSink(file: file.path)
            quiet.absorb(error.diagnostics)
            let cited = quiet.sortedDiagnostics.map { problem in
                Diagnostic(
                    severity: problem.severity, file: file.citedAt.file, line: file.citedAt.line,
                    column: file.citedAt.column, path: file.citedPath,
                    message: "\(FieldReading.quoted(file.written)): \(problem.message)")
            }
            decoder.sink.absorbUnreadable(LoadFailure(kind: error.kind, diagnostics: cited))
            return nil
        }
        reader.quoting = quoting
        return header(reader, decoder.sink)
    }

    /// Opens a table with `open` and reads its header; nil when either fails (reported).
    static func open(
        _ sink: DiagnosticSink, _ open: (DiagnosticSink) throws(LoadFailure) -> DelimitedReader
    ) -> (DelimitedReader, DelimitedReader.Record)? {
        do {
            return header(try open(sink), sink)
        } catch {
            sink.absorbUnreadable(error)
            return nil
        }
    }

    /// The reader with its header: the first row that is not empty.
    private static func header(
        _ reader: DelimitedReader, _ sink: DiagnosticSink
    ) -> (DelimitedReader, DelimitedReader.Record)? {
        do {
            while let record = try reader.next() {
                if !isEmpty(record) { return (reader, record) }
            }
            sink.error("the table has no header row", at: FileLocation.start(of: reader.file), path: "")
        } catch {
            sink.absorbUnreadable(error)
        }
        return nil
    }

    /// Tables at least this big are read on a thread of their own while rows are decoded.
    static let pipelineBytes = 4 << 20

    /// Calls `body` for each row that is not empty, up to the row limit.
    static func forEachRow(
        _ reader: DelimitedReader, _ sink: DiagnosticSink, _ body: (DelimitedReader.Record) -> Void
    ) {
        var rows = 0
        func each(_ record: DelimitedReader.Record) -> Bool {
            if isEmpty(record) { return true }
            rows += 1
            guard rows <= LoadLimits.tableRows else {
                sink.error(
                    "more than \(LoadLimits.tableRows.grouped) rows; the rest of the table is not read",
                    at: record.location(of: 0, in: reader.file), path: "")
                return false
            }
            body(record)
            return true
        }
        do {
            if (reader.size ?? .max) >= pipelineBytes {
                try RecordPipeline.forEach(reader, each)
            } else {
                reading: while let batch = try reader.nextBatch(limit: RecordPipeline.batchSize) {
                    for index in 0..<batch.count where !each(batch[index]) { break reading }
                }
            }
        } catch {
            sink.absorbUnreadable(error)
        }
    }

    private static func isEmpty(_ record: DelimitedReader.Record) -> Bool {
        // Fields are read without the spaces around them, so a blank one is empty.
        record.withCells { cells in (0..<cells.count).allSatisfy { cells[$0]?.isEmpty ?? false } }
    }

    /// A file name turned into the start of an id: `events 2024.csv` → `events-2024`.
    static func identifierStem(_ file: String) -> String {
        let base = (file as NSString).lastPathComponent
        let stem = (base as NSString).deletingPathExtension
        let cleaned = String(stem.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
        return FieldReading.isIdentifier(cleaned) ? cleaned : "row"
    }
}

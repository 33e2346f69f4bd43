import Foundation

/// A table opened on its own (`ties events.csv`): a relation with the table's rows and
/// default metadata.
///
/// The title is the file's name; the date is today; the sectors and sources the rows name
/// become the relation's own (a sector's status is then `unknown`, a source's title its id);
/// rows without a source cite the table itself, at low confidence. A trade table (told by
/// its header: `period`, `value`) needs the parties a relation file names, so it is read
/// through one (`trade: {table: trade.csv}`) rather than on its own.
enum TableRelation {
    /// The file extensions read as tables.
    static let extensions: Set<String> = ["csv", "tsv", "tab"]

    /// Whether a path names a table.
    static func isTable(_ path: String) -> Bool {
        extensions.contains((path as NSString).pathExtension.lowercased())
    }

    /// Loads the events table at `path`.
    static func load(
        path: String, displayName: String, options: TableOptions, progress: LoadProgress?
    ) throws(LoadFailure) -> RelationLoader.Loaded {
        try load(displayName: displayName, options: options, progress: progress) { sink throws(LoadFailure) in
            try DelimitedReader(
                path: path, displayName: displayName, separator: options.separator,
                encoding: options.encoding ?? .utf8, sink: sink, progress: progress)
        }
    }

    /// Loads an events table held in memory.
    static func load(bytes: [UInt8], displayName: String, options: TableOptions) throws(LoadFailure)
        -> RelationLoader.Loaded
    {
        try load(displayName: displayName, options: options, progress: nil) { sink throws(LoadFailure) in
            try DelimitedReader(
                bytes: bytes, displayName: displayName, separator: options.separator,
                encoding: options.encoding ?? .utf8, sink: sink)
        }
    }

    private static func load(
        displayName: String, options: TableOptions, progress: LoadProgress?,
        open: (DiagnosticSink) throws(LoadFailure) -> DelimitedReader
    ) throws(LoadFailure) -> RelationLoader.Loaded {
        let sink = DiagnosticSink(file: displayName)
        guard let (reader, header) = TableReading.open(sink, open),
            let kind = TableReading.kind(of: header, file: displayName, sink: sink)
        else {
            throw sink.failure
        }
        let decoder = RelationDecoder(sink: sink, tables: options, progress: progress)
        decoder.references.definedByUse = [.source, .sector]
        let tableSource = TableReading.identifierStem(displayName)
        let start = FileLocation.start(of: displayName)
        decoder.references.define(.source, tableSource, at: start, path: "", sink: sink)
        let defaults = TableDefaults(source: tableSource, confidence: .low)
        guard kind == .events else {
            throw FileInput.failure(
                .invalid, displayName,
                "a trade table names parties and fiscal years a relation file defines: read it through one,"
                    + " as `trade: {currency: USD, unit: million, table: \((displayName as NSString).lastPathComponent)}`"
            )
        }
        var events = EventStore()
        TableReading.read(reader: reader, header: header, defaults: defaults, decoder: decoder, into: &events)
        guard !sink.hasErrors else { throw sink.failure }
        let title = ((displayName as NSString).lastPathComponent as NSString).deletingPathExtension
        let sources =
            [Source(id: tableSource, title: (displayName as NSString).lastPathComponent)]
            + (decoder.references.usedFirst[.source] ?? []).map { Source(id: $0, title: $0) }
        let sectors = (decoder.references.usedFirst[.sector] ?? []).map {
            Sector(id: $0, name: $0, status: .unknown)
        }
        let relation = Relation(
            title: title, parties: [], asOf: Day.today, sources: sources,
            trade: Trade(currency: "USD", unit: .million, figures: []), claims: [], events: events,
            sectors: sectors)
        return RelationLoader.Loaded(relation: relation, warnings: sink.sortedDiagnostics, locations: decoder.locations)
    }
}

extension Day {
    /// Today, in UTC.
    public static var today: Day {
        let parts = Calendar(identifier: .gregorian).dateComponents(
            in: TimeZone(identifier: "UTC") ?? .current, from: Date())
        return Day(known: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }
}

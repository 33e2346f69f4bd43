import Foundation

/// Decodes the rows of an events table into events, fast enough for a million rows.
///
/// The rules are the relation file's (``FieldReading`` and ``RelationDecoder``), applied
/// once per distinct value rather than once per cell: a table repeats a few kinds, places,
/// sector lists, sources and confidences a million times, so each distinct cell is checked,
/// interned and remembered, and a cell seen before costs a dictionary lookup. What is unique
/// per row — the id, the date, the title — is checked per row through a fast path that
/// accepts only what the rule accepts; anything else goes to the rule itself, which reports
/// it at its cell. Cells are read by column number; a ``TableRow`` is made only to report.
final class EventRowDecoder {
    private let decoder: RelationDecoder
    private let columns: TableColumns<Event.Field>
    private let stem: String
    private var read: FieldReading { decoder.read }

    private let id, date, kind, title, place, sectors, people, description, source, confidence, status: Int?
    private let defaultSource: [String]
    private var defaultSourceListCode: UInt32?
    private let defaultConfidence: Confidence

    // Each distinct cell's code in the store.
    private let kinds = CellCache<UInt32>()
    private let places = CellCache<UInt32>()
    private let sectorLists = CellCache<UInt32>()
    private let peopleLists = CellCache<UInt32>()
    private let sourceLists = CellCache<UInt32>()

    /// `expectedRows` (an estimate from the file's size) sizes the decoder's set of event ids,
    /// which every table of the relation shares with its inline events.
    init(
        decoder: RelationDecoder, columns: TableColumns<Event.Field>, file: String, defaults: TableDefaults,
        expectedRows: Int
    ) {
        decoder.eventIDs.reserveCapacity(decoder.eventIDs.count + expectedRows)
        self.decoder = decoder
        self.columns = columns
        stem = TableReading.identifierStem(file)
        (id, date, kind, title) = (
            columns.column(.id), columns.column(.date), columns.column(.kind), columns.column(.title)
        )
        (place, sectors, people) = (columns.column(.place), columns.column(.sectors), columns.column(.people))
        (description, source) = (columns.column(.description), columns.column(.source))
        (confidence, status) = (columns.column(.confidence), columns.column(.status))
        defaultSource = [defaults.source]
        defaultConfidence = defaults.confidence
    }

    /// Adds the event a row holds to a store, unless a cell is missing or wrong (reported at
    /// the cell).
    func append(_ record: DelimitedReader.Record, to events: inout EventStore) {
        record.withCells { cells in append(record, cells, to: &events) }
    }

    private func append(_ record: DelimitedReader.Record, _ cells: DelimitedReader.Cells, to events: inout EventStore) {
        func cell(_ column: Int?) -> UnsafeBufferPointer<UInt8>? {
            guard let column, let bytes = cells[column], !bytes.isEmpty else { return nil }
            return bytes
        }
        func string(_ column: Int?) -> String? { cell(column).map { String(decoding: $0, as: UTF8.self) } }
        var row: TableRow<Event.Field> { TableRow(columns: columns, record: record, reading: read) }
        func rule<T>(_ field: Event.Field, _ check: (FieldValue, String) -> T?) -> T? {
            let row = row
            guard let value = row.value(field) else {
                row.reportMissing(field)
                return nil
            }
            return check(value, row.path(field))
        }

        let identifier: String?
        if let written = cell(id) {
            identifier =
                Self.isPlainIdentifier(written) ? String(decoding: written, as: UTF8.self) : rule(.id, read.identifier)
        } else {
            identifier = id == nil ? "\(stem)-\(record.line)" : rule(.id, read.identifier)
        }
        if let identifier, !decoder.eventIDs.insert(identifier).inserted {
            let row = row
            read.sink.error(
                "duplicate event id \(FieldReading.quoted(identifier))",
                at: row.value(.id) ?? FieldValue(.null, at: row.location), path: row.path(.id))
            return
        }
        let eventDate = string(date).flatMap { try? EventDate.parse($0).get() } ?? rule(.date, read.eventDate)
        let eventKind: UInt32?
        if let written = cell(kind), let known = kinds[written] {
            eventKind = known
        } else {
            eventKind = rule(.kind, read.identifier).map { events.nameCode($0) }
            if let eventKind, let written = cell(kind) { kinds.remember(eventKind, for: written) }
        }
        var eventPlace: UInt32?
        if let written = cell(place) {
            // A place the rule refuses is not remembered: each row that has it is reported.
            if let known = places[written] {
                eventPlace = known
            } else {
                eventPlace = rule(.place, read.text).map { events.nameCode($0) }
                if let eventPlace { places.remember(eventPlace, for: written) }
            }
        }
        let eventSectors = list(cell(sectors), .sectors, sectorLists, &events, row) {
            decoder.reference(.sector, $0, $1)
        }
        let eventPeople = list(cell(people), .people, peopleLists, &events, row) { read.text($0, $1) }
        let eventSources =
            cell(source).map { list($0, .source, sourceLists, &events, row) { decoder.reference(.source, $0, $1) } }
            ?? defaultSourceCode(&events)
        let eventConfidence =
            string(confidence).map { Confidence(rawValue: $0) ?? rule(.confidence, confidenceRule) }
            ?? defaultConfidence
        let eventStatus = string(status).map { EventStatus(rawValue: $0) ?? rule(.status, statusRule) } ?? nil
        // The title and the description go from the reader's bytes to the store's. A cell the
        // fast path does not take (missing, blank, or over the length limit) is one the rule
        // refuses: it goes to the rule only to be reported.
        let eventTitle = Self.text(cell(title))
        if eventTitle == nil { _ = rule(.title, read.text) }
        let writtenDescription = cell(description)
        let eventDescription = Self.text(writtenDescription)
        if writtenDescription != nil && eventDescription == nil { _ = rule(.description, read.text) }
        guard let identifier, let eventDate, let eventTitle, let eventKind, let eventSources,
            !events.list(eventSources).isEmpty, let eventConfidence
        else { return }
        decoder.locations.events.append(FileLocation(file: columns.file, line: record.line, column: 1))
        events.append(
            id: identifier, date: eventDate, title: eventTitle, kind: eventKind, place: eventPlace,
            people: eventPeople ?? events.listCode([]), sectors: eventSectors ?? events.listCode([]),
            sources: eventSources, confidence: eventConfidence, status: eventStatus, description: eventDescription)
    }

    /// A text cell as the text rule would take it, or nil when the rule must read it: a cell
    /// within the length limit with something besides spaces and line breaks (the reader
    /// trims spaces and tabs, not the line breaks of a quoted cell).
    private static func text(_ cell: UnsafeBufferPointer<UInt8>?) -> UnsafeBufferPointer<UInt8>? {
        guard let cell, cell.count <= LoadLimits.valueBytes,
            cell.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 && $0 != 0x0D })
        else { return nil }
        return cell
    }

    /// The code of the list of the default source, interned at the first row that needs it.
    private func defaultSourceCode(_ events: inout EventStore) -> UInt32 {
        if let code = defaultSourceListCode { return code }
        let code = events.listCode(defaultSource)
        defaultSourceListCode = code
        return code
    }

    private func confidenceRule(_ value: FieldValue, _ path: String) -> Confidence? {
        read.word(value, path, as: Confidence.self, naming: "confidence")
    }

    private func statusRule(_ value: FieldValue, _ path: String) -> EventStatus? {
        read.word(value, path, as: EventStatus.self, naming: "status")
    }

    /// A list cell (`a;b`): read and interned once per distinct text; its code in the store,
    /// the empty list's for an empty cell, or nil when it holds nothing that can be read.
    private func list(
        _ cell: UnsafeBufferPointer<UInt8>?, _ field: Event.Field, _ cache: CellCache<UInt32>,
        _ events: inout EventStore, _ row: @autoclosure () -> TableRow<Event.Field>,
        _ element: (FieldValue, String) -> String?
    ) -> UInt32? {
        guard let cell else { return nil }
        if let known = cache[cell] { return known }
        let row = row()
        guard let value = row.value(field), let items = read.list(value, row.path(field), element) else {
            return nil
        }
        let code = events.listCode(items)
        // A list with an item the rule rejected is reported at each row that has it.
        if items.count == cell.split(separator: UInt8(ascii: ";")).count { cache.remember(code, for: cell) }
        return code
    }

    /// Whether an id is ASCII letters, digits, `-`, `_` and `.`, starting with a letter or
    /// digit — a subset of what the id rule accepts, checked without building scalars.
    static func isPlainIdentifier(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, bytes.count <= FieldReading.identifierLimit, isAlphanumeric(first) else {
            return false
        }
        return bytes.allSatisfy { isAlphanumeric($0) || $0 == 0x2D || $0 == 0x5F || $0 == 0x2E }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}

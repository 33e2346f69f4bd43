import Foundation

/// Turns a document's values into a ``Relation``, reporting every problem with its location.
///
/// Decoding goes on past each problem. Parts are read in an order that defines ids before
/// they are used — parties, sources, sectors, trade, claims, events — so each use is checked
/// where it stands, whatever order the file writes them in.
final class RelationDecoder {
    let read: FieldReading
    var sink: DiagnosticSink { read.sink }
    let references = ReferenceTable()
    private(set) var fiscalStarts: [String: Int] = [:]
    private var interned: Set<String> = []
    /// The relation's parties, once decoded (or given, for an import).
    var parties: [Party] = []
    /// Sources that data files bring (one per UN Comtrade reporter, GDELT), added to the
    /// relation's own.
    var addedSources: [Source] = []
    /// The ids of the events decoded so far, which table rows are checked against.
    var eventIDs: Set<String> = []
    /// Where each decoded item starts, for jumping to it in an editor.
    var locations = ItemLocations()

    /// The folder table paths are relative to (the relation file's); nil for the current one.
    let baseDirectory: String?
    /// How tables are read.
    let tables: TableOptions
    /// Where table reading reports its progress.
    let progress: LoadProgress?

    init(
        sink: DiagnosticSink, baseDirectory: String? = nil, tables: TableOptions = TableOptions(),
        progress: LoadProgress? = nil
    ) {
        read = FieldReading(sink: sink)
        self.baseDirectory = baseDirectory
        self.tables = tables
        self.progress = progress
    }

    // MARK: - Relation

    func relation(_ root: FieldValue) -> Relation? {
        guard let record = read.record(root, "", fields: Relation.Field.self) else { return nil }
        let schema = record.required(.schema, schemaVersion)
        let title = record.required(.title, read.text)
        let asOf = record.required(.asOf, read.day)
        let parties = record.required(.parties, partyList)
        for party in parties ?? [] { fiscalStarts[party.code] = party.fiscalYearStart }
        self.parties = parties ?? []
        let sources = record.required(.sources) { read.list($0, $1, source) }
        let sectors = record.optional(.sectors) { read.list($0, $1, sector) } ?? []
        let trade = record.required(.trade, trade)
        let claims = record.optional(.claims) { read.list($0, $1, claim) } ?? []
        let events = record.optional(.events, events) ?? []
        guard let schema, let title, let parties, let asOf, let sources, let trade, !sink.hasErrors
        else { return nil }
        let relation = Relation(
            schema: schema, title: title, parties: parties, asOf: asOf, sources: sources + addedSources,
            trade: trade, claims: claims, events: events, sectors: sectors)
        RelationChecks.warn(relation, locations: locations, sink: sink)
        return relation
    }

    private func schemaVersion(_ value: FieldValue, _ path: String) -> Int? {
        guard let version = read.integer(value, path) else { return nil }
        guard version == Relation.currentSchema else {
            sink.error(
                "unsupported schema version \(version); this version of ties reads schema \(Relation.currentSchema)",
                at: value, path: path)
            return nil
        }
        return version
    }

    // MARK: - Parties and sources

    private func partyList(_ value: FieldValue, _ path: String) -> [Party]? {
        guard let parties = read.list(value, path, party) else { return nil }
        guard case .list(let items) = value.content, items.count == 2 else {
            sink.error("a relation has exactly two parties", at: value, path: path)
            return nil
        }
        return parties.count == 2 ? parties : nil
    }

    private func party(_ value: FieldValue, _ path: String) -> Party? {
        guard let record = read.record(value, path, fields: Party.Field.self) else { return nil }
        let code = record.required(.code) { definition(.party, $0, $1) }
        let name = record.required(.name, read.text)
        let fiscal = record.optional(.fiscalYearStart, read.month)
        let iso3 = record.optional(.iso3, alpha3)
        guard let code, let name else { return nil }
        return Party(code: code, name: name, fiscalYearStart: fiscal, iso3: iso3)
    }

    /// Three ASCII letters, in upper case.
    private func alpha3(_ value: FieldValue, _ path: String) -> String? {
        guard let text = read.text(value, path) else { return nil }
        guard Party.isAlpha3(text) else {
            sink.error(
                "expected an ISO 3166 alpha-3 code such as RUS, found \(FieldReading.quoted(text))", at: value,
                path: path)
            return nil
        }
        return text.uppercased()
    }

    /// The first source defined, the default citation of table rows.
    private(set) var firstSource: String?

    private func source(_ value: FieldValue, _ path: String) -> Source? {
        guard let record = read.record(value, path, fields: Source.Field.self) else { return nil }
        let id = record.required(.id) { definition(.source, $0, $1) }
        let title = record.required(.title, read.text)
        let date = record.optional(.date, read.datePoint)
        guard let id, let title else { return nil }
        if firstSource == nil { firstSource = id }
        return Source(
            id: id, title: title, author: record.optional(.author, read.text),
            publisher: record.optional(.publisher, read.text), date: date, url: record.optional(.url, read.text))
    }

    /// The `source` and `confidence` fields every cited item carries; with `sourceOptional`,
    /// an item without sources is accepted (and warned about by ``RelationChecks``).
    func provenance<Field: FieldName>(
        _ record: some FieldAccess<Field>, source: Field, confidence: Field, sourceOptional: Bool = false
    ) -> Provenance? {
        let sources =
            sourceOptional && !record.has(source) ? [] : record.required(source, sourceReferences)
        let confidence = record.required(confidence) {
            read.word($0, $1, as: Confidence.self, naming: "confidence")
        }
        guard let sources, let confidence else { return nil }
        return Provenance(sources: sources, confidence: confidence)
    }

    private func sourceReferences(_ value: FieldValue, _ path: String) -> [String]? {
        let ids: [String]?
        if case .list = value.content {
            ids = read.list(value, path) { item, itemPath in reference(.source, item, itemPath) }
        } else if value.listSeparator != nil {
            ids = read.list(value, path) { item, itemPath in reference(.source, item, itemPath) }
        } else {
            ids = reference(.source, value, path).map { [$0] }
        }
        guard let ids, !ids.isEmpty else {
            if ids != nil { sink.error("expected at least one source id", at: value, path: path) }
            return nil
        }
        return internList(ids)
    }

    func reference(_ kind: ReferenceTable.Kind, _ value: FieldValue, _ path: String) -> String? {
        guard let id = read.identifier(value, path) else { return nil }
        guard references.use(kind, id, at: value.location, path: path, sink: sink) else { return nil }
        return intern(id)
    }

    func definition(_ kind: ReferenceTable.Kind, _ value: FieldValue, _ path: String) -> String? {
        guard let id = read.identifier(value, path) else { return nil }
        references.define(kind, id, at: value.location, path: path, sink: sink)
        return id
    }

    // MARK: - Interning

    /// The one copy of a repeated string (a kind, a place, a source id), so a million events
    /// that name the same few words hold one copy of each.
    func intern(_ text: String) -> String {
        if let known = interned.firstIndex(of: text) { return interned[known] }
        interned.insert(text)
        return text
    }

    private var internedLists: [[String]: [String]] = [:]

    /// The one copy of a repeated list of strings.
    func internList(_ list: [String]) -> [String] {
        if list.isEmpty { return [] }
        if let known = internedLists[list] { return known }
        internedLists[list] = list
        return list
    }

    // MARK: - Trade

    private func trade(_ value: FieldValue, _ path: String) -> Trade? {
        guard let record = read.record(value, path, fields: Trade.Field.self) else { return nil }
        let currency = record.required(.currency, read.text)
        let unit = record.required(.unit) { read.word($0, $1, as: TradeUnit.self, naming: "unit") }
        var figures = record.optional(.figures) { read.list($0, $1, figure) } ?? []
        var composition = record.optional(.composition) { read.list($0, $1, commodity) } ?? []
        let defaults = tableDefaults(record, source: .source, confidence: .confidence)
        for file in record.optional(.table, tableFiles) ?? [] {
            figures += TableReading.figures(file, defaults: defaults, decoder: self) ?? []
        }
        if let files = record.optional(.comtrade, tableFiles), let currency, let unit,
            let imported = comtrade(files, currency: currency, unit: unit)
        {
            figures += imported.figures
            composition += imported.composition
        }
        if !record.has(.figures) && !record.has(.table) && !record.has(.comtrade) {
            sink.error(
                "the trade section needs 'figures', a 'table' or 'comtrade' files", at: record.location, path: path)
        }
        guard let currency, let unit else { return nil }
        return Trade(currency: currency, unit: unit, figures: figures, composition: composition)
    }

    // MARK: - Tables

    /// The events: a list, or a section with a list (`items`) and tables (`table`).
    private func events(_ value: FieldValue, _ path: String) -> EventStore? {
        if case .list = value.content { return read.list(value, path, event).map(EventStore.init) }
        guard let record = read.record(value, path, fields: EventsSection.Field.self) else { return nil }
        var events = EventStore(record.optional(.items) { read.list($0, $1, event) } ?? [])
        eventIDs = Set(events.indices.map(events.id(at:)))
        let defaults = tableDefaults(record, source: .source, confidence: .confidence)
        for file in record.optional(.table, tableFiles) ?? [] {
            TableReading.events(file, defaults: defaults, decoder: self, into: &events)
        }
        if let files = record.optional(.gdelt, tableFiles) { gdelt(files, into: &events) }
        eventIDs = []
        return events
    }

    /// What the rows of a section's tables cite when they name no source or confidence: the
    /// section's `source` and `confidence`, else the first source at low confidence.
    private func tableDefaults<Field: FieldName>(
        _ record: RecordReader<Field>, source: Field, confidence: Field
    ) -> TableDefaults {
        TableDefaults(
            source: record.optional(source) { reference(.source, $0, $1) } ?? firstSource ?? "",
            confidence: record.optional(confidence) { read.word($0, $1, as: Confidence.self, naming: "confidence") }
                ?? .low)
    }

    /// The files a `table` field names (one path or a list), relative to the relation file's
    /// folder, with where each is named.
    private func tableFiles(_ value: FieldValue, _ path: String) -> [TableFile]? {
        guard tables.readsDataFiles else {
            sink.error("data files (tables, UN Comtrade, GDELT) are not read for this relation", at: value, path: path)
            return nil
        }
        let file = { (value: FieldValue, path: String) -> TableFile? in
            guard let written = self.read.text(value, path) else { return nil }
            var resolved = written
            if !written.hasPrefix("/"), let baseDirectory = self.baseDirectory, !baseDirectory.isEmpty {
                resolved = (baseDirectory as NSString).appendingPathComponent(written)
            }
            return TableFile(path: resolved, written: written, citedAt: value.location, citedPath: path)
        }
        if case .list = value.content { return read.list(value, path, file) }
        return file(value, path).map { [$0] }
    }

    func figure(_ value: FieldValue, _ path: String) -> TradeFigure? {
        guard let record = read.record(value, path, fields: TradeFigure.Field.self) else { return nil }
        return figure(record)
    }

    /// A trade figure, from a YAML mapping or a table row alike.
    func figure(_ record: some FieldAccess<TradeFigure.Field>) -> TradeFigure? {
        let path = record.path
        let reporter = record.optional(.reporter) { reference(.party, $0, $1) }
        let period = record.required(.period) {
            read.period($0, $1, reporter: reporter, fiscalYearStart: reporter.flatMap { fiscalStarts[$0] })
        }
        let turnover = record.optional(.turnover, read.amount)
        let exports = record.optional(.exports, exportFlows)
        let provenance = provenance(record, source: .source, confidence: .confidence)
        if !record.has(.turnover) && !record.has(.exports) {
            sink.error("a trade figure needs 'turnover', 'exports' or both", at: record.location, path: path)
        }
        guard let period, let provenance, turnover != nil || !(exports ?? [:]).isEmpty else { return nil }
        locations.figures.append(record.location)
        return TradeFigure(
            period: period, reporter: reporter, turnover: turnover, exports: exports ?? [:],
            note: record.optional(.note, read.text), provenance: provenance)
    }

    private func exportFlows(_ value: FieldValue, _ path: String) -> [String: Amount]? {
        let flows = read.entries(value, path, expecting: "a mapping from exporting party code to value") {
            key, amountValue, keyPath -> (String, Amount)? in
            guard let code = reference(.party, key, keyPath), let amount = read.amount(amountValue, keyPath) else {
                return nil
            }
            return (code, amount)
        }
        return flows.map { Dictionary($0, uniquingKeysWith: { first, _ in first }) }
    }

    // MARK: - Claims and events

    private func claim(_ value: FieldValue, _ path: String) -> Claim? {
        guard let record = read.record(value, path, fields: Claim.Field.self) else { return nil }
        let id = record.required(.id) { definition(.claim, $0, $1) }
        let text = record.required(.text, read.text)
        let stated = record.optional(.stated, read.datePoint)
        let provenance = provenance(record, source: .source, confidence: .confidence, sourceOptional: true)
        guard let id, let text, let provenance else { return nil }
        if provenance.sources.isEmpty {
            sink.warning("a claim without a source: say who made it and where", at: record.location, path: path)
        }
        locations.claims.append(record.location)
        return Claim(
            id: id, text: text, quantity: record.optional(.quantity, read.text),
            subject: record.optional(.subject, read.text), span: record.optional(.span, read.text),
            stated: stated, provenance: provenance)
    }

    func event(_ value: FieldValue, _ path: String) -> Event? {
        guard let record = read.record(value, path, fields: Event.Field.self) else { return nil }
        return event(record)
    }

    /// An event from a mapping of the relation file (an events table's rows are read by
    /// ``EventRowDecoder``, straight into the event store).
    private func event(_ record: RecordReader<Event.Field>) -> Event? {
        let id = record.required(.id) { definition(.event, $0, $1) }
        let date = record.required(.date, read.eventDate)
        let title = record.required(.title, read.text)
        let kind = record.required(.kind, read.identifier)
        let people = record.optional(.people) { read.list($0, $1, read.text) } ?? []
        let sectors = record.optional(.sectors) { value, path in
            read.list(value, path) { reference(.sector, $0, $1) }
        }
        let status = record.optional(.status) { read.word($0, $1, as: EventStatus.self, naming: "status") }
        let provenance = provenance(record, source: .source, confidence: .confidence)
        let news = record.optional(.news, newsFacts)
        guard let id, let date, let title, let kind, let provenance else { return nil }
        locations.events.append(record.location)
        return Event(
            id: id, date: date, title: title, kind: kind, place: record.optional(.place, read.text), people: people,
            sectors: sectors ?? [],
            description: record.optional(.description, read.text), provenance: provenance, status: status,
            news: news)
    }

    /// An event's `news` mapping: it comes from the news layer (GDELT).
    private func newsFacts(_ value: FieldValue, _ path: String) -> NewsFacts? {
        guard let record = read.record(value, path, fields: NewsFacts.Field.self) else { return nil }
        let cameo = record.required(.cameo, read.text)
        let goldstein = record.required(.goldstein) { read.number($0, $1, in: NewsFacts.goldsteinRange) }
        let tone = record.required(.tone) { read.number($0, $1, in: NewsFacts.toneRange) }
        let sources = record.optional(.sources, read.integer) ?? 1
        let articles = record.optional(.articles, read.integer) ?? 1
        guard let cameo, let goldstein, let tone else { return nil }
        return NewsFacts(
            cameo: cameo, goldstein: goldstein, tone: tone, sources: sources, articles: articles,
            url: record.optional(.url, read.text))
    }

    // MARK: - Sectors

    private func sector(_ value: FieldValue, _ path: String) -> Sector? {
        guard let record = read.record(value, path, fields: Sector.Field.self) else { return nil }
        let id = record.required(.id) { definition(.sector, $0, $1) }
        let name = record.required(.name, read.text)
        let status = record.required(.status) { read.word($0, $1, as: SectorStatus.self, naming: "status") }
        let initiatives = record.optional(.initiatives) { read.list($0, $1, read.text) } ?? []
        let indicators = record.optional(.indicators) { read.list($0, $1, indicator) } ?? []
        let blockers = record.optional(.blockers) { read.list($0, $1, blocker) } ?? []
        let chapters = record.optional(.hsChapters) { read.list($0, $1, hsChapter) } ?? []
        guard let id, let name, let status else { return nil }
        locations.sectors.append(record.location)
        return Sector(
            id: id, name: name, status: status, summary: record.optional(.summary, read.text),
            initiatives: initiatives, indicators: indicators, blockers: blockers, hsChapters: chapters)
    }

    /// An entry of the trade section's `composition`.
    private func commodity(_ value: FieldValue, _ path: String) -> CommodityFigure? {
        guard let record = read.record(value, path, fields: CommodityFigure.Field.self) else { return nil }
        let reporter = record.required(.reporter) { reference(.party, $0, $1) }
        let from = record.required(.from) { reference(.party, $0, $1) }
        let period = record.required(.period) {
            read.period($0, $1, reporter: reporter, fiscalYearStart: reporter.flatMap { fiscalStarts[$0] })
        }
        let chapter = record.required(.hs, hsChapter)
        let value = record.required(.value, read.amount)
        let provenance = provenance(record, source: .source, confidence: .confidence)
        guard let reporter, let from, let period, let chapter, let value, let provenance else { return nil }
        return CommodityFigure(
            period: period, reporter: reporter, from: from, chapter: chapter, value: value, provenance: provenance)
    }

    private func hsChapter(_ value: FieldValue, _ path: String) -> Int? {
        guard let chapter = read.integer(value, path) else { return nil }
        guard (1...99).contains(chapter) else {
            sink.error("expected an HS chapter from 1 to 99, found \(chapter)", at: value, path: path)
            return nil
        }
        return chapter
    }

    private func indicator(_ value: FieldValue, _ path: String) -> Indicator? {
        guard let record = read.record(value, path, fields: Indicator.Field.self) else { return nil }
        let label = record.required(.label, read.text)
        let text = record.required(.value, read.text)
        let provenance = provenance(record, source: .source, confidence: .confidence, sourceOptional: true)
        guard let label, let text, let provenance else { return nil }
        if provenance.sources.isEmpty {
            sink.warning("an indicator without a source: say where it is stated", at: record.location, path: path)
        }
        return Indicator(
            label: label, value: text, period: record.optional(.period, read.text), provenance: provenance)
    }

    private func blocker(_ value: FieldValue, _ path: String) -> Blocker? {
        guard let record = read.record(value, path, fields: Blocker.Field.self) else { return nil }
        let title = record.required(.title, read.text)
        let awaiting = record.optional(.awaiting) { reference(.party, $0, $1) }
        let provenance = provenance(record, source: .source, confidence: .confidence, sourceOptional: true)
        guard let title, let provenance else { return nil }
        if provenance.sources.isEmpty {
            sink.warning("a blocker without a source: say where it is stated", at: record.location, path: path)
        }
        return Blocker(
            title: title, description: record.optional(.description, read.text), awaiting: awaiting,
            provenance: provenance)
    }
}

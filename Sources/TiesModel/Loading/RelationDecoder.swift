import Yams

/// Turns a YAML node tree into a ``Relation``, reporting every problem with its location.
///
/// Decoding goes on past each problem. Ids are checked once the whole document is read:
/// duplicate ids, and references to sources, sectors and parties that are not defined.
struct RelationDecoder {
    private let read: NodeReading
    private var sink: DiagnosticSink { read.sink }
    private let references = ReferenceTable()

    init(sink: DiagnosticSink) {
        read = NodeReading(sink: sink)
    }

    // MARK: - Relation

    func relation(_ root: Node) -> Relation? {
        let keys = [
            "schema", "title", "parties", "asOf", "sources", "trade", "claims", "events", "sectors",
        ]
        guard let map = read.mapping(root, "", keys: keys) else { return nil }
        let schema = map.required("schema", schemaVersion)
        let title = map.required("title", read.text)
        let parties = map.required("parties", partyList)
        let asOf = map.required("asOf", day)
        let sources = map.required("sources") { read.list($0, $1, source) }
        let fiscalStarts = Dictionary(
            (parties ?? []).map { ($0.code, $0.fiscalYearStart) }, uniquingKeysWith: { first, _ in first })
        let trade = map.required("trade") { self.trade($0, $1, fiscalStarts: fiscalStarts) }
        let claims = map.optional("claims") { read.list($0, $1, claim) } ?? []
        let events = map.optional("events") { read.list($0, $1, event) } ?? []
        let sectors = map.optional("sectors") { read.list($0, $1, sector) } ?? []
        references.check(into: sink)
        guard let schema, let title, let parties, let asOf, let sources, let trade, !sink.hasErrors
        else { return nil }
        return Relation(
            schema: schema, title: title, parties: parties, asOf: asOf, sources: sources,
            trade: trade, claims: claims, events: events, sectors: sectors)
    }

    private func schemaVersion(_ node: Node, _ path: String) -> Int? {
        guard let version = read.integer(node, path) else { return nil }
        guard version == Relation.currentSchema else {
            sink.error(
                "unsupported schema version \(version); this version of ties reads schema \(Relation.currentSchema)",
                at: node, path: path)
            return nil
        }
        return version
    }

    // MARK: - Parties and sources

    private func partyList(_ node: Node, _ path: String) -> [Party]? {
        guard let parties = read.list(node, path, party) else { return nil }
        guard case .sequence(let sequence) = node, sequence.count == 2 else {
            sink.error("a relation has exactly two parties", at: node, path: path)
            return nil
        }
        return parties.count == 2 ? parties : nil
    }

    private func party(_ node: Node, _ path: String) -> Party? {
        guard let map = read.mapping(node, path, keys: ["code", "name", "fiscalYearStart"]) else {
            return nil
        }
        let code = map.required("code", identifier)
        let name = map.required("name", read.text)
        let fiscal = map.optional("fiscalYearStart", month)
        if let code, let codeNode = map.node("code") {
            references.define(.party, code, at: codeNode, path: map.path("code"))
        }
        guard let code, let name else { return nil }
        return Party(code: code, name: name, fiscalYearStart: fiscal)
    }

    private func source(_ node: Node, _ path: String) -> Source? {
        let keys = ["id", "title", "author", "publisher", "date", "url"]
        guard let map = read.mapping(node, path, keys: keys) else { return nil }
        let id = map.required("id", identifier)
        let title = map.required("title", read.text)
        let date = map.optional("date", datePoint)
        if let id, let idNode = map.node("id") {
            references.define(.source, id, at: idNode, path: map.path("id"))
        }
        guard let id, let title else { return nil }
        return Source(
            id: id, title: title, author: map.optional("author", read.text),
            publisher: map.optional("publisher", read.text), date: date, url: map.optional("url", read.text))
    }

    /// The `source` and `confidence` fields every cited item carries.
    private func provenance(_ map: MappingReader) -> Provenance? {
        let sources = map.required("source", sourceReferences)
        let confidence = map.required("confidence") {
            read.word($0, $1, as: Confidence.self, naming: "confidence")
        }
        guard let sources, let confidence else { return nil }
        return Provenance(sources: sources, confidence: confidence)
    }

    private func sourceReferences(_ node: Node, _ path: String) -> [String]? {
        let ids: [String]?
        if case .sequence = node {
            ids = read.list(node, path) { item, itemPath in reference(.source, item, itemPath) }
        } else {
            ids = reference(.source, node, path).map { [$0] }
        }
        guard let ids, !ids.isEmpty else {
            if ids != nil { sink.error("expected at least one source id", at: node, path: path) }
            return nil
        }
        return ids
    }

    private func reference(_ kind: ReferenceTable.Kind, _ node: Node, _ path: String) -> String? {
        guard let id = identifier(node, path) else { return nil }
        references.use(kind, id, at: node, path: path)
        return id
    }

    // MARK: - Trade

    private func trade(_ node: Node, _ path: String, fiscalStarts: [String: Int?]) -> Trade? {
        guard let map = read.mapping(node, path, keys: ["currency", "unit", "figures"]) else {
            return nil
        }
        let currency = map.required("currency", read.text)
        let unit = map.required("unit") { read.word($0, $1, as: TradeUnit.self, naming: "unit") }
        let figures = map.required("figures") { node, path in
            read.list(node, path) { figure($0, $1, fiscalStarts: fiscalStarts) }
        }
        guard let currency, let unit, let figures else { return nil }
        return Trade(currency: currency, unit: unit, figures: figures)
    }

    private func figure(_ node: Node, _ path: String, fiscalStarts: [String: Int?]) -> TradeFigure? {
        let keys = ["period", "reporter", "turnover", "exports", "note", "source", "confidence"]
        guard let map = read.mapping(node, path, keys: keys) else { return nil }
        let reporter = map.optional("reporter") { reference(.party, $0, $1) }
        let period = map.required("period") { node, path -> Period? in
            guard let text = read.text(node, path) else { return nil }
            let start = reporter.flatMap { fiscalStarts[$0] ?? nil }
            switch Period.parse(text, fiscalYearStart: start) {
            case .success(let period):
                return period
            case .failure(.fiscalYearNeedsStart):
                let detail =
                    reporter == nil
                    ? "a fiscal-year period needs a 'reporter' party"
                    : "the reporter \(NodeReading.quoted(reporter ?? "")) has no 'fiscalYearStart'"
                sink.error("\(detail) to say when \(NodeReading.quoted(text)) starts", at: node, path: path)
            case .failure(.endBeforeStart):
                sink.error("the range \(NodeReading.quoted(text)) ends before it starts", at: node, path: path)
            case .failure(.malformed):
                sink.error(
                    "expected a period YYYY, FYYYYY-YY or YYYY-MM..YYYY-MM, found \(NodeReading.quoted(text))",
                    at: node, path: path)
            }
            return nil
        }
        let turnover = map.optional("turnover", amount)
        let exports = map.optional("exports", exportFlows)
        let provenance = provenance(map)
        if map.node("turnover") == nil && map.node("exports") == nil {
            sink.error("a trade figure needs 'turnover', 'exports' or both", at: node, path: path)
        }
        guard let period, let provenance, turnover != nil || !(exports ?? [:]).isEmpty else { return nil }
        return TradeFigure(
            period: period, reporter: reporter, turnover: turnover, exports: exports ?? [:],
            note: map.optional("note", read.text), provenance: provenance)
    }

    private func exportFlows(_ node: Node, _ path: String) -> [String: Amount]? {
        guard case .mapping(let mapping) = node else {
            sink.error(
                "expected a mapping from exporting party code to value, found \(NodeReading.describe(node))",
                at: node, path: path)
            return nil
        }
        var flows: [String: Amount] = [:]
        for (key, value) in mapping {
            let keyPath = "\(path).\(key.string ?? "?")"
            guard let code = reference(.party, key, keyPath), let amount = amount(value, keyPath) else {
                continue
            }
            flows[code] = amount
        }
        return flows
    }

    private func amount(_ node: Node, _ path: String) -> Amount? {
        let value: Double?
        var qualifier = Amount.Qualifier.exact
        var valueNode = node
        if case .mapping = node {
            guard let map = read.mapping(node, path, keys: ["value", "qualifier"]) else { return nil }
            value = map.required("value", read.number)
            valueNode = map.node("value") ?? node
            if let word = map.optional(
                "qualifier", { read.word($0, $1, as: Amount.Qualifier.self, naming: "qualifier") })
            {
                qualifier = word
            }
        } else {
            value = read.number(node, path)
        }
        guard let value else { return nil }
        guard value >= 0 else {
            sink.error("a trade value cannot be negative, found \(value.formatted)", at: valueNode, path: path)
            return nil
        }
        return Amount(value, qualifier: qualifier)
    }

    // MARK: - Claims and events

    private func claim(_ node: Node, _ path: String) -> Claim? {
        let keys = ["id", "text", "quantity", "subject", "span", "stated", "source", "confidence"]
        guard let map = read.mapping(node, path, keys: keys) else { return nil }
        let id = map.required("id") { definition(.claim, $0, $1) }
        let text = map.required("text", read.text)
        let stated = map.optional("stated", datePoint)
        let provenance = provenance(map)
        guard let id, let text, let provenance else { return nil }
        return Claim(
            id: id, text: text, quantity: map.optional("quantity", read.text),
            subject: map.optional("subject", read.text), span: map.optional("span", read.text),
            stated: stated, provenance: provenance)
    }

    private func event(_ node: Node, _ path: String) -> Event? {
        let keys = [
            "id", "date", "title", "kind", "place", "people", "sectors", "description", "source",
            "confidence",
        ]
        guard let map = read.mapping(node, path, keys: keys) else { return nil }
        let id = map.required("id") { definition(.event, $0, $1) }
        let date = map.required("date", eventDate)
        let title = map.required("title", read.text)
        let kind = map.required("kind", identifier)
        let people = map.optional("people") { read.list($0, $1, read.text) } ?? []
        let sectors = map.optional("sectors") { node, path in
            read.list(node, path) { reference(.sector, $0, $1) }
        }
        let provenance = provenance(map)
        guard let id, let date, let title, let kind, let provenance else { return nil }
        return Event(
            id: id, date: date, title: title, kind: kind, place: map.optional("place", read.text),
            people: people, sectors: sectors ?? [], description: map.optional("description", read.text),
            provenance: provenance)
    }

    // MARK: - Sectors

    private func sector(_ node: Node, _ path: String) -> Sector? {
        let keys = ["id", "name", "status", "summary", "initiatives", "indicators", "blockers"]
        guard let map = read.mapping(node, path, keys: keys) else { return nil }
        let id = map.required("id") { definition(.sector, $0, $1) }
        let name = map.required("name", read.text)
        let status = map.required("status") { read.word($0, $1, as: SectorStatus.self, naming: "status") }
        let initiatives = map.optional("initiatives") { read.list($0, $1, read.text) } ?? []
        let indicators = map.optional("indicators") { read.list($0, $1, indicator) } ?? []
        let blockers = map.optional("blockers") { read.list($0, $1, blocker) } ?? []
        guard let id, let name, let status else { return nil }
        return Sector(
            id: id, name: name, status: status, summary: map.optional("summary", read.text),
            initiatives: initiatives, indicators: indicators, blockers: blockers)
    }

    private func indicator(_ node: Node, _ path: String) -> Indicator? {
        let keys = ["label", "value", "period", "source", "confidence"]
        guard let map = read.mapping(node, path, keys: keys) else { return nil }
        let label = map.required("label", read.text)
        let value = map.required("value", read.text)
        let provenance = provenance(map)
        guard let label, let value, let provenance else { return nil }
        return Indicator(
            label: label, value: value, period: map.optional("period", read.text), provenance: provenance)
    }

    private func blocker(_ node: Node, _ path: String) -> Blocker? {
        let keys = ["title", "description", "awaiting", "source", "confidence"]
        guard let map = read.mapping(node, path, keys: keys) else { return nil }
        let title = map.required("title", read.text)
        let awaiting = map.optional("awaiting") { reference(.party, $0, $1) }
        let provenance = provenance(map)
        guard let title, let provenance else { return nil }
        return Blocker(
            title: title, description: map.optional("description", read.text), awaiting: awaiting,
            provenance: provenance)
    }

    // MARK: - Scalars

    private func definition(_ kind: ReferenceTable.Kind, _ node: Node, _ path: String) -> String? {
        guard let id = identifier(node, path) else { return nil }
        references.define(kind, id, at: node, path: path)
        return id
    }

    /// An id: letters, digits, `-`, `_` and `.`, starting with a letter or digit.
    private func identifier(_ node: Node, _ path: String) -> String? {
        guard let text = read.text(node, path) else { return nil }
        guard Self.isIdentifier(text) else {
            sink.error(
                "expected an id of letters, digits, '-', '_' or '.', found \(NodeReading.quoted(text))",
                at: node, path: path)
            return nil
        }
        return text
    }

    static func isIdentifier(_ text: String) -> Bool {
        func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII
                ? ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                : scalar.properties.isAlphabetic
        }
        guard let first = text.unicodeScalars.first, isLetterOrDigit(first) else { return false }
        return text.unicodeScalars.allSatisfy { isLetterOrDigit($0) || $0 == "-" || $0 == "_" || $0 == "." }
    }

    private func month(_ node: Node, _ path: String) -> Int? {
        guard let value = read.integer(node, path) else { return nil }
        guard (1...12).contains(value) else {
            sink.error("expected a month from 1 to 12, found \(value)", at: node, path: path)
            return nil
        }
        return value
    }

    private func datePoint(_ node: Node, _ path: String) -> DatePoint? {
        guard let text = read.text(node, path) else { return nil }
        guard let point = DatePoint(parsing: text) else {
            sink.error(
                "expected a date YYYY, YYYY-MM or YYYY-MM-DD, found \(NodeReading.quoted(text))",
                at: node, path: path)
            return nil
        }
        return point
    }

    private func day(_ node: Node, _ path: String) -> Day? {
        guard let text = read.text(node, path) else { return nil }
        guard case .day(let day)? = DatePoint(parsing: text) else {
            sink.error("expected a day YYYY-MM-DD, found \(NodeReading.quoted(text))", at: node, path: path)
            return nil
        }
        return day
    }

    private func eventDate(_ node: Node, _ path: String) -> EventDate? {
        guard let text = read.text(node, path) else { return nil }
        switch EventDate.parse(text) {
        case .success(let date):
            return date
        case .failure(.endBeforeStart):
            sink.error("the range \(NodeReading.quoted(text)) ends before it starts", at: node, path: path)
        case .failure(.malformed):
            sink.error(
                "expected YYYY, YYYY-MM, YYYY-MM-DD or a range A..B, found \(NodeReading.quoted(text))",
                at: node, path: path)
        }
        return nil
    }
}

extension Double {
    /// The shortest text for a value: `12` rather than `12.0`.
    var formatted: String {
        rounded() == self && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}

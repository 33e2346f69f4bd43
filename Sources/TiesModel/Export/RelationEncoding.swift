import Foundation

// MARK: - Encoding in the relation-file format
//
// Encoding writes the same keys a relation file uses — each type's `Field` list, shared
// with the decoder — so `ties export --format json` produces a file that loads back into an
// equal relation.

private struct FieldKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init<Field: FieldName>(_ field: Field) { stringValue = field.rawValue }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension KeyedEncodingContainer where K == FieldKey {
    fileprivate mutating func put<T: Encodable, Field: FieldName>(_ value: T?, _ field: Field) throws {
        try encodeIfPresent(value, forKey: FieldKey(field))
    }

    fileprivate mutating func put<T: Encodable, Field: FieldName>(list: [T], _ field: Field) throws {
        if !list.isEmpty { try encode(list, forKey: FieldKey(field)) }
    }

    fileprivate mutating func put<Field: FieldName>(_ provenance: Provenance, source: Field, confidence: Field) throws {
        if provenance.sources.count == 1 {
            try encode(provenance.sources[0], forKey: FieldKey(source))
        } else if !provenance.sources.isEmpty {
            try encode(provenance.sources, forKey: FieldKey(source))
        }
        try encode(provenance.confidence, forKey: FieldKey(confidence))
    }
}

/// A number that a file shows in decimal (`438.5`, never `4.385e+2`): encoded as a number
/// for JSON, and as its shortest decimal text for YAML (see YAMLExport.swift).
struct DecimalNumber: Encodable {
    let value: Double

    init(_ value: Double) { self.value = value }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    /// The shortest decimal text that reads back as the same number.
    var text: String {
        let shortest = value.formatted
        guard shortest.contains("e"), value.isFinite, abs(value) < 1e15 else { return shortest }
        // Small numbers Swift writes as 1.5e-05: the fewest decimals that read back the same.
        for digits in 1...40 {
            let text = String(format: "%.\(digits)f", value)
            if Double(text) == value { return text }
        }
        return shortest
    }
}

private func encodeDescription(_ value: some CustomStringConvertible, to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(value.description)
}

extension Relation: Encodable {
    /// Encodes the relation with the keys of the relation-file format.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: FieldKey.self)
        try c.put(schema, Relation.Field.schema)
        try c.put(title, Relation.Field.title)
        try c.put(asOf, Relation.Field.asOf)
        try c.put(parties, Relation.Field.parties)
        try c.put(sources, Relation.Field.sources)
        try c.put(trade, Relation.Field.trade)
        try c.put(list: claims, Relation.Field.claims)
        if !events.isEmpty { try c.encode(events, forKey: FieldKey(Relation.Field.events)) }
        try c.put(list: sectors, Relation.Field.sectors)
    }
}

extension Day: Encodable {
    /// Encodes the day as `YYYY-MM-DD`.
    public func encode(to encoder: Encoder) throws { try encodeDescription(self, to: encoder) }
}

extension DatePoint: Encodable {
    /// Encodes the point as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public func encode(to encoder: Encoder) throws { try encodeDescription(self, to: encoder) }
}

extension EventDate: Encodable {
    /// Encodes the date as written in a relation file.
    public func encode(to encoder: Encoder) throws { try encodeDescription(self, to: encoder) }
}

extension Period: Encodable {
    /// Encodes the period as written in a relation file.
    public func encode(to encoder: Encoder) throws { try encodeDescription(self, to: encoder) }
}

extension Party: Encodable {
    /// Encodes the party with the keys of the relation-file format.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: FieldKey.self)
        try c.put(code, Party.Field.code)
        try c.put(name, Party.Field.name)
        try c.put(fiscalYearStart, Party.Field.fiscalYearStart)
        try c.put(iso3, Party.Field.iso3)
    }
}

extension Source: Encodable {
    /// Encodes the source with the keys of the relation-file format.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: FieldKey.self)
        try c.put(id, Source.Field.id)
        try c.put(title, Source.Field.title)
        try c.put(author, Source.Field.author)
        try c.put(publisher, Source.Field.publisher)
        try c.put(date, Source.Field.date)
        try c.put(url, Source.Field.url)
    }
}

extension Trade: Encodable {
    /// Encodes the trade section with the keys of the relation-file format.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: FieldKey.self)
        try c.put(currency, Trade.Field.currency)
        try c.put(unit, Trade.Field.unit)
        try c.put(figures, Trade.Field.figures)
        try c.put(list: composition, Trade.Field.composition)
    }
}

extension CommodityFigure: Encodable {
    /// Encodes the entry with the keys of the relation-file format.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: FieldKey.self)
        try c.put(period, CommodityFigure.Field.period)
        try c.put(reporter, CommodityFigure.Field.reporter)
        try c.put(from, CommodityFigure.Field.from)
        try c.put(chapter, CommodityFigure.Field.hs)
        try c.put(value, CommodityFigure.Field.value)
        try c.put(provenance, source: CommodityFigure.Field.source, confidence: CommodityFigure.Field.confidence)
    }
}

extension NewsFacts: Encodable {
    /// Encodes the facts with the keys of the relation-file format.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: FieldKey.self)
        try c.put(cameo, NewsFacts.Field.cameo)
        try c.put(DecimalNumber(goldstein), NewsFacts.Field.goldstein)
        try c.put(DecimalNumber(tone), NewsFacts.Field.tone)
        try c.put(sources, NewsFacts.Field.sources)
        try c.put(articles, NewsFacts.Field.articles)
        try c.put(url, NewsFacts.Field.url)
    }
}

extension Amount: Encodable {
    /// Encodes an exact amount as a number, a qualified one as `{value, qualifier}`.
    public func encode(to encoder: Encoder) throws {
        if qualifier == .exact {
            var c = encoder.singleValueContainer()
            try c.encode(DecimalNumber(value))
        } else {
            var c = encoder.container(keyedBy: FieldKey.self)
            try c.put(DecimalNumber(value), Amount.Field.value)
            try c.put(qualifier, Amount.Field.qualifier)
        }
    }
}

extension TradeFigure: Encodable {
    /// Encodes the figure with the keys of the relation-file format.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: FieldKey.self)
        try c.put(period, TradeFigure.Field.period)
        try c.put(reporter, TradeFigure.Field.reporter)
        try c.put(turnover, TradeFigure.Field.turnover)
        try c.put(exports.isEmpty ? nil : exports, TradeFigure.Field.exports)
        try c.put(note, TradeFigure.Field.note)
        try c.put(provenance, source: TradeFigure.Field.source, confidence: TradeFigure.Field.confidence)
    }
}

extension Claim: Encodable {
    /// Encodes the claim with the keys of the relation-file format.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: FieldKey.self)
        try c.put(id, Claim.Field.id)
        try c.put(text, Claim.Field.text)
        try c.put(quantity, Claim.Field.quantity)
        try c.put(subject, Claim.Field.subject)
        try c.put(span, Claim.Field.span)
        try c.put(stated, Claim.Field.stated)
        try c.put(provenance, source: Claim.Field.source, confidence: Claim.Field.confidence)
    }
}

extension EventStore: Encodable {
    /// Encodes the events as a list, one made at a time.
    public func encode(to encoder: Encoder) throws {
        var list = encoder.unkeyedContainer()
        for event in self { try list.encode(event) }
    }
}

extension Event: Encodable {
    /// Encodes the event with the keys of the relation-file format.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: FieldKey.self)
        try c.put(id, Event.Field.id)
        try c.put(date, Event.Field.date)
        try c.put(title, Event.Field.title)
        try c.put(kind, Event.Field.kind)
        try c.put(place, Event.Field.place)
        try c.put(list: people, Event.Field.people)
        try c.put(list: sectors, Event.Field.sectors)
        try c.put(description, Event.Field.description)
        try c.put(provenance, source: Event.Field.source, confidence: Event.Field.confidence)
        try c.put(status, Event.Field.status)
        try c.put(news, Event.Field.news)
    }
}

extension Sector: Encodable {
    /// Encodes the sector with the keys of the relation-file format.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: FieldKey.self)
        try c.put(id, Sector.Field.id)
        try c.put(name, Sector.Field.name)
        try c.put(status, Sector.Field.status)
        try c.put(summary, Sector.Field.summary)
        try c.put(list: initiatives, Sector.Field.initiatives)
        try c.put(list: indicators, Sector.Field.indicators)
        try c.put(list: blockers, Sector.Field.blockers)
        try c.put(list: hsChapters, Sector.Field.hsChapters)
    }
}

extension Indicator: Encodable {
    /// Encodes the indicator with the keys of the relation-file format.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: FieldKey.self)
        try c.put(label, Indicator.Field.label)
        try c.put(value, Indicator.Field.value)
        try c.put(period, Indicator.Field.period)
        try c.put(provenance, source: Indicator.Field.source, confidence: Indicator.Field.confidence)
    }
}

extension Blocker: Encodable {
    /// Encodes the blocker with the keys of the relation-file format.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: FieldKey.self)
        try c.put(title, Blocker.Field.title)
        try c.put(description, Blocker.Field.description)
        try c.put(awaiting, Blocker.Field.awaiting)
        try c.put(provenance, source: Blocker.Field.source, confidence: Blocker.Field.confidence)
    }
}

extension Relation {
    /// The canonical JSON form: the relation-file format with keys sorted, two-space indented.
    ///
    /// Everything a terminal could take as a control — DEL, C1 controls, bidirectional
    /// overrides and isolates, line and paragraph separators — is written as a `\\u` escape, so
    /// the JSON is safe to print and still holds the exact text.
    public func canonicalJSON() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(self), as: UTF8.self)
        var escaped = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if scalar != "\n" && VisibleText.isControl(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                escaped.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            } else {
                escaped.append(scalar)
            }
        }
        return String(escaped) + "\n"
    }
}

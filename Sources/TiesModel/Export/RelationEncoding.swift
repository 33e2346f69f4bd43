import Foundation

// MARK: - Encoding in the relation-file format
//
// Encoding writes the same keys a relation file uses, so `ties export --format json`
// produces a file that loads back into an equal relation.

private struct FieldKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension KeyedEncodingContainer where K == FieldKey {
    fileprivate mutating func put<T: Encodable>(_ value: T?, _ key: String) throws {
        try encodeIfPresent(value, forKey: FieldKey(key))
    }

    fileprivate mutating func put<T: Encodable>(list: [T], _ key: String) throws {
        if !list.isEmpty { try encode(list, forKey: FieldKey(key)) }
    }

    fileprivate mutating func put(_ provenance: Provenance) throws {
        if provenance.sources.count == 1 {
            try encode(provenance.sources[0], forKey: FieldKey("source"))
        } else {
            try encode(provenance.sources, forKey: FieldKey("source"))
        }
        try encode(provenance.confidence, forKey: FieldKey("confidence"))
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
        try c.put(schema, "schema")
        try c.put(title, "title")
        try c.put(asOf, "asOf")
        try c.put(parties, "parties")
        try c.put(sources, "sources")
        try c.put(trade, "trade")
        try c.put(list: claims, "claims")
        try c.put(list: events, "events")
        try c.put(list: sectors, "sectors")
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
        try c.put(code, "code")
        try c.put(name, "name")
        try c.put(fiscalYearStart, "fiscalYearStart")
    }
}

extension Source: Encodable {
    /// Encodes the source with the keys of the relation-file format.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: FieldKey.self)
        try c.put(id, "id")
        try c.put(title, "title")
        try c.put(author, "author")
        try c.put(publisher, "publisher")
        try c.put(date, "date")
        try c.put(url, "url")
    }
}

extension Trade: Encodable {
    /// Encodes the trade section with the keys of the relation-file format.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: FieldKey.self)
        try c.put(currency, "currency")
        try c.put(unit, "unit")
        try c.put(figures, "figures")
    }
}

extension Amount: Encodable {
    /// Encodes an exact amount as a number, a qualified one as `{value, qualifier}`.
    public func encode(to encoder: Encoder) throws {
        if qualifier == .exact {
            var c = encoder.singleValueContainer()
            try c.encode(value)
        } else {
            var c = encoder.container(keyedBy: FieldKey.self)
            try c.put(value, "value")
            try c.put(qualifier, "qualifier")
        }
    }
}

extension TradeFigure: Encodable {
    /// Encodes the figure with the keys of the relation-file format.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: FieldKey.self)
        try c.put(period, "period")
        try c.put(reporter, "reporter")
        try c.put(turnover, "turnover")
        try c.put(exports.isEmpty ? nil : exports, "exports")
        try c.put(note, "note")
        try c.put(provenance)
    }
}

extension Claim: Encodable {
    /// Encodes the claim with the keys of the relation-file format.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: FieldKey.self)
        try c.put(id, "id")
        try c.put(text, "text")
        try c.put(quantity, "quantity")
        try c.put(subject, "subject")
        try c.put(span, "span")
        try c.put(stated, "stated")
        try c.put(provenance)
    }
}

extension Event: Encodable {
    /// Encodes the event with the keys of the relation-file format.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: FieldKey.self)
        try c.put(id, "id")
        try c.put(date, "date")
        try c.put(title, "title")
        try c.put(kind, "kind")
        try c.put(place, "place")
        try c.put(list: people, "people")
        try c.put(list: sectors, "sectors")
        try c.put(description, "description")
        try c.put(provenance)
    }
}

extension Sector: Encodable {
    /// Encodes the sector with the keys of the relation-file format.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: FieldKey.self)
        try c.put(id, "id")
        try c.put(name, "name")
        try c.put(status, "status")
        try c.put(summary, "summary")
        try c.put(list: initiatives, "initiatives")
        try c.put(list: indicators, "indicators")
        try c.put(list: blockers, "blockers")
    }
}

extension Indicator: Encodable {
    /// Encodes the indicator with the keys of the relation-file format.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: FieldKey.self)
        try c.put(label, "label")
        try c.put(value, "value")
        try c.put(period, "period")
        try c.put(provenance)
    }
}

extension Blocker: Encodable {
    /// Encodes the blocker with the keys of the relation-file format.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: FieldKey.self)
        try c.put(title, "title")
        try c.put(description, "description")
        try c.put(awaiting, "awaiting")
        try c.put(provenance)
    }
}

extension Relation {
    /// The canonical JSON form: the relation-file format with keys sorted, two-space indented.
    public func canonicalJSON() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}

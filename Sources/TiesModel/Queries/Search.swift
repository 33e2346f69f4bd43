import Foundation

// MARK: - Text search
//
// Every search ignores case and diacritics, so "sümmit" finds "Summit" and "ISLAMABAD"
// finds "Islamabad".

extension String {
    /// Whether the string contains `text`, ignoring case and diacritics.
    public func containsIgnoringCaseAndDiacritics(_ text: String) -> Bool {
        range(of: text, options: [.caseInsensitive, .diacriticInsensitive]) != nil
    }
}

extension Event {
    /// Whether the event's title, kind, place, people or description contain `text`.
    public func matches(text: String) -> Bool {
        ([title, kind, place ?? "", description ?? ""] + people).contains { $0.containsIgnoringCaseAndDiacritics(text) }
    }
}

extension Sector {
    /// Whether the sector's name, summary or initiatives contain `text`.
    public func matches(text: String) -> Bool {
        ([name, summary ?? ""] + initiatives).contains { $0.containsIgnoringCaseAndDiacritics(text) }
    }
}

extension Relation {
    /// Whether a trade figure's period, note, or sources' titles and publishers contain `text`.
    public func figure(_ figure: TradeFigure, matches text: String) -> Bool {
        let sources = figure.provenance.sources.compactMap(source(id:))
        let fields =
            [figure.period.shortLabel, figure.period.description, figure.note ?? ""]
            + sources.flatMap { [$0.title, $0.publisher ?? ""] }
        return fields.contains { $0.containsIgnoringCaseAndDiacritics(text) }
    }
}

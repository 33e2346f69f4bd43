/// Which events the timeline shows: values chosen per facet, a text, a span of days.
///
/// Within a facet the chosen values combine with "or" (kind visit or agreement); facets
/// combine with "and". A facet with nothing chosen lets every event through.
public struct EventFilter: Hashable, Sendable {
    /// Only events of these kinds.
    public var kinds: Set<String>
    /// Only events linked to one of these sector ids.
    public var sectors: Set<String>
    /// Only events that touch one of these years.
    public var years: Set<Int>
    /// Only events citing one of these source ids.
    public var sources: Set<String>
    /// Only events of these confidences.
    public var confidences: Set<Confidence>
    /// Only events whose text contains this (case- and diacritic-insensitive).
    public var text: String
    /// Only events that overlap this span of days (a trade period, say), with its label.
    public var span: DaySpan?
    /// Whether the news layer (events from GDELT) is shown beside the curated events. It is
    /// a view of the data rather than a filter: clearing the filters keeps it.
    public var includesNews: Bool

    /// Creates a filter; with no arguments it lets every event through.
    public init(
        kinds: Set<String> = [], sectors: Set<String> = [], years: Set<Int> = [], sources: Set<String> = [],
        confidences: Set<Confidence> = [], text: String = "", span: DaySpan? = nil, includesNews: Bool = false
    ) {
        self.kinds = kinds
        self.sectors = sectors
        self.years = years
        self.sources = sources
        self.confidences = confidences
        self.text = text
        self.span = span
        self.includesNews = includesNews
    }

    /// Whether the filter lets every event through.
    public var isEmpty: Bool {
        kinds.isEmpty && sectors.isEmpty && years.isEmpty && sources.isEmpty && confidences.isEmpty && text.isEmpty
            && span == nil
    }

    /// The facets a picker offers.
    public enum Facet: String, CaseIterable, Sendable {
        case kind, sector, year, source, confidence
    }

    /// The values chosen for a facet, as text (years as digits, confidences by name).
    public func values(of facet: Facet) -> Set<String> {
        switch facet {
        case .kind: kinds
        case .sector: sectors
        case .year: Set(years.map(String.init))
        case .source: sources
        case .confidence: Set(confidences.map(\.rawValue))
        }
    }

    /// The same filter with a value of a facet chosen, or no longer chosen when it was (a
    /// text that is not a year or a confidence changes nothing there).
    public func toggling(_ value: String, in facet: Facet) -> EventFilter {
        var copy = self
        func flip<T: Hashable>(_ set: inout Set<T>, _ item: T?) {
            guard let item else { return }
            if set.remove(item) == nil { set.insert(item) }
        }
        switch facet {
        case .kind: flip(&copy.kinds, value)
        case .sector: flip(&copy.sectors, value)
        case .year: flip(&copy.years, Int(value))
        case .source: flip(&copy.sources, value)
        case .confidence: flip(&copy.confidences, Confidence(rawValue: value))
        }
        return copy
    }

    /// The same filter with no value chosen in any facet, keeping its text, span and layer.
    public var clearingFacets: EventFilter { Facet.allCases.reduce(self) { $0.clearing($1) } }

    /// The same filter with one facet cleared, for counting that facet's values.
    public func clearing(_ facet: Facet) -> EventFilter {
        var copy = self
        switch facet {
        case .kind: copy.kinds = []
        case .sector: copy.sectors = []
        case .year: copy.years = []
        case .source: copy.sources = []
        case .confidence: copy.confidences = []
        }
        return copy
    }
}

/// A span of whole days with a label, such as a fiscal year's bounds.
public struct DaySpan: Hashable, Sendable {
    /// The first day.
    public var first: Day
    /// The last day.
    public var last: Day
    /// How the span is named: `FY20-21`.
    public var label: String

    /// Creates a span.
    public init(first: Day, last: Day, label: String) {
        self.first = first
        self.last = last
        self.label = label
    }

    /// `1 Jul 2020 – 30 Jun 2021`.
    public var boundsText: String {
        "\(DatePoint.day(first).displayText) – \(DatePoint.day(last).displayText)"
    }
}

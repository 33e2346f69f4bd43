import Foundation

/// Which events the timeline shows.
///
/// Every criterion left nil or empty lets all events through; set criteria combine with "and".
public struct TimelineFilter: Hashable, Sendable {
    /// Only events of this kind.
    public var kind: String?
    /// Only events linked to this sector id.
    public var sector: String?
    /// Only events that touch this year.
    public var year: Int?
    /// Only events whose title, place, people, kind or description contain this text
    /// (case- and diacritic-insensitive).
    public var text: String

    /// Creates a filter; with no arguments it lets every event through.
    public init(kind: String? = nil, sector: String? = nil, year: Int? = nil, text: String = "") {
        self.kind = kind
        self.sector = sector
        self.year = year
        self.text = text
    }

    /// Whether the filter lets every event through.
    public var isEmpty: Bool { kind == nil && sector == nil && year == nil && text.isEmpty }

    /// Whether an event passes the filter.
    public func matches(_ event: Event) -> Bool {
        if let kind, event.kind != kind { return false }
        if let sector, !event.sectors.contains(sector) { return false }
        if let year, !(event.date.firstDay.year...event.date.lastDay.year).contains(year) { return false }
        if !text.isEmpty, !event.matches(text: text) { return false }
        return true
    }
}

/// A year heading and the events under it.
public struct YearGroup: Hashable, Sendable {
    /// The year events start in.
    public var year: Int
    /// The events, in date order.
    public var events: [Event]
}

extension Relation {
    /// The events in date order (ties keep file order).
    public var eventsByDate: [Event] {
        events.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }

    /// The events that pass a filter, in date order.
    public func timeline(_ filter: TimelineFilter = TimelineFilter()) -> [Event] {
        eventsByDate.filter(filter.matches)
    }

    /// The events that pass a filter, grouped under the year each starts in.
    public func timelineByYear(_ filter: TimelineFilter = TimelineFilter()) -> [YearGroup] {
        var groups: [YearGroup] = []
        for event in timeline(filter) {
            let year = event.date.firstDay.year
            if groups.last?.year == year {
                groups[groups.count - 1].events.append(event)
            } else {
                groups.append(YearGroup(year: year, events: [event]))
            }
        }
        return groups
    }

    /// Whether an event lies before or after the relation's `asOf` date.
    public func status(of event: Event) -> EventStatus {
        event.date.firstDay > asOf ? .planned : .past
    }

    /// The number of events linked to each sector id.
    public var eventCountsBySector: [String: Int] {
        Dictionary(events.flatMap(\.sectors).map { ($0, 1) }, uniquingKeysWith: +)
    }

    /// The events linked to a sector, in date order.
    public func events(inSector id: String) -> [Event] {
        timeline(TimelineFilter(sector: id))
    }

    /// Every event kind used, most frequent first, then alphabetically.
    public var eventKinds: [String] {
        let counts = Dictionary(events.map { ($0.kind, 1) }, uniquingKeysWith: +)
        return counts.keys.sorted { (counts[$0] ?? 0, $1) > (counts[$1] ?? 0, $0) }
    }
}

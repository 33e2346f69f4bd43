import TiesModel

/// The rows of the events timeline for one filter: year headings and events.
///
/// Computed once when the relation or the filter changes, so drawing touches only the rows
/// on screen, however many events there are.
public struct TimelineRows: Hashable, Sendable {
    /// One row of the timeline.
    public enum Row: Hashable, Sendable {
        /// A year heading and the number of events under it.
        case year(Int, count: Int)
        /// The event at an index of ``events``.
        case event(Int)
    }

    /// The events that pass the filter, in date order.
    public let events: [Event]
    /// Headings and events, in display order.
    public let rows: [Row]
    /// The row of each event.
    public let rowOfEvent: [Int]

    /// Builds the rows for a relation and filter.
    public init(relation: Relation, filter: TimelineFilter) {
        var events: [Event] = []
        var rows: [Row] = []
        var rowOfEvent: [Int] = []
        for group in relation.timelineByYear(filter) {
            rows.append(.year(group.year, count: group.events.count))
            for event in group.events {
                rowOfEvent.append(rows.count)
                rows.append(.event(events.count))
                events.append(event)
            }
        }
        self.events = events
        self.rows = rows
        self.rowOfEvent = rowOfEvent
    }

    /// The event index shown on a row, if the row is an event.
    public func event(atRow row: Int) -> Int? {
        guard rows.indices.contains(row), case .event(let index) = rows[row] else { return nil }
        return index
    }
}

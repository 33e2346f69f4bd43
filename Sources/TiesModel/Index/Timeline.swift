/// The rows of the events timeline for one filter: year headings and the events under them.
///
/// Holds the positions shown and one entry per year; a row is found from an event (and an
/// event from a row) by a binary search over the years, so a million events cost one array
/// of positions, not a million row values.
public struct Timeline: Sendable, Equatable {
    /// A year heading and the events under it.
    public struct YearGroup: Sendable, Equatable {
        /// The year the events start in.
        public let year: Int
        /// The ordinal (index into ``Timeline/positions``) of its first event.
        public let firstOrdinal: Int
        /// How many events it holds.
        public let count: Int
        /// The row of its heading.
        public let headingRow: Int
    }

    /// One row of the timeline.
    public enum Row: Equatable, Sendable {
        /// A year heading and the number of events under it.
        case year(Int, count: Int)
        /// The event at an ordinal of ``Timeline/positions``.
        case event(Int)
    }

    /// The positions (in date order) of the events shown.
    public let positions: [Int32]
    /// The year groups, in order.
    public let groups: [YearGroup]

    /// Builds the timeline of the events at `positions` (in date order).
    public init(positions: [Int32], index: RelationIndex) {
        self.positions = positions
        var groups: [YearGroup] = []
        var ordinal = 0
        while ordinal < positions.count {
            let year = index.startYear(positions[ordinal])
            var end = ordinal + 1
            while end < positions.count, index.startYear(positions[end]) == year { end += 1 }
            let headingRow = (groups.last.map { $0.headingRow + 1 + $0.count }) ?? 0
            groups.append(YearGroup(year: year, firstOrdinal: ordinal, count: end - ordinal, headingRow: headingRow))
            ordinal = end
        }
        self.groups = groups
    }

    /// The number of events shown.
    public var count: Int { positions.count }

    /// The number of rows: a heading per year and a row per event.
    public var rowCount: Int { positions.count + groups.count }

    /// The row at an index.
    public func row(_ row: Int) -> Row? {
        guard let group = group(atRow: row) else { return nil }
        if row == group.headingRow { return .year(group.year, count: group.count) }
        return .event(group.firstOrdinal + row - group.headingRow - 1)
    }

    /// The event ordinal shown on a row, if the row is an event.
    public func ordinal(atRow row: Int) -> Int? {
        if case .event(let ordinal)? = self.row(row) { return ordinal }
        return nil
    }

    /// The row of an event ordinal.
    public func row(ofOrdinal ordinal: Int) -> Int {
        guard let group = group(containingOrdinal: ordinal) else { return 0 }
        return group.headingRow + 1 + ordinal - group.firstOrdinal
    }

    /// The year group a row falls in (its heading or one of its events).
    public func group(atRow row: Int) -> YearGroup? {
        guard row >= 0, row < rowCount else { return nil }
        var low = 0
        var high = groups.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if groups[middle].headingRow <= row { low = middle } else { high = middle - 1 }
        }
        return groups.isEmpty ? nil : groups[low]
    }

    /// The year group holding an event ordinal.
    public func group(containingOrdinal ordinal: Int) -> YearGroup? {
        guard ordinal >= 0, ordinal < positions.count, !groups.isEmpty else { return nil }
        var low = 0
        var high = groups.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if groups[middle].firstOrdinal <= ordinal { low = middle } else { high = middle - 1 }
        }
        return groups[low]
    }

    /// The ordinal of the first event in or after a year, if any.
    public func firstOrdinal(inOrAfter year: Int) -> Int? {
        groups.first { $0.year >= year }?.firstOrdinal
    }
}

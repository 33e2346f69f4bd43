/// A trade series' rows on a time axis: its points in period order, with a row standing for
/// each run of calendar years no figure covers, so a missing year is seen rather than skipped.
///
/// Built once with its series, so a chart asks it for rows without walking the points.
public struct TradeTimeAxis: Hashable, Sendable {
    /// One row of the axis.
    public enum Row: Hashable, Sendable {
        /// A point of the series, by index.
        case point(Int)
        /// Years without any figure.
        case gap(ClosedRange<Int>)
    }

    /// The rows, from the oldest period.
    public let rows: [Row]
    /// The row of each point.
    private let rowOfPoint: [Int]

    /// The axis of points in period order.
    public init(_ points: [TradeSeries.Point]) {
        var covered = Set<Int>()
        for point in points {
            for year in point.period.firstMonth.year...max(point.period.firstMonth.year, point.period.lastMonth.year) {
                covered.insert(year)
            }
        }
        var rows: [Row] = []
        var rowOfPoint: [Int] = []
        var lastYear: Int?
        for (index, point) in points.enumerated() {
            let year = point.period.firstMonth.year
            if let previous = lastYear, year > previous + 1 {
                var start: Int?
                for missing in (previous + 1)..<year {
                    if covered.contains(missing) {
                        if let first = start { rows.append(.gap(first...(missing - 1))) }
                        start = nil
                    } else if start == nil {
                        start = missing
                    }
                }
                if let first = start { rows.append(.gap(first...(year - 1))) }
            }
            rowOfPoint.append(rows.count)
            rows.append(.point(index))
            lastYear = max(lastYear ?? year, point.period.lastMonth.year)
        }
        self.rows = rows
        self.rowOfPoint = rowOfPoint
    }

    /// The row a point is drawn on.
    public func row(ofPoint index: Int) -> Int { rowOfPoint.indices.contains(index) ? rowOfPoint[index] : index }

    /// The point on a row, if the row holds one.
    public func point(atRow row: Int) -> Int? {
        guard rows.indices.contains(row), case .point(let index) = rows[row] else { return nil }
        return index
    }
}

import Foundation

/// The values of one trade measure over the periods that state it, in period order.
///
/// Built from a relation's figures without inventing anything: a period with two figures
/// from different sources has two points, both marked disputed.
public struct TradeSeries: Sendable {
    /// One stated value.
    public struct Point: Hashable, Sendable {
        /// The figure the value comes from.
        public var figure: TradeFigure
        /// The value for the series' measure.
        public var amount: Amount
        /// Whether another figure states a different value for the same period and measure.
        public var isDisputed: Bool

        /// The period of the figure.
        public var period: Period { figure.period }

        /// Whether the value can be compared honestly with another: undisputed, a full period,
        /// and stated exactly rather than as a bound.
        public var isComparable: Bool {
            !isDisputed && !period.isPartial && amount.qualifier == .exact
        }
    }

    /// The measure followed.
    public var measure: TradeMeasure
    /// The points in period order; figures for one period keep the order they were written in.
    public let points: [Point]
    /// The points on a time axis, with the years no figure covers.
    public let axis: TradeTimeAxis

    /// Builds the series of a measure from a relation's trade figures.
    public init(measure: TradeMeasure, figures: [TradeFigure]) {
        self.measure = measure
        let stated = figures.compactMap { figure in figure.amount(for: measure).map { (figure, $0) } }
        var valuesByPeriod: [Period: Set<Amount>] = [:]
        for (figure, amount) in stated { valuesByPeriod[figure.period, default: []].insert(amount) }
        let ordered = stated.enumerated().sorted { ($0.element.0.period, $0.offset) < ($1.element.0.period, $1.offset) }
        points = ordered.map { _, pair in
            Point(figure: pair.0, amount: pair.1, isDisputed: (valuesByPeriod[pair.0.period]?.count ?? 0) > 1)
        }
        axis = TradeTimeAxis(points)
    }

    /// Each point's period as a chart labels it, and when the points of a period are reported
    /// by different parties (mirror figures), with the reporter's code: `2021 PAK`.
    public var periodLabels: [String] {
        var reporters: [Period: [String?]] = [:]
        for point in points { reporters[point.period, default: []].append(point.figure.reporter) }
        return points.map { point in
            let sharing = reporters[point.period] ?? []
            guard sharing.count > 1, let reporter = point.figure.reporter,
                sharing.filter({ $0 == reporter }).count == 1
            else { return point.period.shortLabel }
            return point.period.shortLabel + " " + reporter
        }
    }

    /// The value of each point as a chart labels it: three significant digits (`$946m`),
    /// except where that would make the differing figures of a disputed period read alike
    /// (`$920.4m` and `$920.2m` both `$920m`) — those keep every digit their sources gave.
    public func labels(in trade: Trade) -> [String] {
        var labels = points.map { trade.format($0.amount, style: .compact) }
        var members: [Period: [Int]] = [:]
        for (index, point) in points.enumerated() where point.isDisputed {
            members[point.period, default: []].append(index)
        }
        for indices in members.values {
            let amounts = Set(indices.map { points[$0].amount })
            guard Set(indices.map { labels[$0] }).count < amounts.count else { continue }
            for index in indices { labels[index] = trade.format(points[index].amount, style: .exact) }
        }
        return labels
    }

    /// The periods with conflicting values, in order.
    public var disputedPeriods: [Period] {
        var seen: Set<Period> = []
        return points.filter { $0.isDisputed && seen.insert($0.period).inserted }.map(\.period)
    }

    /// The change from one point to another; see ``Growth``.
    public func growth(from start: Point, to end: Point) -> Growth {
        Growth(from: start, to: end)
    }

    /// The growth from the first to the last point that can be compared honestly.
    ///
    /// Only full, undisputed, exactly stated periods of one kind count: fiscal years when
    /// `fiscal` is true, calendar years when false, and when nil the kind of the latest such
    /// point. Returns nil when fewer than two such periods exist.
    public func spanGrowth(fiscal: Bool? = nil) -> Growth? {
        let comparable = points.filter(\.isComparable)
        guard let basis = fiscal ?? comparable.last?.period.isFiscal else { return nil }
        let chosen = comparable.filter { $0.period.isFiscal == basis }
        guard let first = chosen.first, let last = chosen.last, first.period != last.period else {
            return nil
        }
        return Growth(from: first, to: last)
    }

    /// Why ``spanGrowth(fiscal:)`` finds no growth; nil when it finds one.
    public var missingGrowth: MissingGrowth? {
        guard spanGrowth() == nil else { return nil }
        return Set(points.map(\.period)).count < 2 ? .fewerThanTwoPeriods : .fewerThanTwoComparable
    }

    /// Why a series has no growth to show.
    public enum MissingGrowth: Sendable, Equatable {
        /// Fewer than two periods have a figure.
        case fewerThanTwoPeriods
        /// Two periods or more have one, but fewer than two of one kind (calendar or fiscal)
        /// have a figure that can be compared: the others are disputed, partial or approximate.
        case fewerThanTwoComparable
    }

    /// The change between consecutive years of the same kind (calendar or fiscal) where both
    /// values are comparable (see ``Point/isComparable``).
    public var yearOnYear: [Growth] {
        let comparable = points.filter(\.isComparable)
        return zip(comparable, comparable.dropFirst()).compactMap { previous, next in
            let gap = next.period.firstMonth.index - previous.period.firstMonth.index
            guard gap == 12, previous.period.isFiscal == next.period.isFiscal else { return nil }
            return Growth(from: previous, to: next)
        }
    }
}

/// The change of a trade measure between two stated values.
public struct Growth: Hashable, Sendable {
    /// The earlier point.
    public var from: TradeSeries.Point
    /// The later point.
    public var to: TradeSeries.Point

    /// The difference, in the trade unit.
    public var change: Double { to.amount.value - from.amount.value }

    /// The relative change, e.g. 0.5 for +50%; nil when the start is zero.
    public var ratio: Double? {
        from.amount.value == 0 ? nil : to.amount.value / from.amount.value - 1
    }

    /// The years between the middles of the two periods.
    public var years: Double { (to.period.midpoint - from.period.midpoint) / 12 }

    /// The compound annual growth rate; nil when the span is under a year or a value is zero.
    public var cagr: Double? {
        guard years >= 1, from.amount.value > 0, to.amount.value > 0 else { return nil }
        return pow(to.amount.value / from.amount.value, 1 / years) - 1
    }

    /// Whether the comparison is like for like: same kind of period, both full, both exact.
    ///
    /// A comparison that is not like for like is still computed but shown with a warning.
    public var isLikeForLike: Bool {
        from.period.isFiscal == to.period.isFiscal && !from.period.isPartial && !to.period.isPartial
            && from.amount.qualifier == .exact && to.amount.qualifier == .exact
    }
}

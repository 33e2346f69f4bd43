/// What was traded in one period and direction, by HS chapter: the largest chapters with
/// their value, share and change on the previous comparable period, the rest summed. Shares
/// are of the flow's total as its reporter states it, where it does, so a partial breakdown
/// is not taken for the whole.
///
/// One direction is one flow seen by one reporter: the exporter's own statistics (valued
/// FOB) where they give the period's composition, else the importer's (valued CIF) — never
/// a mix of the two. Turnover adds the two directions, each from its reporter.
public struct Composition: Sendable {
    /// One chapter's line.
    public struct Row: Hashable, Sendable {
        /// The HS chapter.
        public var chapter: Int
        /// The value in the trade section's unit.
        public var value: Double
        /// The share of the period's total by chapter, 0…1.
        public var share: Double
        /// The change on the same period a year before, as a ratio (0.25 = +25%), when the
        /// same reporter gave that period's value for the chapter.
        public var change: Double?
        /// The figures the value adds up (one per direction), for citing.
        public var figures: [CommodityFigure]
    }

    /// The period described.
    public let period: Period
    /// The largest chapters, largest first.
    public let rows: [Row]
    /// The chapters beyond the largest, summed (nil when there are none).
    public let other: (value: Double, share: Double, chapters: Int)?
    /// The total of all chapters.
    public let total: Double
    /// What the same reporters give as the flows' totals, when they give them: shares are of
    /// this total, and what the chapters do not cover shows as "not broken down".
    public let reportedTotal: Double?
    /// The part of the reported total no chapter accounts for (nil without a reported total).
    public var unlisted: Double? { reportedTotal.map { max(0, $0 - total) } }
    /// What shares are of: the reported total where there is one, else the chapters' total.
    public var shareBase: Double { reportedTotal ?? total }
    /// Who reported each direction: exporter code → reporter code.
    public let reporters: [String: String]

    /// The composition of `measure` in `period`, with at most `limit` chapters listed; nil
    /// when the relation has no composition for it.
    public init?(_ trade: Trade, parties: [Party], period: Period, measure: TradeMeasure, limit: Int) {
        let directions: [String]
        switch measure {
        case .turnover: directions = parties.map(\.code)
        case .exports(let from): directions = [from]
        }
        var byChapter: [Int: (value: Double, figures: [CommodityFigure])] = [:]
        var reporters: [String: String] = [:]
        var previous: [Int: Double] = [:]
        var previousComplete = true
        let earlier = period.shifted(byMonths: -12)
        for from in directions {
            guard let reporter = Self.reporter(trade, period: period, from: from, parties: parties) else { continue }
            reporters[from] = reporter
            for figure in trade.composition
            where figure.period == period && figure.from == from && figure.reporter == reporter {
                byChapter[figure.chapter, default: (0, [])].value += figure.value.value
                byChapter[figure.chapter, default: (0, [])].figures.append(figure)
            }
            let before = trade.composition.filter {
                $0.period == earlier && $0.from == from && $0.reporter == reporter
            }
            if before.isEmpty { previousComplete = false }
            for figure in before { previous[figure.chapter, default: 0] += figure.value.value }
        }
        guard !byChapter.isEmpty else { return nil }
        let total = byChapter.values.reduce(0) { $0 + $1.value }
        // The flows' totals as the same reporters state them, when every direction has one.
        let totals = reporters.map { from, reporter in
            trade.figures.first { $0.period == period && $0.reporter == reporter && $0.exports[from] != nil }?
                .exports[from]?.value
        }
        let reported = totals.allSatisfy { $0 != nil } ? totals.reduce(0) { $0 + ($1 ?? 0) } : nil
        reportedTotal = reported.flatMap { $0 >= total ? $0 : nil }
        let base = reportedTotal ?? total
        let sorted = byChapter.sorted { ($1.value.value, $0.key) < ($0.value.value, $1.key) }
        let shown = sorted.count > limit ? max(0, limit - 1) : sorted.count
        self.period = period
        self.total = total
        self.reporters = reporters
        rows = sorted.prefix(shown).map { chapter, entry in
            var change: Double?
            if previousComplete, let before = previous[chapter], before > 0 { change = entry.value / before - 1 }
            return Row(
                chapter: chapter, value: entry.value, share: base > 0 ? entry.value / base : 0, change: change,
                figures: entry.figures)
        }
        let rest = sorted.dropFirst(shown)
        let restValue = rest.reduce(0) { $0 + $1.value.value }
        other = rest.isEmpty ? nil : (restValue, base > 0 ? restValue / base : 0, rest.count)
    }

    /// The same composition with at most `limit` chapters listed, the others summed.
    public func limited(to limit: Int) -> Composition {
        let chapters = rows.count + (other?.chapters ?? 0)
        guard chapters > limit, rows.count > max(0, limit - 1) else { return self }
        let shown = max(0, limit - 1)
        let folded = rows.dropFirst(shown)
        let value = folded.reduce(other?.value ?? 0) { $0 + $1.value }
        let share = shareBase > 0 ? value / shareBase : 0
        return Composition(
            period: period, rows: Array(rows.prefix(shown)),
            other: (value, share, folded.count + (other?.chapters ?? 0)),
            total: total, reportedTotal: reportedTotal, reporters: reporters)
    }

    private init(
        period: Period, rows: [Row], other: (value: Double, share: Double, chapters: Int)?, total: Double,
        reportedTotal: Double?, reporters: [String: String]
    ) {
        (self.period, self.rows, self.other, self.total) = (period, rows, other, total)
        (self.reportedTotal, self.reporters) = (reportedTotal, reporters)
    }

    /// Whose statistics give the composition of the flow from `from` in `period`: the
    /// exporter's where they do, else the importer's.
    static func reporter(_ trade: Trade, period: Period, from: String, parties: [Party]) -> String? {
        let reporting = Set(trade.composition.filter { $0.period == period && $0.from == from }.map(\.reporter))
        if reporting.contains(from) { return from }
        return parties.map(\.code).first { reporting.contains($0) } ?? reporting.sorted().first
    }

    /// The periods for which the relation has a composition, in order.
    public static func periods(_ trade: Trade) -> [Period] {
        Set(trade.composition.map(\.period)).sorted()
    }
}

extension Relation {
    /// Every measure the relation can chart: turnover, then each party's exports.
    public var tradeMeasures: [TradeMeasure] {
        [.turnover] + parties.map { .exports(from: $0.code) }
    }

    /// Whether a figure states both directions of trade between the two parties (what the
    /// balance view charts).
    public func statesBothDirections(_ figure: TradeFigure) -> Bool {
        parties.count == 2 && parties.allSatisfy { figure.exports[$0.code] != nil }
    }

    /// The figures that state both directions, as a series of the first party's exports in
    /// period order (what the balance view charts, beside the second party's); empty unless
    /// the relation has two parties.
    public var balanceSeries: TradeSeries {
        guard parties.count == 2 else { return TradeSeries(measure: .turnover, figures: []) }
        return TradeSeries(
            measure: .exports(from: parties[0].code), figures: trade.figures.filter(statesBothDirections))
    }

    /// The series of one measure.
    public func tradeSeries(_ measure: TradeMeasure, kinds: PeriodKinds = .all) -> TradeSeries {
        TradeSeries(
            measure: measure,
            figures: kinds == .all ? trade.figures : trade.figures.filter { kinds.contains($0.period) })
    }

    /// A name for a measure: `Turnover`, `Russia → Pakistan`.
    public func name(of measure: TradeMeasure) -> String {
        switch measure {
        case .turnover:
            return "Turnover"
        case .exports(let from):
            let exporter = party(code: from)?.name ?? from
            let importer = parties.first { $0.code != from }?.name ?? "?"
            return "\(exporter) → \(importer)"
        }
    }
}

/// Trade between the two parties over one period, as one source reports it.
///
/// A figure holds the turnover, the flows in each direction, or both. Two figures for the
/// same period and measure from different sources are both kept; the model marks them
/// disputed and never averages them.
public struct TradeFigure: Hashable, Sendable {
    /// The span of time covered.
    public var period: Period
    /// The party whose statistics these are, if stated (needed for fiscal years).
    public var reporter: String?
    /// Total trade both ways, if stated.
    public var turnover: Amount?
    /// Exports from each party to the other, keyed by the exporting party's code.
    public var exports: [String: Amount]
    /// Context that qualifies the figure.
    public var note: String?
    /// Where the figure comes from.
    public var provenance: Provenance

    /// Creates a trade figure.
    public init(
        period: Period, reporter: String? = nil, turnover: Amount? = nil,
        exports: [String: Amount] = [:], note: String? = nil, provenance: Provenance
    ) {
        self.period = period
        self.reporter = reporter
        self.turnover = turnover
        self.exports = exports
        self.note = note
        self.provenance = provenance
    }

    /// The fields of a trade figure as a relation file and a trade table name them.
    public enum Field: String, FieldName {
        case period, reporter, turnover, exports, note, source, confidence
    }

    /// The figure's value for a measure, if it states one.
    public func amount(for measure: TradeMeasure) -> Amount? {
        switch measure {
        case .turnover: turnover
        case .exports(let from): exports[from]
        }
    }
}

/// Which trade quantity a series follows.
public enum TradeMeasure: Hashable, Sendable {
    /// Trade both ways.
    case turnover
    /// Exports from the party with this code to the other party.
    case exports(from: String)
}

/// The trade section of a relation: its currency, unit and figures.
public struct Trade: Hashable, Sendable {
    /// The ISO currency code of every value, e.g. `USD`.
    public var currency: String
    /// The scale of every value, e.g. `million`.
    public var unit: TradeUnit
    /// The figures, in the order written.
    public var figures: [TradeFigure]
    /// What was traded, by HS chapter, where the data say (UN Comtrade rows below the total).
    public var composition: [CommodityFigure]

    /// Creates a trade section.
    public init(currency: String, unit: TradeUnit, figures: [TradeFigure], composition: [CommodityFigure] = []) {
        self.currency = currency
        self.unit = unit
        self.figures = figures
        self.composition = composition
    }

    /// The fields of the trade section of a relation file.
    public enum Field: String, FieldName {
        case currency, unit, figures, composition, table, comtrade, source, confidence
    }
}

/// The scale trade values are written in.
public enum TradeUnit: String, CaseIterable, Sendable, Codable {
    /// Values are plain currency units.
    case one
    /// Values are thousands.
    case thousand
    /// Values are millions.
    case million
    /// Values are billions.
    case billion

    /// How many currency units one written unit is.
    public var multiplier: Double {
        switch self {
        case .one: 1
        case .thousand: 1e3
        case .million: 1e6
        case .billion: 1e9
        }
    }
}

import TiesModel

/// What the trade panel shows.
public enum TradeView: Sendable, Equatable {
    /// The selected measure over time.
    case growth
    /// What was traded in the selected period, by HS chapter.
    case composition
    /// Both directions per period, with the first party's balance.
    case balance
}

/// How the sectors panel orders the sectors.
public enum SectorOrder: String, Sendable, Equatable, CaseIterable {
    /// As the relation lists them.
    case written = "as written"
    /// Blocked and stalled first, then prospective, growing, active.
    case status = "by status"
    /// Most blockers first.
    case blockers = "by blockers"
    /// By name.
    case name = "by name"
}

extension SectorStatus {
    /// Where a status sorts when trouble comes first.
    var rank: Int {
        switch self {
        case .blocked: 0
        case .stalled: 1
        case .prospective: 2
        case .growing: 3
        case .active: 4
        case .unknown: 5
        }
    }
}

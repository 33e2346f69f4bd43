/// Which periods a trade series keeps: every one, calendar periods only, or fiscal years only.
public enum PeriodKinds: String, Sendable, Equatable, CaseIterable {
    /// Every period.
    case all = "all periods"
    /// Calendar years, and runs of months within one calendar year.
    case calendar = "calendar only"
    /// Fiscal years.
    case fiscal = "fiscal only"

    /// Whether a period is of these kinds.
    public func contains(_ period: Period) -> Bool {
        switch self {
        case .all: true
        case .fiscal: period.isFiscal
        case .calendar: !period.isFiscal && period.firstMonth.year == period.lastMonth.year
        }
    }
}

/// The span of time a trade figure covers.
///
/// Written `2023` (calendar year), `FY2022-23` (a fiscal year of the reporting party), or
/// `2018-01..2018-10` (an explicit run of months, often a partial year). Fiscal and calendar
/// years are kept apart: `FY2022-23` is never shown as `2022` or `2023`.
public enum Period: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// A calendar year, January to December.
    case calendarYear(Int)
    /// A fiscal year starting in `startYear` at month `startMonth` and lasting twelve months.
    case fiscalYear(startYear: Int, startMonth: Int)
    /// The months from `first` to `last`, both included.
    case months(first: YearMonth, last: YearMonth)

    /// The first month covered.
    public var firstMonth: YearMonth {
        switch self {
        case .calendarYear(let year): YearMonth(year: year, month: 1)
        case .fiscalYear(let year, let month): YearMonth(year: year, month: month)
        case .months(let first, _): first
        }
    }

    /// The last month covered.
    public var lastMonth: YearMonth {
        switch self {
        case .calendarYear(let year): YearMonth(year: year, month: 12)
        case .fiscalYear: firstMonth.adding(months: 11)
        case .months(_, let last): last
        }
    }

    /// The first day covered.
    public var firstDay: Day { Day(known: firstMonth.year, month: firstMonth.month, day: 1) }

    /// The last day covered.
    public var lastDay: Day {
        Day(
            known: lastMonth.year, month: lastMonth.month, day: Day.daysIn(year: lastMonth.year, month: lastMonth.month)
        )
    }

    /// The number of months covered.
    public var monthCount: Int { lastMonth.index - firstMonth.index + 1 }

    /// Whether the period covers less than a full year.
    public var isPartial: Bool { monthCount < 12 }

    /// Whether the period is a fiscal year.
    public var isFiscal: Bool {
        if case .fiscalYear = self { return true }
        return false
    }

    /// The middle of the period in months since year 0, for measuring time between periods.
    public var midpoint: Double { Double(firstMonth.index + lastMonth.index + 1) / 2 }

    /// Orders by first month, then by last month.
    public static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.firstMonth.index, lhs.lastMonth.index) < (rhs.firstMonth.index, rhs.lastMonth.index)
    }

    /// The written form, as in a relation file.
    public var description: String {
        switch self {
        case .calendarYear(let year):
            return Day.pad(year, 4)
        case .fiscalYear(let year, _):
            return "FY\(Day.pad(year, 4))-\(Day.pad((year + 1) % 100, 2))"
        case .months(let first, let last):
            return "\(first)..\(last)"
        }
    }

    /// The months covered, in words: `Jul 2022 – Jun 2023`.
    public var spanText: String {
        "\(monthAbbreviations[firstMonth.month - 1]) \(firstMonth.year) – "
            + "\(monthAbbreviations[lastMonth.month - 1]) \(lastMonth.year)"
    }

    /// A short label for axes and tables: `2023`, `FY22-23`, `Jan–Oct 2018`.
    public var shortLabel: String {
        switch self {
        case .calendarYear(let year):
            return "\(year)"
        case .fiscalYear(let year, _):
            return "FY\(Day.pad(year % 100, 2))-\(Day.pad((year + 1) % 100, 2))"
        case .months(let first, let last) where first.year == last.year:
            if first == last { return "\(monthAbbreviations[first.month - 1]) \(first.year)" }
            return "\(monthAbbreviations[first.month - 1])–\(monthAbbreviations[last.month - 1]) \(first.year)"
        case .months(let first, let last):
            return "\(monthAbbreviations[first.month - 1]) \(first.year % 100)–"
                + "\(monthAbbreviations[last.month - 1]) \(last.year % 100)"
        }
    }

    /// What went wrong parsing a period.
    public enum ParseError: Error, Sendable, Equatable {
        /// Not one of the accepted forms.
        case malformed
        /// A fiscal year whose reporting party has no fiscal-year start month.
        case fiscalYearNeedsStart
        /// A month range whose end is before its start.
        case endBeforeStart
    }

    /// Parses a written period; `fiscalYearStart` is the reporting party's start month, if any.
    public static func parse(_ text: String, fiscalYearStart: Int?) -> Result<Period, ParseError> {
        if text.hasPrefix("FY") {
            let body = text.dropFirst(2).split(separator: "-", omittingEmptySubsequences: false)
            guard body.count == 2, body[0].count == 4, body[1].count == 2,
                body.allSatisfy({ $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }),
                let year = Int(body[0]), let next = Int(body[1]), next == (year + 1) % 100
            else { return .failure(.malformed) }
            guard let start = fiscalYearStart else { return .failure(.fiscalYearNeedsStart) }
            return .success(.fiscalYear(startYear: year, startMonth: start))
        }
        let ends = text.components(separatedBy: "..")
        if ends.count == 2 {
            guard case .month(let y1, let m1)? = DatePoint(parsing: ends[0]),
                case .month(let y2, let m2)? = DatePoint(parsing: ends[1])
            else { return .failure(.malformed) }
            let first = YearMonth(year: y1, month: m1)
            let last = YearMonth(year: y2, month: m2)
            guard first <= last else { return .failure(.endBeforeStart) }
            return .success(.months(first: first, last: last))
        }
        guard ends.count == 1, case .year(let year)? = DatePoint(parsing: text) else {
            return .failure(.malformed)
        }
        return .success(.calendarYear(year))
    }
}

/// A month of a year.
public struct YearMonth: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The year.
    public var year: Int
    /// The month, 1–12.
    public var month: Int

    /// Creates a month of a year; `month` must be 1–12.
    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// Months since January of year 0.
    public var index: Int { year * 12 + month - 1 }

    /// The month `count` months later.
    public func adding(months count: Int) -> YearMonth {
        let index = self.index + count
        return YearMonth(year: index / 12, month: index % 12 + 1)
    }

    /// Orders chronologically.
    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { lhs.index < rhs.index }

    /// The written form, `YYYY-MM`.
    public var description: String { "\(Day.pad(year, 4))-\(Day.pad(month, 2))" }
}

extension Period {
    /// The same span moved by a number of months (a fiscal year stays a fiscal year).
    public func shifted(byMonths months: Int) -> Period {
        switch self {
        case .calendarYear(let year) where months % 12 == 0:
            return .calendarYear(year + months / 12)
        case .fiscalYear(let startYear, let startMonth) where months % 12 == 0:
            return .fiscalYear(startYear: startYear + months / 12, startMonth: startMonth)
        default:
            return .months(first: firstMonth.adding(months: months), last: lastMonth.adding(months: months))
        }
    }
}

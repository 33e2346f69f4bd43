/// A date known to the precision of a year, a month or a day.
///
/// Written `2024`, `2024-10` or `2024-10-01`. A point covers every day from `firstDay`
/// to `lastDay`, so `2024` ends on 31 December 2024.
public enum DatePoint: Hashable, Sendable, CustomStringConvertible {
    /// A whole year.
    case year(Int)
    /// A month of a year.
    case month(year: Int, month: Int)
    /// One day.
    case day(Day)

    /// The first day the point covers.
    public var firstDay: Day {
        switch self {
        case .year(let year): Day(known: year, month: 1, day: 1)
        case .month(let year, let month): Day(known: year, month: month, day: 1)
        case .day(let day): day
        }
    }

    /// The last day the point covers.
    public var lastDay: Day {
        switch self {
        case .year(let year):
            Day(known: year, month: 12, day: 31)
        case .month(let year, let month):
            Day(known: year, month: month, day: Day.daysIn(year: year, month: month))
        case .day(let day): day
        }
    }

    /// The year the point falls in.
    public var year: Int { firstDay.year }

    /// A human form with only the precision known: `2024`, `Nov 2022`, `1 Oct 2024`.
    public var displayText: String {
        switch self {
        case .year(let year): "\(year)"
        case .month(let year, let month): "\(monthAbbreviations[month - 1]) \(year)"
        case .day(let day): "\(day.day) \(monthAbbreviations[day.month - 1]) \(day.year)"
        }
    }

    /// The written form: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var description: String {
        switch self {
        case .year(let year): Day.pad(year, 4)
        case .month(let year, let month): "\(Day.pad(year, 4))-\(Day.pad(month, 2))"
        case .day(let day): day.description
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else or an impossible date.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count) else { return nil }
        var numbers: [Int] = []
        for (part, width) in zip(parts, widths) {
            guard part.count == width, part.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let number = Int(part)
            else { return nil }
            numbers.append(number)
        }
        switch numbers.count {
        case 1:
            self = .year(numbers[0])
        case 2:
            guard (1...12).contains(numbers[1]) else { return nil }
            self = .month(year: numbers[0], month: numbers[1])
        default:
            guard let day = Day(year: numbers[0], month: numbers[1], day: numbers[2]) else {
                return nil
            }
            self = .day(day)
        }
    }
}

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
        var text = text
        guard let point = text.withUTF8({ DatePoint(bytes: $0) }) else { return nil }
        self = point
    }

    /// Parses the UTF-8 of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, digits only, without allocating.
    init?(bytes: UnsafeBufferPointer<UInt8>) {
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= bytes.count else { return nil }
            var value = 0
            for index in start..<start + count {
                let digit = Int(bytes[index]) - 0x30
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        func dash(_ index: Int) -> Bool { index < bytes.count && bytes[index] == UInt8(ascii: "-") }
        switch bytes.count {
        case 4:
            guard let year = number(0, 4) else { return nil }
            self = .year(year)
        case 7:
            guard let year = number(0, 4), dash(4), let month = number(5, 2), (1...12).contains(month) else {
                return nil
            }
            self = .month(year: year, month: month)
        case 10:
            guard let year = number(0, 4), dash(4), let month = number(5, 2), dash(7), let day = number(8, 2),
                let date = Day(year: year, month: month, day: day)
            else { return nil }
            self = .day(date)
        default:
            return nil
        }
    }

    /// The point in 32 bits (precision, year, month, day); never 0, so 0 can mean "none".
    var packed: UInt32 {
        let (precision, year, month, day): (UInt32, Int, Int, Int) =
            switch self {
            case .year(let year): (1, year, 0, 0)
            case .month(let year, let month): (2, year, month, 0)
            case .day(let day): (3, day.year, day.month, day.day)
            }
        let storedYear = UInt32(truncatingIfNeeded: Int32(clamping: year) &+ 0x8000) & 0xFFFF
        return precision << 30 | storedYear << 9 | UInt32(month & 0xF) << 5 | UInt32(day & 0x1F)
    }

    /// The point packed by ``packed``.
    init(packed: UInt32) {
        let year = Int(packed >> 9 & 0xFFFF) - 0x8000
        let month = Int(packed >> 5 & 0xF)
        let day = Int(packed & 0x1F)
        switch packed >> 30 {
        case 1: self = .year(year)
        case 2: self = .month(year: year, month: month)
        default: self = .day(Day(known: year, month: month, day: day))
        }
    }
}

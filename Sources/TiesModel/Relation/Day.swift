/// A calendar day, without time or time zone.
///
/// Stored in eight bytes, since a table may hold millions of dates.
public struct Day: Hashable, Sendable, Comparable, CustomStringConvertible {
    private var storedYear: Int32
    private var storedMonth: UInt8
    private var storedDay: UInt8

    /// The year, e.g. 2024 (0–9999 as written in files).
    public var year: Int {
        get { Int(storedYear) }
        set { storedYear = Int32(clamping: newValue) }
    }
    /// The month, 1–12.
    public var month: Int {
        get { Int(storedMonth) }
        set { storedMonth = UInt8(clamping: newValue) }
    }
    /// The day of the month, 1–31.
    public var day: Int {
        get { Int(storedDay) }
        set { storedDay = UInt8(clamping: newValue) }
    }

    /// Creates a day, or returns nil when no such day exists (e.g. 2023-02-29).
    public init?(year: Int, month: Int, day: Int) {
        guard (-9999...9999).contains(year), (1...12).contains(month),
            (1...Day.daysIn(year: year, month: month)).contains(day)
        else { return nil }
        storedYear = Int32(year)
        storedMonth = UInt8(month)
        storedDay = UInt8(day)
    }

    /// Creates a day the caller has already checked, such as the first or last of a month.
    init(known year: Int, month: Int, day: Int) {
        storedYear = Int32(clamping: year)
        storedMonth = UInt8(clamping: month)
        storedDay = UInt8(clamping: day)
    }

    /// The number of days in a month of a year, counting leap years.
    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Whether a year of the Gregorian calendar has 29 February.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Orders days chronologically.
    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.storedYear, lhs.storedMonth, lhs.storedDay) < (rhs.storedYear, rhs.storedMonth, rhs.storedDay)
    }

    /// Days since 1 January of year 0 in the proleptic Gregorian calendar, for measuring spans.
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shifted = (month + 9) % 12
        let dayOfYear = (153 * shifted + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra + 60
    }

    /// The ISO form, `YYYY-MM-DD`.
    public var description: String {
        "\(Day.pad(year, 4))-\(Day.pad(month, 2))-\(Day.pad(day, 2))"
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// The English abbreviations of the months, January first.
public let monthAbbreviations = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
]

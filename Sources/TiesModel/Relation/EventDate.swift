/// When an event happened or is planned: one date point or a range of two.
///
/// Written `2024-10-01`, `2022-11`, `2024`, or `A..B` such as `2024-10-01..2024-10-02`.
/// The end of a range is never before its start.
///
/// Stored in eight bytes (each point packed), since a table may hold millions of dates.
public struct EventDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    private var packedStart: UInt32
    private var packedEnd: UInt32

    /// The start, or the only point.
    public var start: DatePoint {
        get { DatePoint(packed: packedStart) }
        set { packedStart = newValue.packed }
    }

    /// The end of a range; nil for a single point.
    public var end: DatePoint? {
        get { packedEnd == 0 ? nil : DatePoint(packed: packedEnd) }
        set { packedEnd = newValue?.packed ?? 0 }
    }

    /// Creates a date from a point and an optional end, or nil when the end precedes the start.
    public init?(start: DatePoint, end: DatePoint? = nil) {
        if let end, end.lastDay < start.firstDay { return nil }
        packedStart = start.packed
        packedEnd = end?.packed ?? 0
    }

    /// The first day covered.
    public var firstDay: Day { start.firstDay }
    /// The last day covered.
    public var lastDay: Day { (end ?? start).lastDay }

    /// Orders by first day, then by last day, so a longer event sorts after a shorter one.
    public static func < (lhs: EventDate, rhs: EventDate) -> Bool {
        (lhs.firstDay, lhs.lastDay) < (rhs.firstDay, rhs.lastDay)
    }

    /// The written form, as in a relation file.
    public var description: String {
        if let end { return "\(start)..\(end)" }
        return start.description
    }

    /// A human form that states only the precision known: `1–2 Oct 2024`, `Nov 2022`, `2024`.
    public var displayText: String { displayText() }

    /// A human form, optionally without a year the reader already knows and with another
    /// separator between the ends of a range.
    ///
    /// Under a `2024` heading, `displayText(omittingYear: 2024, rangeSeparator: "–")` gives
    /// `1–2 Oct`, `24 Sep–10 Oct`, `Nov`; a date outside that year keeps its years, and a
    /// date known only to the year stays `2024`.
    public func displayText(omittingYear known: Int? = nil, rangeSeparator: String = " – ") -> String {
        let omit = known != nil && firstDay.year == known && lastDay.year == known
        let year = { (value: Int) in omit ? "" : " \(value)" }
        func point(_ point: DatePoint) -> String {
            guard omit else { return point.displayText }
            switch point {
            case .year(let value): return "\(value)"
            case .month(_, let month): return monthAbbreviations[month - 1]
            case .day(let day): return "\(day.day) \(monthAbbreviations[day.month - 1])"
            }
        }
        guard let end else { return point(start) }
        switch (start, end) {
        case (.day(let a), .day(let b)) where a.year == b.year && a.month == b.month:
            return "\(a.day)–\(b.day) \(monthAbbreviations[a.month - 1])" + year(a.year)
        case (.day(let a), .day(let b)) where a.year == b.year:
            return "\(a.day) \(monthAbbreviations[a.month - 1])\(rangeSeparator)"
                + "\(b.day) \(monthAbbreviations[b.month - 1])" + year(a.year)
        case (.month(let y1, let m1), .month(let y2, let m2)) where y1 == y2:
            return "\(monthAbbreviations[m1 - 1])–\(monthAbbreviations[m2 - 1])" + year(y1)
        default:
            return point(start) + rangeSeparator + point(end)
        }
    }

    /// Why a text is not a valid event date, or nil with the date when it is.
    public static func parse(_ text: String) -> Result<EventDate, EventDateError> {
        var text = text
        return text.withUTF8 { bytes in
            var split: Int?
            var index = 0
            while index + 1 < bytes.count {
                if bytes[index] == UInt8(ascii: "."), bytes[index + 1] == UInt8(ascii: ".") {
                    guard split == nil else { return .failure(.malformed) }
                    split = index
                    index += 2
                    continue
                }
                index += 1
            }
            guard let split else {
                guard let start = DatePoint(bytes: UnsafeBufferPointer(rebasing: bytes[...])) else {
                    return .failure(.malformed)
                }
                return EventDate(start: start).map(Result.success) ?? .failure(.malformed)
            }
            guard let start = DatePoint(bytes: UnsafeBufferPointer(rebasing: bytes[..<split])),
                let end = DatePoint(bytes: UnsafeBufferPointer(rebasing: bytes[(split + 2)...]))
            else { return .failure(.malformed) }
            guard let date = EventDate(start: start, end: end) else { return .failure(.endBeforeStart) }
            return .success(date)
        }
    }
}

/// Why a text is not a valid event date.
public enum EventDateError: Error, Sendable {
    /// Not of the form YYYY, YYYY-MM, YYYY-MM-DD or A..B, or an impossible date.
    case malformed
    /// A range whose end is before its start.
    case endBeforeStart
}

import TiesModel

/// How many terminal columns text takes, as the C library's `wcwidth` (and so ncurses, which
/// places every cell by it) measures it: 2 for wide characters and most emoji, 0 for
/// combining marks, 1 otherwise.
///
/// A grapheme cluster is measured as it is drawn (see ``DrawnText``): what curses cannot put
/// in one cell is first turned into something it can, so the width here is the width on
/// screen.
public enum DisplayWidth {
    /// The columns one grapheme cluster takes once drawn.
    public static func of(_ character: Character) -> Int {
        var scalars = character.unicodeScalars.makeIterator()
        if let first = scalars.next(), scalars.next() == nil, !DrawnText.isRegionalIndicator(first) {
            // One scalar: its own width, or a placeholder's 1 for what cannot be drawn.
            let width = of(first)
            return width < 0 ? 1 : width
        }
        return DrawnText.cells(of: character).reduce(0) { $0 + $1.width }
    }

    /// The columns a string takes once drawn.
    public static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// The columns one scalar takes on its own, as `wcwidth` gives it; -1 for a code point
    /// the C library cannot draw (unassigned, a surrogate) or that is drawn as a placeholder (a control).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        // A control is drawn as its placeholder, even one `wcwidth` gives no width (U+200E), and
        // so is a prepended mark (see ``DrawnText``).
        if VisibleText.isControl(scalar) || DrawnText.isPrepended(scalar) { return -1 }
        let value = scalar.value
        if value < 0x300 { return 1 }
        if contains(WidthTable.zero, value) { return 0 }
        if contains(WidthTable.double, value) { return 2 }
        if contains(WidthTable.undrawable, value) { return -1 }
        return 1
    }

    private static func contains(_ ranges: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if value < ranges[middle].lowerBound {
                high = middle - 1
            } else if value > ranges[middle].upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}

/// What a grapheme cluster becomes on a grid of terminal cells.
///
/// Curses puts one spacing character and up to four combining marks in a cell and places it
/// by the C library's width. So a cluster is drawn as its first character with the zero-width
/// marks that follow it; what else it holds is turned into something of known width:
/// - a flag (two regional indicators) becomes its two letters, `🇯🇵` → `JP`;
/// - a ZWJ sequence (`👩‍💻`) becomes its first emoji; skin tones and variation selectors are
///   dropped, so an emoji is as wide as `wcwidth` says;
/// - control characters become the placeholders of ``VisibleText``, and a code point the C
///   library cannot draw (unassigned, newer than its Unicode) becomes `�`;
/// - a prepended mark (U+0600 ARABIC NUMBER SIGN, …), which joins whatever follows it, even
///   the text of the next cell once a row is read back, becomes `�` in a cell of its own, and
///   the rest of its cluster is drawn after it.
public enum DrawnText {
    /// One cell's worth: the text sent to the terminal and the columns it takes (1 or 2), or
    /// 0 for marks that attach to the cell before.
    public struct Piece: Equatable, Sendable {
        /// The text.
        public let text: String
        /// The columns.
        public let width: Int
    }

    /// The most combining marks drawn on one cell (ncurses holds five characters per cell).
    static let markLimit = 4

    /// The pieces a grapheme cluster is drawn as, in order.
    public static func cells(of character: Character) -> [Piece] {
        let scalars = Array(character.unicodeScalars)
        guard let first = scalars.first else { return [] }
        if scalars.contains(where: { VisibleText.isControl($0) }) {
            return scalars.map { Piece(text: String(VisibleText.placeholder(for: $0) ?? placeholder), width: 1) }
        }
        if isPrepended(first) {
            let rest = String(String.UnicodeScalarView(scalars.dropFirst()))
            return [Piece(text: String(placeholder), width: 1)] + rest.flatMap { cells(of: $0) }
        }
        if isRegionalIndicator(first) {
            return scalars.filter(isRegionalIndicator).prefix(2).map { indicator in
                Piece(text: String(UnicodeScalar(indicator.value - 0x1F1E6 + 0x41) ?? "?"), width: 1)
            }
        }
        let width = DisplayWidth.of(first)
        if width < 0 { return [Piece(text: String(placeholder), width: 1)] }
        var text = String.UnicodeScalarView([first])
        var marks = 0
        for scalar in scalars.dropFirst() {
            if scalar == "\u{200D}" { break }
            guard DisplayWidth.of(scalar) == 0, !isVariationSelector(scalar), marks < markLimit else { continue }
            text.append(scalar)
            marks += 1
        }
        return [Piece(text: String(text), width: width)]
    }

    /// The replacement for what cannot be drawn.
    static let placeholder: Unicode.Scalar = "\u{FFFD}"

    /// Whether a scalar is a prepended mark: one that forms a grapheme cluster with the
    /// character after it (Grapheme_Cluster_Break=Prepend, as Swift's `Character` has it).
    static func isPrepended(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard value >= 0x600 else { return false }
        return prepended.contains { $0.contains(value) }
    }

    /// The prepended marks of Unicode 16 (those `String(scalar) + "a"` makes one character).
    private static let prepended: [ClosedRange<UInt32>] = [
        0x600...0x605, 0x6DD...0x6DD, 0x70F...0x70F, 0x890...0x891, 0x8E2...0x8E2, 0xD4E...0xD4E,
        0x110BD...0x110BD, 0x110CD...0x110CD, 0x111C2...0x111C3, 0x113D1...0x113D1, 0x1193F...0x1193F,
        0x11941...0x11941, 0x11A84...0x11A89, 0x11D46...0x11D46, 0x11F02...0x11F02,
    ]

    /// Whether a scalar is half of a flag.
    static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    private static func isVariationSelector(_ scalar: Unicode.Scalar) -> Bool {
        (0xFE00...0xFE0F).contains(scalar.value) || (0xE0100...0xE01EF).contains(scalar.value)
    }
}

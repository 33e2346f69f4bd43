/// The characters the dashboard's own chrome is drawn with, per symbol set.
///
/// With `ascii` symbols every border, bar, marker and separator is plain ASCII, for
/// terminals and fonts without Unicode line drawing.
struct Glyphs {
    /// Between items on one line: ` · ` or ` | `.
    let separator: String
    /// Marks text that was cut.
    let ellipsis: String
    /// The lines of an unfocused panel's border.
    let box: BoxLines
    /// The lines of the focused panel's border (rounded corners where Unicode allows).
    let focusedBox: BoxLines
    /// Marks the selected row of the focused panel.
    let selected: String
    /// Marks the selected row of an unfocused panel.
    let selectedUnfocused: String
    /// Marks a partial period.
    let partial: String
    /// Marks a planned event.
    let planned: String
    /// Marks an event from the news layer.
    let news: String
    /// Between two ends of a span: `→` or `->`.
    let arrow: String
    /// The search cursor.
    let cursor: String
    /// Between the parts of the title bar: ` │ ` or ` | `.
    let titleDivider: String
    /// Stands for zero or no value in a column of numbers: `·` or `.`.
    let nothing: String
    /// Before a value that is a lower bound: `≥` or `>=`.
    let atLeast: String
    /// A minus sign: `−` or `-`.
    let minus: String
    /// A legend's colour sample: `■` or `#`.
    let legendKey: String
    /// A choice that is chosen, or not, in a picker: `☑ `/`☐ ` or `[x] `/`[ ] `.
    let chosen: String
    let notChosen: String

    static func `for`(_ symbols: SymbolSet) -> Glyphs {
        symbols == .ascii ? ascii : unicode
    }

    /// A horizontal rule segment, the same as a border's.
    var rule: String { box.horizontal }

    static let unicode = Glyphs(
        separator: " · ", ellipsis: "…",
        box: BoxLines(
            topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘", horizontal: "─", vertical: "│"),
        focusedBox: BoxLines(
            topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯", horizontal: "─", vertical: "│"),
        selected: "▶", selectedUnfocused: "▷", partial: "◐",
        planned: "◷", news: "◇", arrow: "→", cursor: "▏", titleDivider: " │ ", nothing: "·", atLeast: "≥",
        minus: "−", legendKey: "■", chosen: "☑ ", notChosen: "☐ ")
    static let ascii = Glyphs(
        separator: " | ", ellipsis: "~", box: .ascii, focusedBox: .ascii, selected: ">", selectedUnfocused: "-",
        partial: "~",
        planned: "*", news: "~", arrow: "->", cursor: "_", titleDivider: " | ", nothing: ".", atLeast: ">=",
        minus: "-", legendKey: "#", chosen: "[x] ", notChosen: "[ ] ")
}

/// The characters of a box: corners, horizontal and vertical lines.
struct BoxLines {
    let topLeft, topRight, bottomLeft, bottomRight, horizontal, vertical: String

    static let ascii = BoxLines(
        topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", horizontal: "-", vertical: "|")
}

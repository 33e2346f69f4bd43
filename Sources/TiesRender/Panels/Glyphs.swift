/// The characters the dashboard's own chrome is drawn with, per symbol set.
///
/// With `ascii` symbols every border, bar, marker and separator is plain ASCII, for
/// terminals and fonts without Unicode line drawing.
struct Glyphs {
    /// Between items on one line: ` · ` or ` | `.
    let separator: String
    /// Marks text that was cut.
    let ellipsis: String
    /// A horizontal rule segment.
    let rule: String
    /// Marks the selected row of the focused panel.
    let selected: String
    /// Marks the selected row of an unfocused panel.
    let selectedUnfocused: String
    /// Marks a partial period.
    let partial: String
    /// Marks a planned event.
    let planned: String
    /// Between two ends of a span: `→` or `->`.
    let arrow: String
    /// The search cursor.
    let cursor: String

    static func `for`(_ symbols: SymbolSet) -> Glyphs {
        symbols == .ascii ? ascii : unicode
    }

    static let unicode = Glyphs(
        separator: " · ", ellipsis: "…", rule: "─", selected: "▶", selectedUnfocused: "▷", partial: "◐",
        planned: "◷", arrow: "→", cursor: "▏")
    static let ascii = Glyphs(
        separator: " | ", ellipsis: "~", rule: "-", selected: ">", selectedUnfocused: "-", partial: "~",
        planned: "*", arrow: "->", cursor: "_")
}

/// Draws the selection of a list row: its background and the marker in its first column.
enum Selection {
    /// Paints the row if it is selected and returns the background role its text should use.
    ///
    /// The focused panel's selection is a bar: the selection background and `▶`, drawn in
    /// ``bar``; an unfocused panel keeps a quieter `▷`, so the selection is visible even
    /// without colour.
    static func begin(_ canvas: inout Canvas, _ row: Rect, selected: Bool, panel: PanelID, state: ViewState) -> Role {
        guard selected else { return .background }
        let glyphs = Glyphs.for(state.symbols)
        let focused = state.focus == panel && state.overlay == nil
        let background: Role = focused ? .selection : .background
        if focused { canvas.fill(row, style: bar) }
        canvas.write(
            focused ? glyphs.selected : glyphs.selectedUnfocused, x: row.x, y: row.y,
            style: focused ? bar : Style(.muted, background: background, [.bold]))
        return background
    }

    /// The one style of a focused selection's text: bold text on the selection background.
    ///
    /// A text row that is the focused selection is drawn in it whole, as htop, k9s and
    /// visidata draw their cursor row: it reads at a glance, and moving it costs the terminal
    /// one change of colours for the row rather than one per column (each change of colours
    /// on a background sends both, and each end of bold a full reset).
    static let bar = Style(.text, background: .selection, [.bold])

    /// The style of a part of a text row whose background ``begin(_:_:selected:panel:state:)``
    /// returned: its own role and attributes, or on the focused selection, ``bar``.
    static func style(_ role: Role, on background: Role, _ attributes: Attributes = []) -> Style {
        background == .selection ? bar : Style(role, background: background, attributes)
    }
}

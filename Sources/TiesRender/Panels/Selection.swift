/// Draws the selection of a list row: its background and the marker in its first column.
enum Selection {
    /// Paints the row if it is selected and returns the background role its text should use.
    ///
    /// The focused panel's selection gets the selection background and `▶`; an unfocused
    /// panel keeps a quieter `▷`, so the selection is visible even without colour.
    static func begin(_ canvas: inout Canvas, _ row: Rect, selected: Bool, panel: PanelID, state: ViewState) -> Role {
        guard selected else { return .background }
        let glyphs = Glyphs.for(state.symbols)
        let focused = state.focus == panel && state.overlay == nil
        let background: Role = focused ? .selection : .background
        if focused { canvas.fill(row, style: Style(background: background)) }
        canvas.write(
            focused ? glyphs.selected : glyphs.selectedUnfocused, x: row.x, y: row.y,
            style: Style(focused ? .focusedBorder : .muted, background: background, [.bold]))
        return background
    }
}

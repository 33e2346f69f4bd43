/// Draws the selection of a list row — its background and the marker in its first column —
/// and says how the row's parts are drawn.
enum Selection {
    /// How the parts of a list row are drawn, once ``Selection/begin(_:_:selected:panel:state:)``
    /// has painted its selection.
    struct Row {
        /// Whether the row is its panel's selected one, focused or not.
        let isSelected: Bool
        /// Whether the row is the focused panel's selection, drawn as ``Selection/bar``.
        let isBar: Bool

        /// The row's background: the selection's on the bar, the panel's elsewhere.
        var background: Role { isBar ? .selection : .background }

        /// The style of a part of the row: its own role and attributes, or on the bar, the
        /// bar's one style.
        func style(_ role: Role, _ attributes: Attributes = []) -> Style {
            isBar ? Selection.bar : Style(role, background: background, attributes)
        }

        /// The style of a part that keeps its colour on the bar too, where the colour is what
        /// it says: a chart's bars, a search match.
        func keeping(_ role: Role, _ attributes: Attributes = []) -> Style {
            Style(role, background: background, attributes)
        }
    }

    /// Paints the row if it is selected, and returns how its parts are drawn.
    ///
    /// The focused panel's selection is a bar: the selection background and `▶`, drawn in
    /// ``bar``; an unfocused panel keeps a quieter `▷` and the row's own colours, so the
    /// selection is visible even without colour.
    static func begin(_ canvas: inout Canvas, _ row: Rect, selected: Bool, panel: PanelID, state: ViewState) -> Row {
        guard selected else { return Row(isSelected: false, isBar: false) }
        let glyphs = Glyphs.for(state.symbols)
        let focused = state.focus == panel && state.overlay == nil
        if focused { canvas.fill(row, style: bar) }
        canvas.write(
            focused ? glyphs.selected : glyphs.selectedUnfocused, x: row.x, y: row.y,
            style: focused ? bar : Style(.muted, [.bold]))
        return Row(isSelected: true, isBar: focused)
    }

    /// The one style of a focused selection's text: bold text on the selection background.
    ///
    /// A row that is the focused selection is drawn in it, as htop, k9s and visidata draw
    /// their cursor row, except for the parts whose colour is their meaning (``Row/keeping(_:_:)``):
    /// it reads at a glance, and moving it costs the terminal one change of colours for the
    /// row rather than one per column (each change of colours on a background sends both,
    /// and each end of bold a full reset).
    static let bar = Style(.text, background: .selection, [.bold])
}

/// The narrow layout's tab strip: `1 Trade  2 Events  3 Sectors`.
public enum TabStrip {
    /// The tab labels in order, each with its panel.
    static func tabs(_ panels: PanelSet) -> [(panel: PanelID, label: String)] {
        panels.entries.enumerated().map { index, entry in (entry.panel.id, " \(index + 1) \(entry.panel.shortName) ") }
    }

    /// The panel whose tab covers a column.
    public static func panel(atColumn column: Int, panels: PanelSet) -> PanelID? {
        var x = 0
        for tab in tabs(panels) {
            let width = DisplayWidth.of(tab.label)
            if (x..<x + width).contains(column) { return tab.panel }
            x += width + 1
        }
        return nil
    }

    static func draw(_ canvas: inout Canvas, _ rect: Rect, state: ViewState) {
        var x = rect.x
        for tab in tabs(state.panels) {
            let style =
                tab.panel == state.focus ? Style(.focusedBorder, background: .selection, [.bold]) : Style(.muted)
            x += canvas.write(tab.label, x: x, y: rect.y, style: style, clip: rect) + 1
        }
    }
}

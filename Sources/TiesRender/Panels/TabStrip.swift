/// The narrow layout's tab strip: `1 Trade  2 Events  3 Sectors`.
public enum TabStrip {
    /// The tab labels in order, each with its panel.
    static var tabs: [(panel: Panel, label: String)] {
        Panel.allCases.map { ($0, " \($0.rawValue) \($0.name) ") }
    }

    /// The panel whose tab covers a column.
    public static func panel(atColumn column: Int) -> Panel? {
        var x = 0
        for tab in tabs {
            let width = DisplayWidth.of(tab.label)
            if (x..<x + width).contains(column) { return tab.panel }
            x += width + 1
        }
        return nil
    }

    static func draw(_ canvas: inout Canvas, _ rect: Rect, focus: Panel) {
        var x = rect.x
        for tab in tabs {
            let style =
                tab.panel == focus ? Style(.focusedBorder, background: .selection, [.bold]) : Style(.muted)
            x += canvas.write(tab.label, x: x, y: rect.y, style: style, clip: rect) + 1
        }
    }
}

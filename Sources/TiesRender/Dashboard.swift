/// Draws the whole dashboard for a view state into a canvas.
///
/// A pure function of the state: the same state always gives the same frame, which is
/// what the tests compare with expected lines of text.
public enum Dashboard {
    /// The frame for a state.
    public static func render(_ state: ViewState, table: KeyTable = .standard) -> Canvas {
        var canvas = Canvas(size: state.size)
        let layout = state.layout
        guard layout.mode != .tooSmall else {
            TooSmallScreen.draw(&canvas, size: state.size)
            return canvas
        }
        TitleBar.draw(&canvas, layout.titleBar, state: state)
        if let tabs = layout.tabStrip { TabStrip.draw(&canvas, tabs, focus: state.focus) }
        for (panel, rect) in layout.panels.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            switch panel {
            case .trade: TradePanel.draw(&canvas, rect, state: state)
            case .events: EventsPanel.draw(&canvas, rect, state: state)
            case .sectors: SectorsPanel.draw(&canvas, rect, state: state)
            }
        }
        OverlayView.draw(&canvas, state: state, table: table)
        if let banner = state.banner {
            let lines = TextWrap.lines(banner, width: state.size.width - 2).prefix(3)
            for (offset, line) in lines.enumerated() {
                canvas.writePadded(
                    " \(line)", x: 0, y: layout.statusLine.y - lines.count + offset, width: state.size.width,
                    style: Style(.warning, background: .overlay, [.bold]))
            }
        }
        StatusLine.draw(&canvas, layout.statusLine, state: state, table: table)
        return canvas
    }
}

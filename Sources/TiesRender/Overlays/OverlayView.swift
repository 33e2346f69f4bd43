/// Draws the open overlay (detail or help) in a bordered box over the dashboard.
enum OverlayView {
    static func draw(_ canvas: inout Canvas, state: ViewState, table: KeyTable) {
        guard let overlay = state.overlay else { return }
        let rect = state.layout.overlay
        let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
        let title: String
        let lines: [(text: String, style: Style)]
        let scroll: Int
        switch overlay {
        case .detail(let offset):
            let content = DetailContent(state: state)
            title = "\(content.title)\(Glyphs.for(state.symbols).separator)Esc closes"
            lines = content.wrapped(width: inner.width)
            scroll = offset
        case .help(let offset):
            title = "Help\(Glyphs.for(state.symbols).separator)Esc closes"
            lines = HelpContent.lines(table: table)
            scroll = offset
        }
        canvas.fill(rect, style: Style(background: .overlay))
        let start = min(scroll, max(0, lines.count - inner.height))
        let end = min(lines.count, start + inner.height)
        let info =
            lines.count > inner.height
            ? "\(start + 1)-\(end) of \(lines.count)\(Glyphs.for(state.symbols).separator)j/k" : ""
        Border.draw(
            &canvas, rect, title: title, info: info, focused: true, symbols: state.symbols, background: .overlay)
        for (offset, line) in lines[start..<end].enumerated() {
            canvas.write(line.text, x: inner.x, y: inner.y + offset, style: line.style.on(.overlay), clip: inner)
        }
    }
}

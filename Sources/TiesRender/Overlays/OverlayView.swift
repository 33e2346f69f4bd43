/// Draws the open overlay (detail or help) in a bordered box over the dashboard.
enum OverlayView {
    /// An overlay's title and its lines wrapped to the overlay's width.
    struct Content {
        let title: String
        let lines: [OverlayLine]
    }

    /// The inside of the overlay box, where its lines go.
    static func inner(_ rect: Rect) -> Rect {
        Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
    }

    /// What a scrolled overlay (detail or help) shows for a state, and how far it is scrolled;
    /// nil for the filter picker, which draws itself.
    static func content(of overlay: Overlay, state: ViewState, table: KeyTable) -> (Content, scroll: Int)? {
        let width = inner(state.layout.overlay).width
        let separator = Glyphs.for(state.symbols).separator
        switch overlay {
        case .detail(let scroll):
            let content = state.detail ?? DetailContent(title: "Detail", lines: [])
            let close = table.label(for: .closeOverlay, in: .detail)
            return (
                Content(title: "\(content.title)\(separator)\(close) closes", lines: content.wrapped(width: width)),
                scroll
            )
        case .help(let scroll):
            let close = table.label(for: .closeOverlay, in: .help)
            let lines = HelpContent.lines(table: table, panels: state.panels, width: width).map {
                OverlayLine(text: $0.text, style: $0.style)
            }
            return (Content(title: "Help\(separator)\(close) closes", lines: lines), scroll)
        case .filter:
            return nil
        }
    }

    static func draw(_ canvas: inout Canvas, state: ViewState, table: KeyTable) {
        guard let overlay = state.overlay else { return }
        if case .filter(let picker) = overlay {
            FilterPickerView.draw(&canvas, picker: picker, state: state, table: table)
            return
        }
        guard let (content, scroll) = content(of: overlay, state: state, table: table) else { return }
        let rect = state.layout.overlay
        let inner = inner(rect)
        let lines = content.lines
        canvas.fill(rect, style: Style(background: .overlay))
        let start = max(0, min(scroll, lines.count - inner.height))
        let end = min(lines.count, start + inner.height)
        let scrollKeys = "\(table.label(for: .move(1), in: .detail))/\(table.label(for: .move(-1), in: .detail))"
        let info =
            lines.count > inner.height
            ? ["\((start + 1).grouped)–\(end.grouped) of \(lines.count.grouped)", scrollKeys] : []
        Border.draw(
            &canvas, rect, title: content.title, info: info, focused: true, symbols: state.symbols,
            background: .overlay)
        guard start < end else { return }
        for (offset, line) in lines[start..<end].enumerated() {
            let y = inner.y + offset
            let written = canvas.write(line.text, x: inner.x, y: y, style: line.style.on(.overlay), clip: inner)
            if let link = line.link, written == DisplayWidth.of(line.text) {
                canvas.link(
                    link, x: inner.x + written - line.linkWidth, y: y, width: line.linkWidth, id: line.linkID)
            }
        }
    }
}

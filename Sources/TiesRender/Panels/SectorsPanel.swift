import TiesModel

/// The cooperation sectors: one row per sector with its status, linked events, indicators
/// and blockers.
enum SectorsPanel {
    static func draw(_ canvas: inout Canvas, _ rect: Rect, state: ViewState) {
        let relation = state.relation
        let glyphs = Glyphs.for(state.symbols)
        Border.draw(
            &canvas, rect, title: "3 Sectors", info: "e: show events", focused: state.focus == .sectors,
            symbols: state.symbols)
        let inner = rect.inset(by: 1)
        guard !inner.isEmpty else { return }
        let wide = inner.width >= 50
        let statusWidth = wide ? 13 : 9
        let counts = wide ? [("Events", 7), ("Ind", 4), ("Blk", 4)] : [("Ev", 3), ("Ind", 4), ("Blk", 4)]
        let countsWidth = counts.reduce(0) { $0 + $1.1 } + 1
        let nameWidth = max(4, inner.width - 1 - statusWidth - countsWidth)
        let header = inner.row(0)
        canvas.write("Sector", x: header.x + 1, y: header.y, style: Style(.muted), clip: header)
        canvas.write("Status", x: header.x + 1 + nameWidth, y: header.y, style: Style(.muted), clip: header)
        var headerX = header.x + 1 + nameWidth + statusWidth
        for (title, width) in counts {
            canvas.write(rightAligned(title, width), x: headerX, y: header.y, style: Style(.muted), clip: header)
            headerX += width
        }
        for offset in 0..<state.layout.listHeight(.sectors) {
            let index = state.sectors.scroll + offset
            guard relation.sectors.indices.contains(index) else { break }
            let sector = relation.sectors[index]
            let row = Rect(x: inner.x, y: inner.y + 1 + offset, width: inner.width, height: 1)
            let selected = index == state.sectors.selection
            let background = Selection.begin(&canvas, row, selected: selected, panel: .sectors, state: state)
            canvas.write(
                TextWrap.truncate(sector.name, width: nameWidth - 1, ellipsis: glyphs.ellipsis), x: row.x + 1,
                y: row.y, style: Style(.text, background: background, selected ? [.bold] : []), clip: row)
            canvas.write(
                wide ? sector.status.rawValue : shortStatus(sector.status), x: row.x + 1 + nameWidth, y: row.y,
                style: Style(.status(sector.status), background: background, [.bold]), clip: row)
            let values = [
                (state.sectorEventCounts[sector.id] ?? 0, Role.text), (sector.indicators.count, .accent),
                (sector.blockers.count, .negative),
            ]
            var x = row.x + 1 + nameWidth + statusWidth
            for ((value, role), (_, width)) in zip(values, counts) {
                let text = value == 0 ? (state.symbols == .ascii ? "." : "·") : String(value)
                canvas.write(
                    rightAligned(text, width), x: x, y: row.y,
                    style: Style(value == 0 ? .muted : role, background: background), clip: row)
                x += width
            }
        }
    }

    private static func rightAligned(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
    }

    /// A status word of at most eight letters.
    static func shortStatus(_ status: SectorStatus) -> String {
        status == .prospective ? "prospect" : status.rawValue
    }
}

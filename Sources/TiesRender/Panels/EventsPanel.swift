import TiesModel

/// The events timeline: events under year headings, with date, kind badge, title and place.
///
/// Only the rows on screen are drawn: the cost depends on the panel's height, never on the
/// number of events. Planned events (after the relation's date) are marked `◷`.
enum EventsPanel {
    static func draw(_ canvas: inout Canvas, _ rect: Rect, state: ViewState) {
        let timeline = state.timeline
        let glyphs = Glyphs.for(state.symbols)
        Border.draw(
            &canvas, rect, title: "2 Events", info: "\(timeline.events.count) of \(state.relation.events.count)",
            focused: state.focus == .events, symbols: state.symbols)
        let inner = rect.inset(by: 1)
        guard !inner.isEmpty else { return }
        drawFilterLine(&canvas, inner.row(0), state: state, glyphs: glyphs)
        if timeline.events.isEmpty {
            canvas.write(
                "No events match the filter\(glyphs.separator)Esc clears it", x: inner.x + 1, y: inner.y + 1,
                style: Style(.muted), clip: inner)
            return
        }
        let dateWidth = inner.width >= 70 ? 17 : 14
        let kindWidth = inner.width >= 60 ? 14 : 0
        var headingYear = year(above: state.events.scroll, in: timeline)
        for offset in 0..<state.layout.listHeight(.events) {
            let rowIndex = state.events.scroll + offset
            guard timeline.rows.indices.contains(rowIndex) else { break }
            let row = Rect(x: inner.x, y: inner.y + 1 + offset, width: inner.width, height: 1)
            switch timeline.rows[rowIndex] {
            case .year(let year, let count):
                headingYear = year
                let used = canvas.write(" \(year) ", x: row.x, y: row.y, style: Style(.title, [.bold]), clip: row)
                let countText = " \(count) "
                let ruleWidth = max(0, row.width - used - DisplayWidth.of(countText))
                canvas.write(
                    String(repeating: glyphs.rule, count: ruleWidth) + countText, x: row.x + used, y: row.y,
                    style: Style(.border), clip: row)
            case .event(let index):
                drawEvent(
                    &canvas, row, event: timeline.events[index], selected: index == state.events.selection,
                    headingYear: headingYear, columns: (dateWidth, kindWidth), state: state, glyphs: glyphs)
            }
        }
    }

    private static func drawEvent(
        _ canvas: inout Canvas, _ row: Rect, event: Event, selected: Bool, headingYear: Int,
        columns: (date: Int, kind: Int), state: ViewState, glyphs: Glyphs
    ) {
        let background = Selection.begin(&canvas, row, selected: selected, panel: .events, state: state)
        let planned = state.relation.status(of: event) == .planned
        var x = row.x + 1
        canvas.write(planned ? glyphs.planned : " ", x: x, y: row.y, style: Style(.planned, background: background))
        x += 1
        canvas.write(
            TextWrap.truncate(
                event.date.displayText(omittingYear: headingYear, rangeSeparator: "–"), width: columns.date - 1),
            x: x, y: row.y, style: Style(planned ? .planned : .muted, background: background), clip: row)
        x += columns.date
        if columns.kind > 0 {
            canvas.write(
                TextWrap.truncate(event.kind, width: columns.kind - 1, ellipsis: glyphs.ellipsis), x: x, y: row.y,
                style: Style(.kind(KindBadge(kind: event.kind)), background: background, [.bold]), clip: row)
            x += columns.kind
        }
        let titleStyle = Style(planned ? .planned : .text, background: background, selected ? [.bold] : [])
        x += canvas.write(
            TextWrap.truncate(event.title, width: row.maxX - x, ellipsis: glyphs.ellipsis), x: x, y: row.y,
            style: titleStyle, clip: row)
        if let place = event.place, row.maxX - x > 4 {
            canvas.write(
                TextWrap.truncate(glyphs.separator + place, width: row.maxX - x, ellipsis: glyphs.ellipsis), x: x,
                y: row.y, style: Style(.muted, background: background), clip: row)
        }
    }

    private static func drawFilterLine(_ canvas: inout Canvas, _ row: Rect, state: ViewState, glyphs: Glyphs) {
        var parts: [String] = []
        if let kind = state.filter.kind { parts.append("kind: \(kind)") }
        if let sector = state.filter.sector {
            parts.append("sector: \(state.relation.sector(id: sector)?.name ?? sector)")
        }
        if let year = state.filter.year { parts.append("year: \(year)") }
        if !state.filter.text.isEmpty { parts.append("text: \(state.filter.text)") }
        if parts.isEmpty {
            canvas.write(
                " All events\(glyphs.separator)f: filter by kind", x: row.x, y: row.y, style: Style(.muted), clip: row)
        } else {
            let used = canvas.write(
                " Filter " + parts.joined(separator: glyphs.separator), x: row.x, y: row.y, style: Style(.accent),
                clip: row)
            canvas.write("\(glyphs.separator)Esc clears", x: row.x + used, y: row.y, style: Style(.muted), clip: row)
        }
    }

    /// The year heading a row falls under.
    private static func year(above row: Int, in timeline: TimelineRows) -> Int {
        var index = min(row, timeline.rows.count - 1)
        while index >= 0 {
            if case .year(let year, _) = timeline.rows[index] { return year }
            index -= 1
        }
        return 0
    }
}

import TiesModel

/// One row above the timeline when the news layer is shown: for each month of the timeline's
/// span (several months per cell when the span is long), how many news events there were —
/// the height of the mark — and how cooperative the news was, by the mean Goldstein score —
/// its colour: green above +1, red below −1. The month of the selected event is underlined,
/// so the strip reads beside the curated events.
enum NewsStrip {
    /// Heights from few to many events, per symbol set.
    static func levels(_ symbols: SymbolSet) -> [String] {
        switch symbols {
        case .braille: ["⣀", "⣤", "⣶", "⣿"]
        case .block: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        case .ascii: [".", ":", "|", "#"]
        }
    }

    static func draw(_ canvas: inout Canvas, _ row: Rect, state: ViewState) {
        let timeline = state.timeline
        let index = state.index
        let glyphs = Glyphs.for(state.symbols)
        guard let firstPosition = timeline.positions.first, let lastPosition = timeline.positions.last else { return }
        let firstDay = index.date(at: firstPosition).firstDay
        let lastDay = index.date(at: lastPosition).firstDay
        let first = firstDay.year * 12 + firstDay.month - 1
        let last = max(first, lastDay.year * 12 + lastDay.month - 1)
        let label = " news "
        let range = " \(firstDay.year)\(glyphs.arrow)\(lastDay.year) "
        var x = row.x
        x += canvas.write(label, x: x, y: row.y, style: Style(.muted), clip: row)
        let width = row.maxX - x - DisplayWidth.of(range)
        guard width >= 4 else { return }
        let months = last - first + 1
        let perCell = max(1, (months + width - 1) / width)
        let cells = (months + perCell - 1) / perCell
        var buckets = [NewsMonth](repeating: NewsMonth(), count: cells)
        for month in first...last {
            guard let news = index.newsMonths[month] else { continue }
            buckets[(month - first) / perCell].add(news)
        }
        let most = max(1, buckets.map(\.count).max() ?? 1)
        let marks = levels(state.symbols)
        let selectedCell = state.selectedEventPosition.map { position -> Int in
            let day = index.date(at: position).firstDay
            return (day.year * 12 + day.month - 1 - first) / perCell
        }
        for (offset, bucket) in buckets.enumerated() {
            let mark: String
            if bucket.count == 0 {
                mark = " "
            } else {
                let level = min(marks.count - 1, (bucket.count * marks.count - 1) / most)
                mark = marks[level]
            }
            let mean = bucket.meanGoldstein
            let role: Role = bucket.count == 0 ? .muted : mean > 1 ? .positive : mean < -1 ? .negative : .muted
            canvas.write(
                offset == selectedCell && mark == " " ? "_" : mark, x: x + offset, y: row.y,
                style: Style(role, offset == selectedCell ? [.underline] : []), clip: row)
        }
        canvas.write(range, x: row.maxX - DisplayWidth.of(range), y: row.y, style: Style(.muted), clip: row)
    }
}

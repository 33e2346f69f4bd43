import TiesModel

/// The trade panel's balance view: both directions of trade per period, side by side with a
/// legend, and the balance of the first party (its exports minus its imports) — for the
/// figures that state both directions.
enum TradeBalanceView {
    static func draw(_ canvas: inout Canvas, in area: Rect, state: ViewState) {
        guard !area.isEmpty else { return }
        let relation = state.relation
        let trade = relation.trade
        let glyphs = Glyphs.for(state.symbols)
        guard relation.parties.count == 2 else { return }
        let (firstParty, secondParty) = (relation.parties[0], relation.parties[1])
        // The panel's series in this view: the figures that state both directions.
        let figures = state.series.points.map(\.figure)
        let (key, minus) = (glyphs.legendKey, glyphs.minus)
        var x = area.x + 1
        x += canvas.write(
            "\(key) \(firstParty.name) \(glyphs.arrow) \(secondParty.name)", x: x, y: area.y, style: Style(.series(1)),
            clip: area
        )
        x += canvas.write(
            "  \(key) \(secondParty.name) \(glyphs.arrow) \(firstParty.name)", x: x, y: area.y,
            style: Style(.series(2)),
            clip: area)
        canvas.write(
            TextWrap.truncate(
                "\(glyphs.separator)balance: \(firstParty.name)'s exports \(minus) imports",
                width: max(0, area.maxX - x),
                ellipsis: glyphs.ellipsis), x: x, y: area.y, style: Style(.muted), clip: area)
        guard !figures.isEmpty else {
            canvas.write(
                "No figure states both directions.", x: area.x + 1, y: area.y + 1, style: Style(.muted), clip: area)
            return
        }
        // The rows around the selected figure.
        let rows = max(1, area.height - 1)
        let selected = min(state.selection(.trade), figures.count - 1)
        let end = min(figures.count, max(rows, selected + 1))
        let first = max(0, end - rows)
        let shown = figures[first..<end]
        let largest =
            shown.flatMap { [$0.exports[firstParty.code]?.value ?? 0, $0.exports[secondParty.code]?.value ?? 0] }.max()
            ?? 1
        let labels = shown.map { $0.period.shortLabel + ($0.reporter.map { " \($0)" } ?? "") }
        let labelWidth = min(16, labels.map { DisplayWidth.of($0) }.max() ?? 4)
        let balanceWidth = 14
        let barWidth = max(2, (area.width - labelWidth - balanceWidth - 6) / 2)
        let bars = BarGlyphs.for(state.symbols)
        for (offset, (figure, label)) in zip(shown, labels).enumerated() {
            let row = area.row(1 + offset)
            let exports = figure.exports[firstParty.code]?.value ?? 0
            let imports = figure.exports[secondParty.code]?.value ?? 0
            let paint = Selection.begin(
                &canvas, row, selected: first + offset == selected, panel: .trade, state: state)
            var x = area.x + 1
            canvas.write(
                TextWrap.truncate(label, width: labelWidth, ellipsis: glyphs.ellipsis), x: x, y: row.y,
                style: paint.style(figure.period.isFiscal ? .fiscal : .text), clip: area)
            x += labelWidth + 1
            // The bars keep their colours on the selection: they say which direction is which.
            canvas.write(
                bars.bar(fraction: exports / largest, width: barWidth), x: x, y: row.y,
                style: paint.keeping(.series(1)), clip: area)
            x += barWidth + 1
            canvas.write(
                bars.bar(fraction: imports / largest, width: barWidth), x: x, y: row.y,
                style: paint.keeping(.series(2)), clip: area)
            x += barWidth + 1
            let balance = exports - imports
            let text = (balance >= 0 ? "+" : minus) + trade.format(value: abs(balance), style: .compact)
            canvas.write(text, x: x, y: row.y, style: paint.style(balance >= 0 ? .positive : .negative), clip: area)
        }
    }
}

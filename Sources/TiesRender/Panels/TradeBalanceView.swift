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
        let (first, second) = (relation.parties[0], relation.parties[1])
        let figures = trade.figures.enumerated().filter { relation.statesBothDirections($0.element) }
            .sorted { ($0.element.period, $0.offset) < ($1.element.period, $1.offset) }.map(\.element)
        let ascii = state.symbols == .ascii
        let (key, minus) = ascii ? ("#", "-") : ("■", "−")
        var x = area.x + 1
        x += canvas.write(
            "\(key) \(first.name) \(glyphs.arrow) \(second.name)", x: x, y: area.y, style: Style(.series(1)), clip: area
        )
        x += canvas.write(
            "  \(key) \(second.name) \(glyphs.arrow) \(first.name)", x: x, y: area.y, style: Style(.series(2)),
            clip: area)
        canvas.write(
            TextWrap.truncate(
                "\(glyphs.separator)balance: \(first.name)'s exports \(minus) imports", width: max(0, area.maxX - x),
                ellipsis: glyphs.ellipsis), x: x, y: area.y, style: Style(.muted), clip: area)
        guard !figures.isEmpty else {
            canvas.write(
                "No figure states both directions.", x: area.x + 1, y: area.y + 1, style: Style(.muted), clip: area)
            return
        }
        // The rows around the selected figure (the newest when none is selected), marked alone.
        let rows = max(1, area.height - 1)
        let selected = state.selectedPoint.flatMap { point in figures.firstIndex(of: point.figure) }
        let end = min(figures.count, max(rows, (selected ?? figures.count - 1) + 1))
        let shown = figures[max(0, end - rows)..<end]
        let largest =
            shown.flatMap { [$0.exports[first.code]?.value ?? 0, $0.exports[second.code]?.value ?? 0] }.max() ?? 1
        let labels = shown.map { $0.period.shortLabel + ($0.reporter.map { " \($0)" } ?? "") }
        let labelWidth = min(16, labels.map { DisplayWidth.of($0) }.max() ?? 4)
        let balanceWidth = 14
        let barWidth = max(2, (area.width - labelWidth - balanceWidth - 6) / 2)
        let bars = BarGlyphs.for(state.symbols)
        for (offset, (figure, label)) in zip(shown, labels).enumerated() {
            let y = area.y + 1 + offset
            let exports = figure.exports[first.code]?.value ?? 0
            let imports = figure.exports[second.code]?.value ?? 0
            if figure == state.selectedPoint?.figure {
                canvas.write(glyphs.selected, x: area.x, y: y, style: Style(.focusedBorder, [.bold]), clip: area)
            }
            var x = area.x + 1
            canvas.write(
                TextWrap.truncate(label, width: labelWidth, ellipsis: glyphs.ellipsis), x: x, y: y,
                style: Style(figure.period.isFiscal ? .fiscal : .text), clip: area)
            x += labelWidth + 1
            canvas.write(
                bars.bar(fraction: exports / largest, width: barWidth), x: x, y: y, style: Style(.series(1)), clip: area
            )
            x += barWidth + 1
            canvas.write(
                bars.bar(fraction: imports / largest, width: barWidth), x: x, y: y, style: Style(.series(2)), clip: area
            )
            x += barWidth + 1
            let balance = exports - imports
            let text = (balance >= 0 ? "+" : minus) + trade.format(value: abs(balance), style: .compact)
            canvas.write(text, x: x, y: y, style: Style(balance >= 0 ? .positive : .negative), clip: area)
        }
    }
}

import TiesModel

/// The trade growth panel: a bar per stated value of the selected measure, a value axis,
/// the selected value with its source, the growth over the span, and the claims.
///
/// Fiscal years are labelled `FY..` in their own colour, partial periods carry `◐`,
/// disputed ones `!`, and values stated only as a bound carry their `>`/`<`/`~` sign.
enum TradePanel {
    static func draw(_ canvas: inout Canvas, _ rect: Rect, state: ViewState) {
        let relation = state.relation
        let glyphs = Glyphs.for(state.symbols)
        let points = state.series.points
        let chartRows = min(points.count, state.layout.listHeight(.trade))
        let shown =
            points.count > chartRows
            ? "\(state.trade.scroll + 1)–\(state.trade.scroll + chartRows) of \(points.count)"
            : "\(points.count) values"
        Border.draw(
            &canvas, rect, title: "1 Trade growth", info: "\(relation.trade.currency) \(shown)",
            focused: state.focus == .trade, symbols: state.symbols)
        let inner = rect.inset(by: 1)
        guard !inner.isEmpty else { return }
        drawMeasures(&canvas, inner.row(0), state: state, glyphs: glyphs)
        let trade = relation.trade
        let axis = ValueAxis(covering: points.map(\.amount.value).max() ?? 0)
        let labelWidth = min(14, points.map { DisplayWidth.of($0.period.shortLabel) }.max() ?? 4)
        let valueWidth = min(10, points.map { DisplayWidth.of(trade.format($0.amount, style: .compact)) }.max() ?? 4)
        let barX = inner.x + 1 + labelWidth + 3
        let barWidth = max(1, inner.maxX - barX - valueWidth - 1)
        let bars = BarGlyphs.for(state.symbols)
        if points.isEmpty {
            canvas.write(
                "No figures state \(relation.name(of: state.measure)).", x: inner.x + 1, y: inner.y + 1,
                style: Style(.muted), clip: inner)
        }
        for row in 0..<chartRows {
            let index = state.trade.scroll + row
            guard points.indices.contains(index) else { break }
            let point = points[index]
            let y = inner.y + 1 + row
            let line = Rect(x: inner.x, y: y, width: inner.width, height: 1)
            let isSelected = index == state.trade.selection
            let background = Selection.begin(&canvas, line, selected: isSelected, panel: .trade, state: state)
            canvas.write(
                TextWrap.truncate(point.period.shortLabel, width: labelWidth, ellipsis: glyphs.ellipsis),
                x: inner.x + 1, y: y,
                style: Style(point.period.isFiscal ? .fiscal : .text, background: background, isSelected ? [.bold] : [])
            )
            let marker = point.isDisputed ? "!" : point.period.isPartial ? glyphs.partial : " "
            canvas.write(
                marker, x: inner.x + 2 + labelWidth, y: y,
                style: Style(point.isDisputed ? .disputed : .warning, background: background))
            let bar = bars.bar(fraction: point.amount.value / axis.maximum, width: barWidth)
            let barRole: Role = point.isDisputed ? .disputed : .series(state.measureIndex)
            let written = canvas.write(bar, x: barX, y: y, style: Style(barRole, background: background))
            canvas.write(
                " " + trade.format(point.amount, style: .compact), x: barX + written, y: y,
                style: Style(.muted, background: background), clip: line)
        }
        let below = inner.y + 1 + chartRows
        drawAxis(&canvas, y: below, x: barX, width: barWidth, axis: axis, inner: inner, state: state)
        drawSelected(&canvas, inner.row(below - inner.y + 1), state: state, glyphs: glyphs)
        drawGrowth(&canvas, inner.row(below - inner.y + 2), state: state, glyphs: glyphs)
        let claimRows = state.layout.claimRows(.trade)
        drawClaims(
            &canvas, Rect(x: inner.x, y: inner.maxY - claimRows, width: inner.width, height: claimRows),
            state: state, glyphs: glyphs)
    }

    private static func drawMeasures(_ canvas: inout Canvas, _ row: Rect, state: ViewState, glyphs: Glyphs) {
        let relation = state.relation
        let names = relation.tradeMeasures.map(relation.name(of:))
        let all = names.joined(separator: glyphs.separator)
        guard DisplayWidth.of(all) + 1 <= row.width else {
            let x = row.x + 1
            let used = canvas.write(
                names[state.measureIndex], x: x, y: row.y,
                style: Style(.series(state.measureIndex), [.bold, .underline]),
                clip: row)
            canvas.write(
                " (\(state.measureIndex + 1)/\(names.count), m: next)", x: x + used, y: row.y, style: Style(.muted),
                clip: row)
            return
        }
        var x = row.x + 1
        for (index, name) in names.enumerated() {
            let style = index == state.measureIndex ? Style(.series(index), [.bold, .underline]) : Style(.muted)
            if index > 0 { x += canvas.write(glyphs.separator, x: x, y: row.y, style: Style(.muted), clip: row) }
            x += canvas.write(name, x: x, y: row.y, style: style, clip: row)
        }
    }

    private static func drawAxis(
        _ canvas: inout Canvas, y: Int, x: Int, width: Int, axis: ValueAxis, inner: Rect, state: ViewState
    ) {
        guard y < inner.maxY else { return }
        let glyphs = Glyphs.for(state.symbols)
        canvas.write(String(repeating: glyphs.rule, count: width), x: x, y: y, style: Style(.border), clip: inner)
        for tick in axis.ticks {
            let label = state.relation.trade.format(value: tick, style: .compact)
            let position = x + Int((tick / axis.maximum * Double(width - 1)).rounded())
            let start = min(max(x, position - DisplayWidth.of(label) / 2), inner.maxX - DisplayWidth.of(label))
            canvas.write(label, x: start, y: y, style: Style(.muted), clip: inner)
        }
    }

    private static func drawSelected(_ canvas: inout Canvas, _ row: Rect, state: ViewState, glyphs: Glyphs) {
        guard !row.isEmpty, let point = state.selectedPoint else { return }
        let relation = state.relation
        let period = point.period
        var x = row.x + 1
        x += canvas.write(
            period.shortLabel, x: x, y: row.y, style: Style(period.isFiscal ? .fiscal : .title, [.bold]), clip: row)
        let span =
            period.isFiscal
            ? " (fiscal, \(period.spanText))"
            : period.isPartial ? " (\(period.monthCount) months)" : ""
        x += canvas.write(span, x: x, y: row.y, style: Style(.muted), clip: row)
        x += canvas.write(
            " " + relation.trade.format(point.amount), x: x, y: row.y, style: Style(.text, [.bold]), clip: row)
        let sources = relation.sourceNames(point.figure.provenance)
        x += canvas.write(
            glyphs.separator + sources.joined(separator: "; ") + glyphs.separator
                + point.figure.provenance.confidence.rawValue,
            x: x, y: row.y, style: Style(.muted), clip: row)
        if point.isDisputed {
            canvas.write(glyphs.separator + "disputed", x: x, y: row.y, style: Style(.disputed), clip: row)
        }
    }

    private static func drawGrowth(_ canvas: inout Canvas, _ row: Rect, state: ViewState, glyphs: Glyphs) {
        guard !row.isEmpty else { return }
        guard let growth = state.series.spanGrowth() else {
            canvas.write(
                "Growth: fewer than two comparable periods", x: row.x + 1, y: row.y, style: Style(.muted), clip: row)
            return
        }
        var x = row.x + 1
        x += canvas.write(
            "Growth \(growth.from.period.shortLabel)\(glyphs.arrow)\(growth.to.period.shortLabel) ", x: x, y: row.y,
            style: Style(.muted), clip: row)
        if let ratio = growth.ratio {
            x += canvas.write(
                ratio.signedPercent, x: x, y: row.y, style: Style(growth.change >= 0 ? .positive : .negative, [.bold]),
                clip: row)
        }
        if let cagr = growth.cagr {
            canvas.write(
                "\(glyphs.separator)CAGR \(cagr.signedPercent)/yr", x: x, y: row.y, style: Style(.muted), clip: row)
        }
    }

    private static func drawClaims(_ canvas: inout Canvas, _ area: Rect, state: ViewState, glyphs: Glyphs) {
        guard area.height > 1 else { return }
        let relation = state.relation
        let shown = min(relation.claims.count, area.height - 1)
        let more =
            relation.claims.count > shown ? "\(glyphs.separator)\(shown) of \(relation.claims.count), Enter: all" : ""
        let heading = relation.claims.isEmpty ? "No claims" : "Claims (not plotted)\(more)"
        canvas.write(
            TextWrap.truncate(heading, width: area.width - 1, ellipsis: glyphs.ellipsis), x: area.x + 1, y: area.y,
            style: Style(.title), clip: area)
        for (offset, claim) in relation.claims.prefix(area.height - 1).enumerated() {
            let y = area.y + 1 + offset
            var x = area.x + 1
            x += canvas.write((claim.quantity ?? "-") + " ", x: x, y: y, style: Style(.accent), clip: area)
            let source = relation.sourceNames(claim.provenance).first ?? ""
            let text = TextWrap.truncate(
                "\(claim.text) — \(source)", width: area.maxX - x, ellipsis: glyphs.ellipsis)
            canvas.write(text, x: x, y: y, style: Style(.text), clip: area)
        }
    }
}

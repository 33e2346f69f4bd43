import TiesModel

/// The trade panel's composition view: for the selected period and measure, the largest HS
/// chapters with a bar of their share, their value, share and change on the year before,
/// the rest summed as "other", and whose statistics these are.
enum TradeCompositionView {
    /// Draws the view in the panel's inner rectangle below the measure line.
    static func draw(_ canvas: inout Canvas, in area: Rect, state: ViewState) {
        guard !area.isEmpty else { return }
        let glyphs = Glyphs.for(state.symbols)
        let relation = state.relation
        let trade = relation.trade
        guard let period = state.selectedPoint?.period else {
            canvas.write(
                "Select a period to see what was traded.", x: area.x + 1, y: area.y, style: Style(.muted), clip: area)
            return
        }
        let rowsRoom = max(1, area.height - 3)
        guard
            let composition = state.index.composition(of: state.measure, in: period)?.limited(to: rowsRoom)
        else {
            let known = Composition.periods(trade).map(\.shortLabel)
            let keys = KeyTable.standard.label(for: .move(-1), in: .panel(.trade))
            let message =
                known.isEmpty
                ? "No composition by commodity in this relation (UN Comtrade rows below the total give one)."
                : "No composition for \(period.shortLabel) of \(relation.name(of: state.measure)); there is one for "
                    + known.joined(separator: ", ") + " (\(keys): period)."
            var y = area.y
            for line in TextWrap.lines(message, width: area.width - 2) where y < area.maxY {
                canvas.write(line, x: area.x + 1, y: y, style: Style(.muted), clip: area)
                y += 1
            }
            return
        }
        drawHeading(&canvas, area.row(0), composition: composition, state: state, glyphs: glyphs)
        let valueTexts = composition.rows.map { trade.format(value: $0.value, style: .compact) }
        let valueWidth = max(
            4,
            (valueTexts + [trade.format(value: composition.other?.value ?? 0, style: .compact)]).map {
                DisplayWidth.of($0)
            }.max() ?? 4)
        let numbersWidth = valueWidth + 1 + 6 + 1 + 8
        // The bar gives way first in a narrow panel: chapter names matter more.
        let barWidth = area.width >= 60 ? max(0, min(16, (area.width - numbersWidth - 6) / 3)) : 0
        let nameWidth = max(4, area.width - 2 - 3 - (barWidth > 0 ? barWidth + 1 : 0) - numbersWidth)
        let bars = BarGlyphs.for(state.symbols)
        var y = area.y + 1
        for (offset, row) in composition.rows.enumerated() where y < area.maxY - 1 {
            let name = HSChapters.shortName(of: row.chapter) ?? "Chapter \(row.chapter)"
            var x = area.x + 1
            x += canvas.write(
                HSChapters.code(row.chapter) + " ", x: x, y: y, style: Style(.muted), clip: area)
            canvas.write(
                TextWrap.truncate(name, width: nameWidth, ellipsis: glyphs.ellipsis), x: x, y: y, style: Style(.text),
                clip: area)
            x += nameWidth + 1
            canvas.write(
                bars.bar(fraction: row.share, width: barWidth), x: x, y: y, style: Style(.series(offset % 4)),
                clip: area)
            x += barWidth + 1
            drawNumbers(
                &canvas, x: x, y: y, value: valueTexts[offset], valueWidth: valueWidth, share: row.share,
                change: row.change, area: area)
            y += 1
        }
        if let other = composition.other, y < area.maxY - 1 {
            let label = "other (\(other.chapters.counting("chapter")))"
            var x = area.x + 1
            canvas.write(
                TextWrap.truncate(label, width: 3 + nameWidth, ellipsis: glyphs.ellipsis), x: x, y: y,
                style: Style(.muted), clip: area)
            x += 3 + nameWidth + 1 + (barWidth > 0 ? barWidth + 1 : 0)
            drawNumbers(
                &canvas, x: x, y: y, value: trade.format(value: other.value, style: .compact), valueWidth: valueWidth,
                share: other.share, change: nil, area: area)
            y += 1
        }
        if let unlisted = composition.unlisted, unlisted > 0, let reported = composition.reportedTotal,
            y < area.maxY - 1
        {
            canvas.write(
                TextWrap.truncate("not broken down by chapter", width: 3 + nameWidth, ellipsis: glyphs.ellipsis),
                x: area.x + 1, y: y, style: Style(.muted), clip: area)
            drawNumbers(
                &canvas, x: area.x + 1 + 3 + nameWidth + 1 + (barWidth > 0 ? barWidth + 1 : 0), y: y,
                value: trade.format(value: unlisted, style: .compact), valueWidth: valueWidth,
                share: reported > 0 ? unlisted / reported : 0, change: nil, area: area)
        }
        let totalRow = area.row(area.height - 1)
        var total = "By chapter \(trade.format(value: composition.total))"
        if let reported = composition.reportedTotal {
            total += " of the reported \(trade.format(value: reported)); shares of the reported total"
        }
        canvas.write(
            TextWrap.truncate(total, width: area.width - 2, ellipsis: glyphs.ellipsis), x: area.x + 1, y: totalRow.y,
            style: Style(.muted), clip: area)
    }

    /// Every chapter of a period's composition, with its value, share, change and sources.
    static func detail(period: Period, state: ViewState) -> DetailContent {
        typealias Line = DetailContent.Line
        let relation = state.relation
        let trade = relation.trade
        let title = "Composition of \(relation.name(of: state.measure)), \(period.shortLabel)"
        guard
            let composition = state.index.composition(of: state.measure, in: period)
        else {
            return DetailContent(
                title: "Composition",
                lines: [Line(text: "No composition by commodity for \(period.shortLabel).", style: Style(.muted))])
        }
        var lines = [
            Line(text: title, style: Style(.title, [.bold])),
            Line(text: "All chapters: \(trade.format(value: composition.total))", style: .plain),
            Line(
                text: "Imports are valued CIF (with freight and insurance), exports FOB; each direction comes from one"
                    + " reporter, and a change compares it with the same reporter a year before.",
                style: Style(.muted)),
            Line(text: "", style: .plain),
        ]
        for row in composition.rows {
            let change = row.change.map { ", \($0.signedPercent) on a year before" } ?? ""
            lines.append(
                Line(
                    text: "\(HSChapters.label(of: row.chapter)): \(trade.format(value: row.value))"
                        + " (\(row.share.percent)\(change))", style: .plain, indent: 3))
            lines += row.figures.map {
                sourceLine($0, relation: relation, index: state.index, showingValue: false, indent: 3)
            }
        }
        return DetailContent(title: "Composition", lines: lines)
    }

    /// The line that cites one figure of a chapter's value: whose flow, (its value,) its
    /// source and how it was valued.
    static func sourceLine(
        _ figure: CommodityFigure, relation: Relation, index: RelationIndex, showingValue: Bool, indent: Int
    ) -> DetailContent.Line {
        let from = relation.party(code: figure.from)?.name ?? figure.from
        let value = showingValue ? "\(relation.trade.format(figure.value)) — " : ""
        return DetailContent.Line(
            text: "from \(from): \(value)\(index.citation(figure.provenance)) (\(figure.valuation))",
            style: Style(.muted), indent: indent)
    }

    private static func drawHeading(
        _ canvas: inout Canvas, _ row: Rect, composition: Composition, state: ViewState, glyphs: Glyphs
    ) {
        let relation = state.relation
        // Who reports each direction, grouped: "Pakistan (imports, CIF; exports, FOB)".
        var byReporter: [String: [String]] = [:]
        for (from, reporter) in composition.reporters.sorted(by: { $0.key < $1.key }) {
            byReporter[reporter, default: []].append(CommodityFigure.valuation(reportedByExporter: reporter == from))
        }
        let reported = byReporter.sorted { $0.key < $1.key }.map { reporter, hows in
            "\(relation.party(code: reporter)?.name ?? reporter) (\(hows.joined(separator: "; ")))"
        }
        var x = row.x + 1
        x += canvas.write(
            "\(composition.period.shortLabel) by HS chapter", x: x, y: row.y, style: Style(.title, [.bold]), clip: row)
        canvas.write(
            TextWrap.truncate(
                "\(glyphs.separator)as reported by " + reported.joined(separator: " and "), width: row.maxX - x,
                ellipsis: glyphs.ellipsis),
            x: x, y: row.y, style: Style(.muted), clip: row)
    }

    private static func drawNumbers(
        _ canvas: inout Canvas, x: Int, y: Int, value: String, valueWidth: Int, share: Double, change: Double?,
        area: Rect
    ) {
        var x = x
        canvas.write(
            String(repeating: " ", count: max(0, valueWidth - DisplayWidth.of(value))) + value, x: x, y: y,
            style: Style(.text), clip: area)
        x += valueWidth + 1
        let percent = String(format: "%5.1f%%", share * 100)
        canvas.write(percent, x: x, y: y, style: Style(.muted), clip: area)
        x += 7
        if let change {
            canvas.write(
                change.signedPercent, x: x, y: y, style: Style(change >= 0 ? .positive : .negative), clip: area)
        }
    }
}

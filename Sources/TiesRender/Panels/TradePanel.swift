import TiesModel

extension PanelID {
    /// The trade growth panel.
    public static let trade = PanelID(rawValue: "trade")
}

/// The trade growth panel: a bar per stated value of the selected measure, a value axis,
/// the selected value with its source, the growth over the span, and the claims.
///
/// Fiscal years are labelled `FY..` in their own colour, partial periods carry `◐`,
/// disputed ones `!`, and values stated only as a bound carry their `>`/`<`/`~` sign.
struct TradePanel: DashboardPanel {
    let id = PanelID.trade
    let title = "Trade growth"
    let shortName = "Trade"

    /// The rows kept above and below the chart: the measure line above; the axis, the
    /// selected value and the growth below.
    static let fixedRows = 4

    func itemCount(in state: ViewState) -> Int { state.series.points.count }
    func rowCount(in state: ViewState) -> Int { state.series.axis.rows.count }
    func row(ofItem item: Int, in state: ViewState) -> Int { state.series.axis.row(ofPoint: item) }
    func item(atRow row: Int, in state: ViewState) -> Int? {
        // Rows are the growth chart's; the other views draw rows of their own, which a click
        // does not select.
        guard state.tradeView == .growth else { return nil }
        return state.series.axis.point(atRow: row)
    }

    /// The latest period.
    func initialSelection(in state: ViewState) -> Int { max(0, state.series.points.count - 1) }

    /// The composition view shows a period at a time (its first report stands for it); the
    /// growth and balance views every point of their series.
    func stops(in state: ViewState) -> [Int]? {
        guard state.tradeView == .composition else { return nil }
        let points = state.series.points
        return points.indices.filter { $0 == 0 || points[$0].period != points[$0 - 1].period }
    }

    func listArea(in rect: Rect, state: ViewState) -> Rect {
        let inner = rect.inset(by: 1)
        let height = inner.height - Self.fixedRows - Self.claimRows(inner)
        return Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: max(1, height))
    }

    /// The rows kept for claims below the chart: a quarter of a tall panel.
    static func claimRows(_ inner: Rect) -> Int { inner.height >= 14 ? inner.height / 4 : 0 }

    func matches(_ query: String, among candidates: [Int]?, in state: ViewState) -> [Int] {
        let points = state.series.points
        return (candidates ?? Array(points.indices)).filter { state.index.figure(points[$0].figure, matches: query) }
    }

    func selectedCitable(in state: ViewState) -> CitableItem? {
        let relation = state.relation
        return state.selectedPoint.map {
            CitableItem(
                title:
                    "\(relation.name(of: state.measure)), \($0.period.shortLabel): \(relation.trade.format($0.amount))",
                provenance: $0.figure.provenance)
        }
    }

    func selectedLocation(in state: ViewState) -> FileLocation? {
        let figures = state.index.locations.figures
        guard let point = state.selectedPoint, let at = state.relation.trade.figures.firstIndex(of: point.figure) else {
            return nil
        }
        return figures.indices.contains(at) ? figures[at] : nil
    }

    func detail(of item: Int, in state: ViewState) -> DetailContent {
        let points = state.series.points
        guard points.indices.contains(item) else { return DetailContent(title: "Trade figure", lines: []) }
        if state.tradeView == .composition {
            return TradeCompositionView.detail(period: points[item].period, state: state)
        }
        return Self.detail(points[item], state: state)
    }

    func draw(_ canvas: inout Canvas, in rect: Rect, state: ViewState) {
        let relation = state.relation
        let glyphs = Glyphs.for(state.symbols)
        let series = state.series
        let points = series.points
        let position = state.position(id)
        let timeRows = series.axis.rows
        let chartRows = min(timeRows.count, listArea(in: rect, state: state).height)
        let visible = timeRows.dropFirst(position.scroll).prefix(chartRows).compactMap { row -> Int? in
            if case .point(let index) = row { return index }
            return nil
        }
        let kinds = state.periodKinds == .all ? "" : state.periodKinds.rawValue
        // What the header counts, whole and with its word ("periods 9–15 of 15", never a bare
        // range that reads like money); in a narrow panel the title is shortened to make room.
        let range = "\((visible.first ?? 0) + 1)–\((visible.last ?? 0) + 1) of \(points.count)"
        let shown = visible.count < points.count ? "periods \(range)" : "\(points.count) periods"
        let heading: String
        let info: [String]
        switch state.tradeView {
        case .growth: (heading, info) = (rect.width >= 50 ? title : "Trade", [shown, kinds])
        case .composition:
            (heading, info) = (
                "Trade composition", ["\(KeyTable.standard.label(for: .toggleTradeView, in: .panel(id))): growth"]
            )
        case .balance:
            (heading, info) = (
                "Trade balance", ["\(KeyTable.standard.label(for: .toggleBalance, in: .panel(id))): growth"]
            )
        }
        Border.draw(
            &canvas, rect, title: "\(state.panels.number(of: id)) \(heading)",
            info: info,
            focused: state.focus == id, symbols: state.symbols)
        let inner = rect.inset(by: 1)
        guard !inner.isEmpty else { return }
        let view = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        switch state.tradeView {
        case .balance:
            // It charts no one measure: its legend takes the measures' row.
            TradeBalanceView.draw(&canvas, in: inner, state: state)
            return
        case .composition:
            drawMeasures(&canvas, inner.row(0), state: state, glyphs: glyphs)
            TradeCompositionView.draw(&canvas, in: view, state: state)
            return
        case .growth:
            drawMeasures(&canvas, inner.row(0), state: state, glyphs: glyphs)
        }
        let trade = relation.trade
        let axis = ValueAxis(covering: points.map(\.amount.value).max() ?? 0)
        let labels = series.periodLabels
        let values = series.labels(in: trade)
        let gapLabels = timeRows.compactMap { row -> String? in
            if case .gap(let years) = row { return Self.gapLabel(years) }
            return nil
        }
        let labelWidth = min(14, (labels + gapLabels).map { DisplayWidth.of($0) }.max() ?? 4)
        let valueWidth = min(10, values.map { DisplayWidth.of($0) }.max() ?? 4)
        let barX = inner.x + 1 + labelWidth + 3
        let barWidth = max(1, inner.maxX - barX - valueWidth - 1)
        let bars = BarGlyphs.for(state.symbols)
        if points.isEmpty {
            let message =
                relation.trade.figures.isEmpty
                ? "No trade figures in this relation."
                : state.periodKinds == .all
                    ? "No figures state \(relation.name(of: state.measure))."
                    : "No \(state.periodKinds == .fiscal ? "fiscal-year" : "calendar-year") figures state"
                        + " \(relation.name(of: state.measure)) (\(KeyTable.standard.label(for: .cyclePeriodKinds, in: .panel(id))): all periods)."
            canvas.write(message, x: inner.x + 1, y: inner.y + 1, style: Style(.muted), clip: inner)
            return
        }
        for row in 0..<chartRows {
            let rowIndex = position.scroll + row
            guard timeRows.indices.contains(rowIndex) else { break }
            let y = inner.y + 1 + row
            guard case .point(let index) = timeRows[rowIndex] else {
                if case .gap(let years) = timeRows[rowIndex] {
                    canvas.write(
                        TextWrap.truncate(Self.gapLabel(years), width: labelWidth), x: inner.x + 1, y: y,
                        style: Style(.muted),
                        clip: inner)
                    canvas.write(
                        "no figure", x: barX, y: y, style: Style(.muted), clip: inner)
                }
                continue
            }
            let point = points[index]
            let line = Rect(x: inner.x, y: y, width: inner.width, height: 1)
            let isSelected = index == position.selection
            let paint = Selection.begin(&canvas, line, selected: isSelected, panel: id, state: state)
            canvas.write(
                TextWrap.truncate(labels[index], width: labelWidth, ellipsis: glyphs.ellipsis),
                x: inner.x + 1, y: y,
                style: paint.style(point.period.isFiscal ? .fiscal : .text, isSelected ? [.bold] : []))
            // A dispute first, then a period after asOf (planned, like events), then a partial
            // one; the mark and the bar keep their colours on the selection, which say them.
            let late = relation.isAfterAsOf(point.period)
            let marker = point.isDisputed ? "!" : late ? glyphs.planned : point.period.isPartial ? glyphs.partial : " "
            canvas.write(
                marker, x: inner.x + 2 + labelWidth, y: y,
                style: paint.keeping(point.isDisputed ? .disputed : late ? .planned : .warning))
            let fraction = point.amount.value / axis.maximum
            let bar =
                point.period.isPartial
                ? bars.shadedBar(fraction: fraction, width: barWidth) : bars.bar(fraction: fraction, width: barWidth)
            let barRole: Role = point.isDisputed ? .disputed : .series(state.measureIndex)
            let written = canvas.write(bar, x: barX, y: y, style: paint.keeping(barRole))
            canvas.write(" " + values[index], x: barX + written, y: y, style: paint.style(.muted), clip: line)
        }
        let below = inner.y + 1 + chartRows
        drawAxis(&canvas, y: below, x: barX, width: barWidth, axis: axis, inner: inner, state: state)
        drawSelected(&canvas, inner.row(below - inner.y + 1), state: state, glyphs: glyphs)
        drawGrowth(&canvas, inner.row(below - inner.y + 2), state: state, glyphs: glyphs)
        let claimRows = Self.claimRows(inner)
        drawClaims(
            &canvas, Rect(x: inner.x, y: inner.maxY - claimRows, width: inner.width, height: claimRows),
            state: state, glyphs: glyphs)
    }

    private func drawMeasures(_ canvas: inout Canvas, _ row: Rect, state: ViewState, glyphs: Glyphs) {
        let relation = state.relation
        let names = state.index.tradeMeasures.map(relation.name(of:))
        let all = names.joined(separator: glyphs.separator)
        guard DisplayWidth.of(all) + 1 <= row.width else {
            let x = row.x + 1
            let used = canvas.write(
                names[state.measureIndex], x: x, y: row.y,
                style: Style(.series(state.measureIndex), [.bold, .underline]),
                clip: row)
            canvas.write(
                " (\(state.measureIndex + 1)/\(names.count), \(KeyTable.standard.label(for: .cycleMeasure, in: .panel(id))): next)",
                x: x + used, y: row.y, style: Style(.muted),
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

    private func drawAxis(
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

    private func drawSelected(_ canvas: inout Canvas, _ row: Rect, state: ViewState, glyphs: Glyphs) {
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
        // What matters most comes first, as the line may be cut: a dispute, then the source.
        if let mirror = MirrorPair.of(point, in: state.series), let gap = mirror.gap {
            x += canvas.write(
                glyphs.separator + "mirror gap \(gap.signedPercent) (imports CIF, exports FOB)", x: x, y: row.y,
                style: Style(.disputed), clip: row)
        } else if point.isDisputed {
            x += canvas.write(glyphs.separator + "disputed", x: x, y: row.y, style: Style(.disputed), clip: row)
        }
        if relation.isAfterAsOf(period) {
            // Whole or as its mark, never cut.
            let late = glyphs.separator + "after as-of"
            x += canvas.write(
                x + DisplayWidth.of(late) <= row.maxX ? late : glyphs.separator + glyphs.planned, x: x, y: row.y,
                style: Style(.planned), clip: row)
        }
        let sources = state.index.sourceNames(point.figure.provenance)
        canvas.write(
            TextWrap.truncate(
                glyphs.separator + sources.joined(separator: "; ") + glyphs.separator
                    + point.figure.provenance.confidence.rawValue, width: max(0, row.maxX - x),
                ellipsis: glyphs.ellipsis),
            x: x, y: row.y, style: Style(.muted), clip: row)
    }

    private func drawGrowth(_ canvas: inout Canvas, _ row: Rect, state: ViewState, glyphs: Glyphs) {
        guard !row.isEmpty else { return }
        guard let growth = state.series.spanGrowth() else {
            let why =
                state.series.missingGrowth == .fewerThanTwoPeriods
                ? "Growth: fewer than two periods"
                : "Growth: none — too few comparable figures (the others disputed, partial or approximate)"
            canvas.write(
                TextWrap.truncate(why, width: row.width - 1, ellipsis: glyphs.ellipsis), x: row.x + 1, y: row.y,
                style: Style(.muted), clip: row)
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
        } else {
            x += canvas.write("n/a (from a zero base)", x: x, y: row.y, style: Style(.muted), clip: row)
        }
        // The endpoints' confidence, then the rate, only when they fit whole: a cut number
        // misleads, and a caveat matters more than a rate. Narrower, the confidence is named
        // shorter; at the narrowest only a caveat stays (low, or a figure after asOf).
        let ends = [growth.from.figure, growth.to.figure]
        let confidence = ends.map(\.provenance.confidence.rawValue).joined(separator: glyphs.arrow)
        let shaky = ends.contains { $0.provenance.confidence == .low }
        let late = ends.contains { state.relation.isAfterAsOf($0.period) }
        // Each part says whether it is a caveat (drawn as a warning).
        typealias Part = (text: String, caveat: Bool)
        let lateNote: [Part] = late ? [("after as-of", true)] : []
        let rate: [Part] = growth.cagr.map { [("CAGR \($0.signedPercent)/yr", false)] } ?? []
        let named: Part = ("confidence \(confidence)", shaky)
        let choices: [[Part]] = [
            [named] + lateNote + rate, [named] + lateNote, [(confidence, shaky)] + lateNote,
            late ? lateNote : shaky ? [("low", true)] : [],
        ]
        let fitting = choices.first { parts in
            x + parts.reduce(0) { $0 + DisplayWidth.of(glyphs.separator + $1.text) } <= row.maxX
        }
        for part in fitting ?? [] {
            x += canvas.write(
                glyphs.separator + part.text, x: x, y: row.y, style: Style(part.caveat ? .warning : .muted), clip: row)
        }
    }

    private func drawClaims(_ canvas: inout Canvas, _ area: Rect, state: ViewState, glyphs: Glyphs) {
        guard area.height > 1 else { return }
        let relation = state.relation
        let shown = min(relation.claims.count, area.height - 1)
        let more =
            relation.claims.count > shown
            ? "\(glyphs.separator)\(shown) of \(relation.claims.count),"
                + " \(KeyTable.standard.label(for: .openDetail)): all" : ""
        let heading = relation.claims.isEmpty ? "No claims" : "Claims (not plotted)\(more)"
        canvas.write(
            TextWrap.truncate(heading, width: area.width - 1, ellipsis: glyphs.ellipsis), x: area.x + 1, y: area.y,
            style: Style(.title), clip: area)
        for (offset, claim) in relation.claims.prefix(area.height - 1).enumerated() {
            let y = area.y + 1 + offset
            var x = area.x + 1
            x += canvas.write((claim.quantity ?? "-") + " ", x: x, y: y, style: Style(.accent), clip: area)
            let source = state.index.sourceNames(claim.provenance).first ?? ""
            let text = TextWrap.truncate(
                "\(claim.text) — \(source)", width: area.maxX - x, ellipsis: glyphs.ellipsis)
            canvas.write(text, x: x, y: y, style: Style(.text), clip: area)
        }
    }

    // MARK: - Detail

    /// The detail of a trade figure: its period, every value it states, the other side of a
    /// dispute, its note and sources, and the claims.
    /// A run of years without a figure as its row names it: `2019`, `2017–2020`.
    static func gapLabel(_ years: ClosedRange<Int>) -> String {
        years.count == 1 ? "\(years.lowerBound)" : "\(years.lowerBound)–\(years.upperBound)"
    }

    static func detail(_ point: TradeSeries.Point, state: ViewState) -> DetailContent {
        typealias Line = DetailContent.Line
        let relation = state.relation
        let figure = point.figure
        let period = figure.period
        var lines = [
            Line(text: "Period: \(period.shortLabel) (\(period.description))", style: Style(.title, [.bold])),
            Line(
                text: "Covers \(period.spanText), \(period.monthCount) months"
                    + (period.isFiscal ? ", a fiscal year" : "")
                    + (period.isPartial ? " (partial)" : ""),
                style: Style(.muted)),
        ]
        if relation.isAfterAsOf(period) {
            lines.append(
                Line(
                    text: "Dated after the relation's as-of date (\(DatePoint.day(relation.asOf).displayText)):"
                        + " a forecast, or a figure to check",
                    style: Style(.planned)))
        }
        if let reporter = figure.reporter {
            lines.append(Line(text: "Reported by: \(relation.party(code: reporter)?.name ?? reporter)", style: .plain))
        }
        lines.append(Line(text: "", style: .plain))
        for measure in state.index.tradeMeasures {
            guard let amount = figure.amount(for: measure) else { continue }
            lines.append(
                Line(
                    text: "\(relation.name(of: measure)): \(relation.trade.format(amount))",
                    style: Style(measure == state.measure ? .accent : .text)))
        }
        if point.isDisputed {
            let others = state.series.points.filter { $0.period == period && $0.figure != figure }
            for other in others {
                let source = state.index.sourceNames(other.figure.provenance)
                lines.append(
                    Line(
                        text: "Disputed: \(source.joined(separator: "; ")) gives "
                            + "\(relation.trade.format(other.amount)) (\(other.figure.provenance.confidence.rawValue))",
                        style: Style(.disputed)))
            }
        }
        if let mirror = MirrorPair.of(point, in: state.series) {
            let exporter = relation.party(code: mirror.exporterReport.figure.reporter ?? "")?.name ?? "the exporter"
            let importer = relation.party(code: mirror.importerReport.figure.reporter ?? "")?.name ?? "the importer"
            lines += [
                Line(text: "", style: .plain),
                Line(text: "Mirror figures: one flow, as each side reports it", style: Style(.title)),
                Line(
                    text: "\(exporter) (exporter, FOB): \(relation.trade.format(mirror.exporterReport.amount))",
                    style: .plain, indent: 2),
                Line(
                    text: "\(importer) (importer, CIF): \(relation.trade.format(mirror.importerReport.amount))",
                    style: .plain, indent: 2),
            ]
            if let gap = mirror.gap {
                lines.append(
                    Line(
                        text: "Gap \(gap.signedPercent): imports are valued with freight and insurance (CIF), exports"
                            + " without (FOB); timing and errors add to it.", style: Style(.muted), indent: 2))
            }
        }
        if let note = figure.note { lines += [Line(text: "", style: .plain), Line(text: note, style: .plain)] }
        lines += DetailContent.sources(figure.provenance, index: state.index)
        if !relation.claims.isEmpty {
            lines += [
                Line(text: "", style: .plain),
                Line(text: "Claims (statements without a stated base, never plotted)", style: Style(.title)),
            ]
            for claim in relation.claims {
                let quantity = claim.quantity.map { "\($0): " } ?? ""
                let span = claim.span.map { " (\($0))" } ?? ""
                lines.append(Line(text: "• \(quantity)\(claim.text)\(span)", style: .plain, indent: 2))
                lines += DetailContent.citedSources(claim.provenance, index: state.index, indent: 2)
            }
        }
        return DetailContent(title: "Trade figure", lines: lines)
    }
}

import TiesModel

extension PanelID {
    /// The cooperation sectors.
    public static let sectors = PanelID(rawValue: "sectors")
}

/// The cooperation sectors: one row per sector with its status, linked events, indicators
/// and blockers.
struct SectorsPanel: DashboardPanel {
    let id = PanelID.sectors
    let title = "Sectors"
    let shortName = "Sectors"

    func itemCount(in state: ViewState) -> Int { state.sectors.count }

    /// Below the column headings.
    func listArea(in rect: Rect, state: ViewState) -> Rect {
        let inner = rect.inset(by: 1)
        return Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: max(1, inner.height - 1))
    }

    func matches(_ query: String, among candidates: [Int]?, in state: ViewState) -> [Int] {
        let sectors = state.sectors
        return (candidates ?? Array(sectors.indices)).filter { sectors[$0].matches(text: query) }
    }

    func selectedCitable(in state: ViewState) -> CitableItem? {
        state.selectedSector.flatMap { sector in
            (sector.indicators.map(\.provenance) + sector.blockers.map(\.provenance)).first.map {
                CitableItem(title: sector.name, provenance: $0)
            }
        }
    }

    func selectedLocation(in state: ViewState) -> FileLocation? {
        let sectors = state.index.locations.sectors
        guard let sector = state.selectedSector,
            let at = state.relation.sectors.firstIndex(where: { $0.id == sector.id })
        else { return nil }
        return sectors.indices.contains(at) ? sectors[at] : nil
    }

    func detail(of item: Int, in state: ViewState) -> DetailContent {
        let sectors = state.sectors
        guard sectors.indices.contains(item) else { return DetailContent(title: "Sector", lines: []) }
        return Self.detail(sectors[item], index: state.index, period: state.selectedPoint?.period)
    }

    func draw(_ canvas: inout Canvas, in rect: Rect, state: ViewState) {
        let relation = state.relation
        let glyphs = Glyphs.for(state.symbols)
        let position = state.position(id)
        let sectors = state.sectors
        let show = KeyTable.standard.label(for: .showInTimeline, in: .panel(id))
        let order = state.sectorOrder == .written ? "" : state.sectorOrder.rawValue
        let listHeight = listArea(in: rect, state: state).height
        let range =
            sectors.count > listHeight
            ? "\(position.scroll + 1)–\(min(sectors.count, position.scroll + listHeight)) of \(sectors.count)" : ""
        Border.draw(
            &canvas, rect, title: "\(state.panels.number(of: id)) \(title)",
            info: [range, order, "\(show): show events"],
            focused: state.focus == id, symbols: state.symbols)
        let inner = rect.inset(by: 1)
        guard !inner.isEmpty else { return }
        if relation.sectors.isEmpty {
            canvas.write("No sectors in this relation.", x: inner.x + 1, y: inner.y, style: Style(.muted), clip: inner)
            return
        }
        let wide = inner.width >= 50
        let statusWidth = wide ? 13 : 9
        // The events column is as wide as its largest count: a count is never cut.
        let most = sectors.map { state.index.eventCountsBySector[$0.id] ?? 0 }.max() ?? 0
        let eventsWidth = max(wide ? 7 : 3, most.grouped.count + 1)
        let counts =
            wide ? [("Events", eventsWidth), ("Ind", 4), ("Blk", 4)] : [("Ev", eventsWidth), ("Ind", 4), ("Blk", 4)]
        let countsWidth = counts.reduce(0) { $0 + $1.1 } + 1
        // The trade in the sector's HS chapters in the trade panel's selected period.
        let period = relation.trade.composition.isEmpty ? nil : state.selectedPoint?.period
        let tradeWidth = period == nil ? 0 : wide ? 11 : 9
        // At wide sizes the first blocker shows on the row: "which are stalled and why" at a glance.
        let blockerWidth = inner.width >= 80 ? inner.width * 2 / 5 : 0
        let nameWidth = max(4, inner.width - 1 - statusWidth - countsWidth - tradeWidth - blockerWidth)
        let header = inner.row(0)
        canvas.write("Sector", x: header.x + 1, y: header.y, style: Style(.muted), clip: header)
        canvas.write("Status", x: header.x + 1 + nameWidth, y: header.y, style: Style(.muted), clip: header)
        var headerX = header.x + 1 + nameWidth + statusWidth
        if let period {
            canvas.write(
                rightAligned(TextWrap.truncate(period.shortLabel, width: tradeWidth - 1), tradeWidth), x: headerX,
                y: header.y, style: Style(.muted), clip: header)
            headerX += tradeWidth
        }
        for (title, width) in counts {
            canvas.write(rightAligned(title, width), x: headerX, y: header.y, style: Style(.muted), clip: header)
            headerX += width
        }
        if blockerWidth > 0 {
            canvas.write("  First blocker", x: headerX, y: header.y, style: Style(.muted), clip: header)
        }
        // What the short headings mean, on the last row when the list leaves it free.
        if sectors.count + 2 <= inner.height {
            let legend =
                wide
                ? "Ind: indicators\(glyphs.separator)Blk: blockers" : "Ind indicators\(glyphs.separator)Blk blockers"
            canvas.write(
                TextWrap.truncate(" " + legend, width: inner.width, ellipsis: glyphs.ellipsis), x: inner.x,
                y: inner.maxY - 1, style: Style(.muted), clip: inner)
        }
        let list = listArea(in: rect, state: state)
        // The period's composition, built once for the rows.
        let composition = period.flatMap { state.index.composition(of: .turnover, in: $0) }
        for offset in 0..<list.height {
            let index = position.scroll + offset
            guard sectors.indices.contains(index) else { break }
            let sector = sectors[index]
            let row = Rect(x: list.x, y: list.y + offset, width: list.width, height: 1)
            let selected = index == position.selection
            let paint = Selection.begin(&canvas, row, selected: selected, panel: id, state: state)
            canvas.write(
                TextWrap.truncate(sector.name, width: nameWidth - 1, ellipsis: glyphs.ellipsis), x: row.x + 1,
                y: row.y, style: paint.style(.text, paint.isSelected ? [.bold] : []), clip: row)
            canvas.write(
                wide ? sector.status.rawValue : Self.shortStatus(sector.status), x: row.x + 1 + nameWidth, y: row.y,
                style: paint.style(.status(sector.status), [.bold]), clip: row)
            let values = [
                (state.index.eventCountsBySector[sector.id] ?? 0, Role.text), (sector.indicators.count, .accent),
                (sector.blockers.count, .negative),
            ]
            var x = row.x + 1 + nameWidth + statusWidth
            if period != nil {
                let trade = composition.flatMap { SectorTrade(sector, in: $0) }
                // At least this much where part of the period is not broken down by chapter.
                let text =
                    trade.map {
                        ($0.uncovered > 0 ? glyphs.atLeast : "")
                            + relation.trade.format(value: $0.total, style: .compact)
                    } ?? glyphs.nothing
                canvas.write(
                    rightAligned(TextWrap.truncate(text, width: tradeWidth - 1), tradeWidth), x: x, y: row.y,
                    style: paint.style(trade == nil ? .muted : .text), clip: row)
                x += tradeWidth
            }
            for ((value, role), (_, width)) in zip(values, counts) {
                let text = value == 0 ? glyphs.nothing : value.grouped
                canvas.write(
                    rightAligned(text, width), x: x, y: row.y,
                    style: paint.style(value == 0 ? .muted : role), clip: row)
                x += width
            }
            if blockerWidth > 0, let blocker = sector.blockers.first {
                canvas.write(
                    TextWrap.truncate("  " + blocker.title, width: row.maxX - x, ellipsis: glyphs.ellipsis), x: x,
                    y: row.y, style: paint.style(.negative), clip: row)
            }
        }
    }

    private func rightAligned(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
    }

    /// The sector's trade in its HS chapters: each chapter's value in the period, both ways,
    /// with whose statistics it is.
    static func tradeLines(
        _ sector: Sector, relation: Relation, period: Period?, index: RelationIndex
    ) -> [DetailContent.Line] {
        typealias Line = DetailContent.Line
        guard !sector.hsChapters.isEmpty else { return [] }
        let chapters = sector.hsChapters.map(HSChapters.code).joined(separator: ", ")
        var lines = [
            Line(text: "", style: .plain), Line(text: "Trade in HS chapters \(chapters)", style: Style(.title)),
        ]
        guard let period,
            let trade = index.composition(of: .turnover, in: period).flatMap({ SectorTrade(sector, in: $0) })
        else {
            lines.append(
                Line(
                    text: period.map { "No composition by commodity for \($0.shortLabel)." }
                        ?? "No composition by commodity in this relation.", style: Style(.muted), indent: 2))
            return lines
        }
        lines.append(
            Line(
                text:
                    "\(period.shortLabel): \(relation.trade.format(value: trade.total)), \(trade.share.percent) of all trade"
                    + " by chapter", style: Style(.accent), indent: 2))
        if trade.uncovered > 0 {
            lines.append(
                Line(
                    text: "At least: \(relation.trade.format(value: trade.uncovered)) of the period's reported total is"
                        + " not broken down by chapter, and may hold more of this sector's trade",
                    style: Style(.warning), indent: 2))
        }
        for row in trade.rows {
            lines.append(
                Line(
                    text: "• \(HSChapters.label(of: row.chapter)): \(relation.trade.format(value: row.value))",
                    style: .plain, indent: 2))
            lines += row.figures.map {
                TradeCompositionView.sourceLine($0, relation: relation, index: index, showingValue: true, indent: 4)
            }
        }
        return lines
    }

    /// A status word of at most eight letters.
    static func shortStatus(_ status: SectorStatus) -> String {
        status == .prospective ? "prospect" : status.rawValue
    }

    // MARK: - Detail

    /// The detail of a sector: status, summary, initiatives, indicators and blockers with
    /// their sources, and its events (the first fifty, with a count of the rest).
    static func detail(_ sector: Sector, index: RelationIndex, period: Period? = nil) -> DetailContent {
        typealias Line = DetailContent.Line
        let relation = index.relation
        var lines = [
            Line(text: sector.name, style: Style(.title, [.bold])),
            Line(text: "Status: \(sector.status.rawValue)", style: Style(.status(sector.status), [.bold])),
        ]
        if let summary = sector.summary {
            lines += [Line(text: "", style: .plain), Line(text: summary, style: .plain)]
        }
        if !sector.initiatives.isEmpty {
            lines += [Line(text: "", style: .plain), Line(text: "Initiatives", style: Style(.title))]
            lines += sector.initiatives.map { Line(text: "• \($0)", style: .plain, indent: 2) }
        }
        lines += tradeLines(sector, relation: relation, period: period, index: index)
        if !sector.indicators.isEmpty {
            lines += [Line(text: "", style: .plain), Line(text: "Indicators", style: Style(.title))]
            for indicator in sector.indicators {
                let period = indicator.period.map { " (\($0))" } ?? ""
                lines.append(
                    Line(text: "• \(indicator.label): \(indicator.value)\(period)", style: Style(.accent), indent: 2))
                lines += DetailContent.citedSources(indicator.provenance, index: index, indent: 2)
            }
        }
        if !sector.blockers.isEmpty {
            lines += [Line(text: "", style: .plain), Line(text: "Blockers", style: Style(.title))]
            for blocker in sector.blockers {
                let awaiting = blocker.awaiting.map { " — awaiting \(relation.party(code: $0)?.name ?? $0)" } ?? ""
                lines.append(Line(text: "• \(blocker.title)\(awaiting)", style: Style(.negative), indent: 2))
                if let description = blocker.description {
                    lines.append(Line(text: "  \(description)", style: .plain, indent: 2))
                }
                lines += DetailContent.citedSources(blocker.provenance, index: index, indent: 2)
            }
        }
        let events = index.positions(inSector: sector.id)
        let show = KeyTable.standard.label(for: .showInTimeline, in: .panel(.sectors))
        lines += [
            Line(text: "", style: .plain),
            Line(text: "Events (\(events.count.grouped)) · \(show) shows them", style: Style(.title)),
        ]
        lines += events.prefix(50).map { position in
            let event = index.event(at: position)
            return Line(text: "• \(event.date.displayText) — \(event.title)", style: .plain, indent: 2)
        }
        if events.count > 50 {
            lines.append(Line(text: "  … and \((events.count - 50).grouped) more", style: Style(.muted)))
        }
        return DetailContent(title: "Sector", lines: lines)
    }
}

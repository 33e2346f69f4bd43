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

    func itemCount(in state: ViewState) -> Int { state.relation.sectors.count }

    /// Below the column headings.
    func listArea(in rect: Rect, state: ViewState) -> Rect {
        let inner = rect.inset(by: 1)
        return Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: max(1, inner.height - 1))
    }

    func matches(_ query: String, among candidates: [Int]?, in state: ViewState) -> [Int] {
        let sectors = state.relation.sectors
        return (candidates ?? Array(sectors.indices)).filter { sectors[$0].matches(text: query) }
    }

    func detail(of item: Int, in state: ViewState) -> DetailContent {
        let sectors = state.relation.sectors
        guard sectors.indices.contains(item) else { return DetailContent(title: "Sector", lines: []) }
        return Self.detail(sectors[item], index: state.index)
    }

    func draw(_ canvas: inout Canvas, in rect: Rect, state: ViewState) {
        let relation = state.relation
        let glyphs = Glyphs.for(state.symbols)
        let position = state.position(id)
        let show = KeyTable.standard.label(for: .showInTimeline, in: .panel(id))
        Border.draw(
            &canvas, rect, title: "\(state.panels.number(of: id)) \(title)", info: "\(show): show events",
            focused: state.focus == id, symbols: state.symbols)
        let inner = rect.inset(by: 1)
        guard !inner.isEmpty else { return }
        if relation.sectors.isEmpty {
            canvas.write("No sectors in this relation.", x: inner.x + 1, y: inner.y, style: Style(.muted), clip: inner)
            return
        }
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
        let list = listArea(in: rect, state: state)
        for offset in 0..<list.height {
            let index = position.scroll + offset
            guard relation.sectors.indices.contains(index) else { break }
            let sector = relation.sectors[index]
            let row = Rect(x: list.x, y: list.y + offset, width: list.width, height: 1)
            let selected = index == position.selection
            let background = Selection.begin(&canvas, row, selected: selected, panel: id, state: state)
            canvas.write(
                TextWrap.truncate(sector.name, width: nameWidth - 1, ellipsis: glyphs.ellipsis), x: row.x + 1,
                y: row.y, style: Style(.text, background: background, selected ? [.bold] : []), clip: row)
            canvas.write(
                wide ? sector.status.rawValue : Self.shortStatus(sector.status), x: row.x + 1 + nameWidth, y: row.y,
                style: Style(.status(sector.status), background: background, [.bold]), clip: row)
            let values = [
                (state.index.eventCountsBySector[sector.id] ?? 0, Role.text), (sector.indicators.count, .accent),
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

    private func rightAligned(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
    }

    /// A status word of at most eight letters.
    static func shortStatus(_ status: SectorStatus) -> String {
        status == .prospective ? "prospect" : status.rawValue
    }

    // MARK: - Detail

    /// The detail of a sector: status, summary, initiatives, indicators and blockers with
    /// their sources, and its events (the first fifty, with a count of the rest).
    static func detail(_ sector: Sector, index: RelationIndex) -> DetailContent {
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
        if !sector.indicators.isEmpty {
            lines += [Line(text: "", style: .plain), Line(text: "Indicators", style: Style(.title))]
            for indicator in sector.indicators {
                let period = indicator.period.map { " (\($0))" } ?? ""
                lines.append(
                    Line(text: "• \(indicator.label): \(indicator.value)\(period)", style: Style(.accent), indent: 2))
                lines.append(
                    Line(text: "  " + index.citation(indicator.provenance), style: Style(.muted), indent: 2))
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
                lines.append(Line(text: "  " + index.citation(blocker.provenance), style: Style(.muted), indent: 2))
            }
        }
        let events = index.positions(inSector: sector.id)
        let show = KeyTable.standard.label(for: .showInTimeline, in: .panel(.sectors))
        lines += [
            Line(text: "", style: .plain),
            Line(text: "Events (\(events.count)) · \(show) shows them", style: Style(.title)),
        ]
        lines += events.prefix(50).map { position in
            let event = index.event(at: position)
            return Line(text: "• \(event.date.displayText) — \(event.title)", style: .plain, indent: 2)
        }
        if events.count > 50 {
            lines.append(Line(text: "  … and \(events.count - 50) more", style: Style(.muted)))
        }
        return DetailContent(title: "Sector", lines: lines)
    }
}

import TiesModel

extension PanelID {
    /// The events timeline.
    public static let events = PanelID(rawValue: "events")
}

/// The events timeline: events under year headings, with date, kind badge, title and place.
///
/// Only the rows on screen are drawn: the cost depends on the panel's height, never on the
/// number of events. Planned events are marked `◷`.
struct EventsPanel: DashboardPanel {
    let id = PanelID.events
    let title = "Events"
    let shortName = "Events"

    func itemCount(in state: ViewState) -> Int { state.timeline.count }
    func rowCount(in state: ViewState) -> Int { state.timeline.rowCount }
    func row(ofItem item: Int, in state: ViewState) -> Int { state.timeline.row(ofOrdinal: item) }
    func item(atRow row: Int, in state: ViewState) -> Int? { state.timeline.ordinal(atRow: row) }

    /// One row is kept above a selected event: its year heading, or the top row the sticky
    /// heading covers — so the selection is never hidden under it.
    func rowsKeptAbove(item: Int, in state: ViewState) -> Int {
        state.timeline.row(ofOrdinal: item) > 0 ? 1 : 0
    }

    /// The newest past event (planned ones come after it).
    func initialSelection(in state: ViewState) -> Int {
        let positions = state.timeline.positions
        return positions.lastIndex { !state.index.isPlanned($0) } ?? 0
    }

    /// Below the filter line (and the news strip, when the news layer is shown).
    func listArea(in rect: Rect, state: ViewState) -> Rect {
        let inner = rect.inset(by: 1)
        let top = Self.showsNewsStrip(state, inner: inner) ? 2 : 1
        return Rect(x: inner.x, y: inner.y + top, width: inner.width, height: max(1, inner.height - top))
    }

    /// Whether the news strip is drawn: the news layer is shown and there is room for it.
    static func showsNewsStrip(_ state: ViewState, inner: Rect) -> Bool {
        state.filter.includesNews && state.index.newsEventCount > 0 && inner.height >= 6
    }

    /// The ordinals whose events contain the text, found in the index's search text.
    func matches(_ query: String, among candidates: [Int]?, in state: ViewState) -> [Int] {
        let timeline = state.timeline
        let positions = candidates.map { $0.map { timeline.positions[$0] } } ?? timeline.positions
        let found = state.index.positions(positions, containing: query)
        // Both lists are in date order: walk them together to turn positions into ordinals.
        var ordinals: [Int] = []
        ordinals.reserveCapacity(found.count)
        var ordinal = 0
        for position in found {
            while ordinal < timeline.positions.count && timeline.positions[ordinal] < position { ordinal += 1 }
            if ordinal < timeline.positions.count { ordinals.append(ordinal) }
        }
        return ordinals
    }

    func selectedCitable(in state: ViewState) -> CitableItem? {
        state.selectedEvent.map {
            CitableItem(title: $0.title, date: $0.date.displayText, provenance: $0.provenance, url: $0.news?.url)
        }
    }

    func hiddenMatch(_ query: String, in state: ViewState) -> String? {
        state.selectedEventPosition.flatMap { state.index.hiddenField(matching: query, at: $0) }?.rawValue
    }

    func selectedLocation(in state: ViewState) -> FileLocation? {
        guard let position = state.selectedEventPosition else { return nil }
        let events = state.index.locations.events
        let eventIndex = Int(state.index.eventIndex(at: position))
        return events.indices.contains(eventIndex) ? events[eventIndex] : nil
    }

    func detail(of item: Int, in state: ViewState) -> DetailContent {
        guard state.timeline.positions.indices.contains(item) else { return DetailContent(title: "Event", lines: []) }
        return Self.detail(state.index.event(at: state.timeline.positions[item]), index: state.index)
    }

    func draw(_ canvas: inout Canvas, in rect: Rect, state: ViewState) {
        let timeline = state.timeline
        let glyphs = Glyphs.for(state.symbols)
        let position = state.position(id)
        let index = state.index
        let layerTotal = state.filter.includesNews ? index.eventCount : index.curatedEventCount
        var info = ["\(timeline.count.grouped) of \(layerTotal.grouped)"]
        if !state.filter.includesNews && index.newsEventCount > 0 {
            info.append("+\(index.newsEventCount.grouped) news")
        }
        Border.draw(
            &canvas, rect, title: "\(state.panels.number(of: id)) \(title)", info: info, focused: state.focus == id,
            symbols: state.symbols)
        let inner = rect.inset(by: 1)
        guard !inner.isEmpty else { return }
        drawFilterLine(&canvas, inner.row(0), state: state, glyphs: glyphs)
        if Self.showsNewsStrip(state, inner: inner) {
            NewsStrip.draw(&canvas, inner.row(1), state: state)
        }
        if timeline.count == 0 {
            let message =
                state.index.eventCount == 0
                ? "No events in this relation."
                : state.filter.span.map { "No events in \($0.label) (\($0.boundsText))" }
                    ?? "No events match the filter\(glyphs.separator)\(KeyTable.standard.label(for: .back)) clears it"
            canvas.write(message, x: inner.x + 1, y: inner.y + 1, style: Style(.muted), clip: inner)
            return
        }
        let dateWidth = inner.width >= 70 ? 17 : 14
        let kindWidth = inner.width >= 60 ? 14 : 0
        // Wide enough, each row shows where it comes from and how sure that is.
        let citeWidth = inner.width >= 100 ? 28 : 0
        let list = listArea(in: rect, state: state)
        for offset in 0..<list.height {
            let rowIndex = position.scroll + offset
            guard let entry = timeline.row(rowIndex) else { break }
            let row = Rect(x: list.x, y: list.y + offset, width: list.width, height: 1)
            switch entry {
            case .year(let year, let count):
                drawHeading(&canvas, row, year: year, count: count, glyphs: glyphs)
            case .event(let ordinal):
                // The sticky heading: the top row names the year of the rows below it. When no
                // row of that year is below it, the row itself is shown, its year in its date.
                let group = timeline.group(atRow: rowIndex)
                let lastOfYear = group.map { ordinal == $0.firstOrdinal + $0.count - 1 } ?? false
                if offset == 0, rowIndex > 0, let group, !lastOfYear {
                    drawHeading(&canvas, row, year: group.year, count: group.count, glyphs: glyphs)
                    continue
                }
                let eventPosition = timeline.positions[ordinal]
                drawEvent(
                    &canvas, row, position: eventPosition, ordinal: ordinal, selected: ordinal == position.selection,
                    headingYear: offset == 0 && lastOfYear ? 0 : group?.year ?? 0,
                    columns: (dateWidth, kindWidth, citeWidth), state: state, glyphs: glyphs)
            }
        }
    }

    private func drawHeading(_ canvas: inout Canvas, _ row: Rect, year: Int, count: Int, glyphs: Glyphs) {
        let used = canvas.write(" \(year) ", x: row.x, y: row.y, style: Style(.title, [.bold]), clip: row)
        let countText = " \(count.grouped) "
        let ruleWidth = max(0, row.width - used - DisplayWidth.of(countText))
        canvas.write(
            String(repeating: glyphs.rule, count: ruleWidth) + countText, x: row.x + used, y: row.y,
            style: Style(.border), clip: row)
    }

    private func drawEvent(
        _ canvas: inout Canvas, _ row: Rect, position: Int32, ordinal: Int, selected: Bool, headingYear: Int,
        columns: (date: Int, kind: Int, cite: Int), state: ViewState, glyphs: Glyphs
    ) {
        let event = state.index.event(at: position)
        let paint = Selection.begin(&canvas, row, selected: selected, panel: id, state: state)
        var row = row
        if columns.cite > 0 {
            let source = state.index.sourceNames(event.provenance).first ?? ""
            let confidence = event.provenance.confidence.rawValue
            let sourceWidth = columns.cite - 8
            let cited = TextWrap.truncate(source, width: sourceWidth - 1, ellipsis: glyphs.ellipsis)
            canvas.write(
                cited, x: row.maxX - columns.cite, y: row.y, style: paint.style(.muted), clip: row)
            canvas.write(
                confidence, x: row.maxX - 7, y: row.y,
                style: paint.style(event.provenance.confidence == .low ? .warning : .muted),
                clip: row
            )
            row = Rect(x: row.x, y: row.y, width: row.width - columns.cite - 1, height: 1)
        }
        let planned = state.index.isPlanned(position)
        let news = state.index.isNews(position)
        var x = row.x + 1
        canvas.write(
            news ? glyphs.news : planned ? glyphs.planned : " ", x: x, y: row.y,
            style: paint.style(news ? .muted : .planned))
        x += 1
        // Under no heading (0: the top row, the last of its year), the year leads, so that a
        // date cut to the column keeps it: `2017 25 Sep–4…`.
        let year = headingYear == 0 ? event.date.firstDay.year : headingYear
        let short = event.date.displayText(omittingYear: year, rangeSeparator: "–")
        let full = event.date.displayText(omittingYear: 0, rangeSeparator: "–")
        let date = headingYear == 0 && short != full ? "\(year) \(short)" : short
        canvas.write(
            TextWrap.truncate(date, width: columns.date - 1, ellipsis: glyphs.ellipsis), x: x, y: row.y,
            style: paint.style(planned ? .planned : .muted), clip: row)
        x += columns.date
        if columns.kind > 0 {
            canvas.write(
                TextWrap.truncate(event.kind, width: columns.kind - 1, ellipsis: glyphs.ellipsis), x: x, y: row.y,
                style: paint.style(.kind(KindBadge(kind: event.kind)), [.bold]), clip: row)
            x += columns.kind
        }
        let titleStyle = paint.style(
            planned ? .planned : news ? .muted : .text, paint.isSelected ? [.bold] : [])
        let query = state.search.flatMap { $0.panel == id && !$0.text.isEmpty ? $0.text : nil }
        let highlight = paint.keeping(.accent, [.bold, .underline])
        // A match the row does not show says where it is, and the title gives up room for it.
        var hidden: String?
        if let query, let matches = state.search?.matches, matches.sortedIndex(of: ordinal) != nil,
            let field = state.index.hiddenField(matching: query, at: position)
        {
            hidden = "\(glyphs.separator)matched in \(field.rawValue)"
        }
        let hiddenWidth = hidden.map { DisplayWidth.of($0) } ?? 0
        let end = hiddenWidth > 0 && hiddenWidth * 2 <= row.maxX - x ? row.maxX - hiddenWidth : row.maxX
        let title = TextWrap.truncate(event.title, width: end - x, ellipsis: glyphs.ellipsis)
        x += Highlighting.write(
            title, query: query, x: x, y: row.y, style: titleStyle, highlight: highlight, canvas: &canvas, clip: row)
        if let place = event.place, end - x > 4 {
            x += Highlighting.write(
                TextWrap.truncate(glyphs.separator + place, width: end - x, ellipsis: glyphs.ellipsis),
                query: query,
                x: x, y: row.y, style: paint.style(.muted), highlight: highlight, canvas: &canvas,
                clip: row)
        }
        if let hidden, x + hiddenWidth <= row.maxX {
            canvas.write(hidden, x: x, y: row.y, style: paint.style(.accent), clip: row)
        }
    }

    private func drawFilterLine(_ canvas: inout Canvas, _ row: Rect, state: ViewState, glyphs: Glyphs) {
        let filter = state.filter
        var parts: [String] = []
        if !filter.kinds.isEmpty { parts.append("kind: \(filter.kinds.sorted().joined(separator: ", "))") }
        if !filter.sectors.isEmpty {
            let names = filter.sectors.sorted().map { state.index.sector(id: $0)?.name ?? $0 }
            parts.append("sector: \(names.joined(separator: ", "))")
        }
        if !filter.years.isEmpty {
            parts.append("year: \(filter.years.sorted().map(String.init).joined(separator: ", "))")
        }
        if !filter.sources.isEmpty {
            let names = filter.sources.sorted().map { state.index.source(id: $0)?.shortName ?? $0 }
            parts.append("source: \(names.joined(separator: ", "))")
        }
        if !filter.confidences.isEmpty {
            parts.append("confidence: \(filter.confidences.map(\.rawValue).sorted().joined(separator: ", "))")
        }
        if let span = filter.span { parts.append("period: \(span.label) (\(span.boundsText))") }
        if !filter.text.isEmpty { parts.append("text: \(filter.text)") }
        let table = KeyTable.standard
        let layer =
            state.index.newsEventCount == 0
            ? "" : filter.includesNews ? " with the news (\(glyphs.news))" : ""
        // What is shown comes first; its key hint follows only when it fits whole.
        let (text, hint, style) =
            parts.isEmpty
            ? (
                " All events\(layer)", "\(glyphs.separator)\(table.label(for: .openFilterPicker)): filter",
                Style(.muted)
            )
            : (
                " Filter " + parts.joined(separator: glyphs.separator) + layer,
                "\(glyphs.separator)\(table.label(for: .back)) clears", Style(.accent)
            )
        let fits = DisplayWidth.of(text + hint) <= row.width
        let used = canvas.write(
            TextWrap.truncate(text, width: row.width, ellipsis: glyphs.ellipsis), x: row.x, y: row.y, style: style,
            clip: row)
        if fits { canvas.write(hint, x: row.x + used, y: row.y, style: Style(.muted), clip: row) }
    }

    // MARK: - Detail

    /// The detail of an event: title, date, kind, place, people, sectors, description, sources.
    static func detail(_ event: Event, index: RelationIndex) -> DetailContent {
        typealias Line = DetailContent.Line
        let relation = index.relation
        let planned = relation.status(of: event) == .planned
        var lines = [
            Line(text: event.title, style: Style(.title, [.bold])),
            Line(
                text: "\(event.date.displayText) · \(event.kind)" + (planned ? " · planned" : ""),
                style: Style(planned ? .planned : .muted)),
        ]
        if let place = event.place { lines.append(Line(text: "Place: \(place)", style: .plain, indent: 7)) }
        if !event.people.isEmpty {
            lines.append(Line(text: "People: \(event.people.joined(separator: ", "))", style: .plain, indent: 8))
        }
        if !event.sectors.isEmpty {
            let names = event.sectors.map { index.sector(id: $0)?.name ?? $0 }
            lines.append(Line(text: "Sectors: \(names.joined(separator: ", "))", style: .plain, indent: 9))
        }
        if let description = event.description {
            lines += [Line(text: "", style: .plain), Line(text: description, style: .plain)]
        }
        if let news = event.news {
            lines += [
                Line(text: "", style: .plain),
                Line(text: "From the news (GDELT), not curated", style: Style(.title)),
                Line(
                    text:
                        "CAMEO \(news.cameo) · Goldstein \(news.goldstein.signedScore) · tone \(news.tone.signedScore)",
                    style: .plain, indent: 2),
                Line(
                    text: "\(news.sources.counting("source")),"
                        + " \(news.articles.counting("article"))", style: .plain, indent: 2),
            ]
            if let url = news.url {
                lines.append(Line(text: "Article: \(url)", style: Style(.accent), indent: 11, link: url))
            }
        }
        lines += DetailContent.sources(event.provenance, index: index)
        return DetailContent(title: event.isNews ? "News event" : "Event", lines: lines)
    }
}

extension Double {
    /// A score with its sign and one decimal: `+8.0`, `−4.5`.
    var signedScore: String {
        guard isFinite else { return "n/a" }
        return (self < 0 ? "−" : "+") + String(format: "%.1f", abs(self))
    }
}

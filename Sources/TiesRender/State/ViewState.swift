import Foundation
import TiesModel

/// What the dashboard shows of a relation: focus, a position per panel, filters, search,
/// overlays, theme and symbols — and the indexed relation they apply to.
///
/// A value changed only by ``apply(_:)`` (and ``load(_:)`` for new data), so every
/// interaction can be tested as data. Results that cost more than the screen — the filtered
/// timeline, the search matches — are computed once when they change and kept here, never
/// per frame. Selections and scrolling stay valid whatever the filter, the data or the size.
public struct ViewState: Sendable {
    // MARK: - State

    /// The indexed relation shown.
    public private(set) var index: RelationIndex
    /// The panels and their places.
    public let panels: PanelSet
    /// The screen size.
    public private(set) var size: Size
    /// The focused panel.
    public private(set) var focus: PanelID
    /// The selection and scroll of each panel's list.
    public private(set) var positions: [PanelID: ListPosition] = [:]
    /// The trade measure shown, as an index of `index.tradeMeasures`.
    public private(set) var measureIndex = 0
    /// Which events the timeline shows.
    public private(set) var filter = EventFilter()
    /// What the trade panel shows.
    public private(set) var tradeView = TradeView.growth
    /// Which periods the trade panel shows: all, calendar years only, fiscal years only.
    public private(set) var periodKinds = PeriodKinds.all
    /// How the sectors panel orders the sectors.
    public private(set) var sectorOrder = SectorOrder.written
    /// A one-off message for the status line (a search that wrapped around, a search a filter
    /// change cleared), gone after the next action.
    public private(set) var notice: String?
    /// The timeline for the current filter (derived; rebuilt when the filter or data change).
    public private(set) var timeline: Timeline
    /// The open overlay.
    public private(set) var overlay: Overlay?
    /// The search being typed or kept for `n`/`N`, with its matches.
    public private(set) var search: Search?
    /// The names of the themes `t` cycles through.
    public private(set) var themeNames: [String]
    /// The current theme, as an index of `themeNames`.
    public private(set) var themeIndex: Int
    /// The symbols charts are drawn with.
    public private(set) var symbols: SymbolSet

    /// Creates the state of a freshly opened dashboard.
    public init(
        index: RelationIndex, size: Size, themeNames: [String] = ["default"], theme: String? = nil,
        symbols: SymbolSet = .braille, focus: PanelID = .trade, panels: PanelSet = .standard
    ) {
        self.index = index
        self.panels = panels
        self.size = size
        let names = themeNames.isEmpty ? ["default"] : themeNames
        self.themeNames = names
        themeIndex = theme.flatMap { names.firstIndex(of: $0) } ?? 0
        self.symbols = symbols
        self.focus = panels.ids.contains(focus) ? focus : panels.ids.first ?? focus
        // The news layer shows from the start when there is nothing else to show.
        filter = EventFilter(includesNews: index.curatedEventCount == 0 && index.newsEventCount > 0)
        timeline = Timeline(positions: index.positions(matching: filter), index: index)
        for id in panels.ids {
            guard let panel = panels.panel(id) else { continue }
            positions[id] = ListPosition(selection: panel.initialSelection(in: self))
        }
        revealSelections()
        showEndOfTimeline()
    }

    // MARK: - Derived values

    /// The relation shown.
    public var relation: Relation { index.relation }
    /// The layout for the current size and focus.
    public var layout: Layout { Layout(size: size, panels: panels, focus: focus) }
    /// The focused panel.
    public var focusedPanel: (any DashboardPanel)? { panels.panel(focus) }
    /// The measure shown in the trade panel.
    public var measure: TradeMeasure { index.tradeMeasures[measureIndex % index.tradeMeasures.count] }
    /// The series the trade panel lists: the measure shown, with the periods `periodKinds`
    /// keeps; in the balance view, the figures that state both directions.
    public var series: TradeSeries {
        tradeView == .balance ? index.balanceSeries : index.tradeSeries(measureIndex, kinds: periodKinds)
    }
    /// The current theme's name.
    public var themeName: String { themeNames[themeIndex % themeNames.count] }

    /// Whether an action does something with this relation (the news layer needs news events,
    /// the composition view a composition): the status line hints only at those that do.
    public func offers(_ action: Action) -> Bool {
        switch action {
        case .move, .page, .moveToStart, .moveToEnd, .openDetail, .showInTimeline:
            focus != .trade || !relation.trade.figures.isEmpty
        default: unavailable(action) == nil
        }
    }

    /// Why an action that needs something of the relation does nothing with this one (the
    /// status line says it when its key is pressed); nil when it does something.
    func unavailable(_ action: Action) -> String? {
        switch action {
        case .toggleNews where index.newsEventCount == 0:
            "no news layer in this relation (GDELT files give one)"
        case .toggleNews where index.curatedEventCount == 0:
            "only news events in this relation: the news layer stays shown"
        case .toggleTradeView where relation.trade.composition.isEmpty:
            "no composition by commodity in this relation (UN Comtrade files give one)"
        case .toggleBalance where index.balanceSeries.points.isEmpty:
            "no figure states both directions of trade"
        case .cycleMeasure where relation.trade.figures.isEmpty, .cyclePeriodKinds where relation.trade.figures.isEmpty:
            "no trade figures in this relation"
        // The balance view charts both directions of every period: no measure, no kinds.
        case .cycleMeasure where tradeView == .balance, .cyclePeriodKinds where tradeView == .balance:
            "the balance view shows both directions of every period (b: back to growth)"
        default: nil
        }
    }

    /// Shows a one-off message in the status line (what an effect did, or why it could not).
    public mutating func say(_ message: String) { notice = message }

    /// The selected item of the focused panel as a citation: its text, and the first URL among
    /// its sources (a news event's article first).
    public var selectedCitation: (text: String, url: String?)? {
        guard let item = focusedPanel?.selectedCitable(in: self) else { return nil }
        let sources = item.provenance.sources.compactMap(index.source(id:))
        // The source cited is the one whose address is given: the first with an address, unless
        // the item has one of its own (a news event's article).
        let cited = item.url == nil ? sources.first { $0.url != nil } ?? sources.first : sources.first
        let url = item.url ?? cited?.url
        var text = "“\(item.title)”"
        if let date = item.date { text += " (\(date))" }
        if let source = cited {
            text += " — \(source.title)"
            if !source.byline.isEmpty { text += ", \(source.byline)" }
        }
        if let url { text += ", \(url)" }
        return (VisibleText.sanitize(text), url.flatMap { Hyperlink.isSafe($0) ? $0 : nil })
    }

    /// Where the selected item is written, for the editor.
    public var selectedLocation: FileLocation? { focusedPanel?.selectedLocation(in: self) }

    /// Where the selection stands among the search's matches, as (1-based place, count), when
    /// the selection is a match.
    public var matchPlace: (place: Int, count: Int)? {
        guard let current = search, !current.text.isEmpty else { return nil }
        let selected = selection(current.panel)
        // Matches are in list order, so the place is a binary search.
        guard let index = current.matches.sortedIndex(of: selected) else { return nil }
        return (index + 1, current.matches.count)
    }

    /// The selection and scroll of a panel.
    public func position(_ panel: PanelID) -> ListPosition { positions[panel] ?? ListPosition() }

    /// The selected item of a panel.
    public func selection(_ panel: PanelID) -> Int { position(panel).selection }

    /// The selected trade point, if the series has any.
    public var selectedPoint: TradeSeries.Point? {
        let points = series.points
        let selected = selection(.trade)
        return points.indices.contains(selected) ? points[selected] : nil
    }
    /// The position (in date order) of the selected event, if the timeline has any.
    public var selectedEventPosition: Int32? {
        let selected = selection(.events)
        return timeline.positions.indices.contains(selected) ? timeline.positions[selected] : nil
    }
    /// The selected event, if the timeline has any.
    public var selectedEvent: Event? { selectedEventPosition.map(index.event(at:)) }
    /// The selected sector, if any.
    public var selectedSector: Sector? {
        let selected = selection(.sectors)
        let sectors = self.sectors
        return sectors.indices.contains(selected) ? sectors[selected] : nil
    }

    /// The sectors in the order the sectors panel lists them.
    public var sectors: [Sector] {
        let sectors = relation.sectors
        switch sectorOrder {
        case .written: return sectors
        case .status:
            return sectors.enumerated().sorted {
                ($0.element.status.rank, $0.offset) < ($1.element.status.rank, $1.offset)
            }.map(\.element)
        case .blockers:
            return sectors.enumerated().sorted {
                ($1.element.blockers.count, $0.offset) < ($0.element.blockers.count, $1.offset)
            }.map(\.element)
        case .name:
            return sectors.sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
        }
    }

    /// The number of items in a panel's list.
    public func itemCount(_ panel: PanelID) -> Int { panels.panel(panel)?.itemCount(in: self) ?? 0 }

    /// The rows a panel's scrolling list gets in the current layout.
    public func listHeight(_ panel: PanelID) -> Int {
        guard let id = panels.panel(panel), let rect = layout.rect(panel) else { return 1 }
        return max(1, id.listArea(in: rect, state: self).height)
    }

    /// The detail of the focused panel's selected item.
    public var detail: DetailContent? {
        guard let panel = focusedPanel, itemCount(focus) > 0 else { return nil }
        return panel.detail(of: selection(focus), in: self)
    }

    // MARK: - Applying actions

    /// Changes the state by one action; returns what the program must do beyond it.
    @discardableResult
    public mutating func apply(_ action: Action) -> Effect? {
        notice = nil
        if let reason = unavailable(action) {
            notice = reason
            return nil
        }
        switch action {
        case .focusNext: setFocus(panels.neighbour(of: focus, step: 1))
        case .focusPrevious: setFocus(panels.neighbour(of: focus, step: -1))
        case .focusNumber(let number):
            if panels.ids.indices.contains(number - 1) { setFocus(panels.ids[number - 1]) }
        case .focusLeft: layout.panel(beside: focus, direction: -1).map { setFocus($0) }
        case .focusRight: layout.panel(beside: focus, direction: 1).map { setFocus($0) }
        case .move(let rows): moveOrScroll(by: rows)
        case .page(let pages): moveOrScroll(by: pages * pageHeight)
        case .moveToStart: moveOrScroll(to: 0)
        case .moveToEnd: moveOrScroll(to: Int.max / 2)
        case .openDetail:
            if itemCount(focus) > 0 { overlay = .detail(scroll: 0) }
        case .stepDetail(let step):
            move(focus, to: selection(focus) + step)
            if case .detail = overlay { overlay = .detail(scroll: 0) }
        case .back: back()
        case .closeOverlay: overlay = nil
        case .startSearch:
            overlay = nil
            search = Search(text: "", isEditing: true, panel: focus, origin: selection(focus))
        case .searchText(let text): updateSearch(text)
        case .deleteSearchCharacter:
            if let text = search?.text, !text.isEmpty { updateSearch(String(text.dropLast())) } else { back() }
        case .clearSearchText: updateSearch("")
        case .commitSearch:
            search?.isEditing = false
            if search?.text.isEmpty == true { search = nil }
        case .nextMatch: jumpToMatch(forward: true)
        case .previousMatch: jumpToMatch(forward: false)
        case .cycleKindFilter: cycleKindFilter()
        case .toggleYearFilter: toggleYearFilter()
        case .filterBySearch: filterBySearch()
        case .showInTimeline:
            // From a sector's or a period's detail too, which says so ("e shows them").
            if case .detail = overlay {
                guard focus != .events else {
                    notice = "e shows a sector's or a period's events"
                    return nil
                }
                overlay = nil
            }
            showInTimeline()
        case .cycleMeasure: setMeasure(measureIndex + 1)
        case .toggleTradeView:
            tradeView = tradeView == .composition ? .growth : .composition
            move(.trade, to: selection(.trade))
        case .toggleBalance:
            // The view lists other figures: the selection stays on its figure where the new
            // list has it, else goes to the newest.
            let figure = selectedPoint?.figure
            tradeView = tradeView == .balance ? .growth : .balance
            searchAgain(in: .trade)
            let points = series.points
            move(.trade, to: points.firstIndex { $0.figure == figure } ?? max(0, points.count - 1))
        case .cycleSectorOrder:
            let selected = selectedSector?.id
            sectorOrder = sectorOrder.next
            searchAgain(in: .sectors)
            move(.sectors, to: sectors.firstIndex { $0.id == selected } ?? 0)
        case .cyclePeriodKinds:
            periodKinds = periodKinds.next
            searchAgain(in: .trade)
            positions[.trade] = ListPosition(selection: max(0, series.points.count - 1))
            reveal(.trade)
        case .toggleNews:
            var next = filter
            next.includesNews.toggle()
            setFilter(next)
        case .openFilterPicker: overlay = .filter(FilterPicker(draft: filter, index: index))
        case .openYearJump:
            var picker = FilterPicker(draft: filter, index: index, jumpsToYear: true)
            // The cursor starts on the selected event's year.
            if let position = selectedEventPosition {
                let year = String(index.startYear(position))
                picker.cursor = picker.choices.firstIndex { $0.value == year } ?? 0
            }
            overlay = .filter(picker)
        case .openSource:
            guard let url = selectedCitation?.url else {
                notice = "no URL for the selected item"
                return nil
            }
            return .open(url: url)
        case .copyCitation:
            guard let citation = selectedCitation else {
                notice = "nothing selected to cite"
                return nil
            }
            notice = "copied: \(citation.text)"
            return .copy(text: citation.text)
        case .editItem:
            guard let location = selectedLocation else {
                // Whether there is a file at all is the program's to say (the bundled relation).
                notice = "no line of a file is known for the selected item"
                return nil
            }
            return .edit(location)
        case .stepFacet(let step):
            if case .filter(var picker) = overlay {
                picker.stepFacet(step, index: index)
                overlay = .filter(picker)
            }
        case .toggleChoice:
            if case .filter(var picker) = overlay {
                picker.toggleChoice(index)
                overlay = .filter(picker)
            }
        case .clearChoices:
            if case .filter(var picker) = overlay {
                picker.clearChoices(index)
                overlay = .filter(picker)
            }
        case .applyFilter:
            if case .filter(let picker) = overlay {
                overlay = nil
                if picker.jumpsToYear {
                    let choices = picker.choices
                    if choices.indices.contains(picker.cursor), let year = Int(choices[picker.cursor].value),
                        let ordinal = timeline.firstOrdinal(inOrAfter: year)
                    {
                        setFocus(.events)
                        move(.events, to: ordinal)
                    }
                } else {
                    setFilter(picker.draft)
                }
            }
        case .cycleTheme: themeIndex = (themeIndex + 1) % themeNames.count
        case .cycleSymbols: symbols = symbols.next
        case .useSymbols(let set): symbols = set
        case .toggleHelp: overlay = isHelpOpen ? nil : .help(scroll: 0)
        case .quit: return .quit
        case .resize(let newSize):
            size = Size(width: max(0, newSize.width), height: max(0, newSize.height))
            revealSelections()
        case .click(let x, let y): click(x: x, y: y)
        case .scroll(let x, let y, let rows): scroll(x: x, y: y, rows: rows)
        }
        return nil
    }

    // MARK: - Focus and movement

    private var isHelpOpen: Bool {
        if case .help = overlay { return true }
        return false
    }

    private var pageHeight: Int {
        if overlay != nil { return max(1, layout.overlay.height - 2) }
        return max(1, listHeight(focus) - 1)
    }

    private mutating func setFocus(_ panel: PanelID) {
        focus = panel
        overlay = nil
        revealSelections()
    }

    private mutating func moveOrScroll(by rows: Int) {
        switch overlay {
        case .detail(let scroll): overlay = .detail(scroll: clampOverlay(scroll + rows))
        case .help(let scroll): overlay = .help(scroll: clampOverlay(scroll + rows))
        case .filter(var picker):
            picker.cursor = max(0, min(picker.cursor + rows, picker.choices.count - 1))
            overlay = .filter(picker)
        case nil:
            if let stops = panels.panel(focus)?.stops(in: self), !stops.isEmpty {
                // From stop to stop: the stop at or before the selection, then `rows` on.
                let here = stops.lastIndex { $0 <= selection(focus) } ?? 0
                move(focus, to: stops[max(0, min(stops.count - 1, here + rows))])
            } else {
                move(focus, to: selection(focus) + rows)
            }
        }
    }

    private mutating func moveOrScroll(to line: Int) {
        switch overlay {
        case .detail: overlay = .detail(scroll: clampOverlay(line))
        case .help: overlay = .help(scroll: clampOverlay(line))
        case .filter(var picker):
            picker.cursor = max(0, min(line, picker.choices.count - 1))
            overlay = .filter(picker)
        case nil: move(focus, to: line)
        }
    }

    /// An overlay scroll kept within its content, so scrolling back starts at once.
    private func clampOverlay(_ line: Int) -> Int {
        guard let overlay, let (view, _) = OverlayView.content(of: overlay, state: self, table: .standard) else {
            return 0
        }
        return min(max(0, line), max(0, view.lines.count - (layout.overlay.height - 2)))
    }

    /// Selects an item of a panel (where its view has stops, the stop at or before it, else
    /// the first) and scrolls it into view.
    mutating func move(_ panel: PanelID, to item: Int) {
        var position = self.position(panel)
        var item = min(item, itemCount(panel) - 1)
        if let stops = panels.panel(panel)?.stops(in: self), let first = stops.first {
            item = stops.last { $0 <= item } ?? first
        }
        position.select(item, count: itemCount(panel))
        positions[panel] = position
        reveal(panel)
    }

    /// Scrolls the timeline to its end when that keeps the selection in view, so the planned
    /// events after the newest past one show below it.
    private mutating func showEndOfTimeline() {
        guard let panel = panels.panel(.events) else { return }
        var position = self.position(.events)
        let end = max(0, panel.rowCount(in: self) - listHeight(.events))
        if panel.row(ofItem: position.selection, in: self) - panel.rowsKeptAbove(item: position.selection, in: self)
            >= end
        {
            position.scroll = end
            positions[.events] = position
        }
    }

    private mutating func revealSelections() {
        for panel in panels.ids { reveal(panel) }
    }

    private mutating func reveal(_ id: PanelID) {
        guard let panel = panels.panel(id) else { return }
        var position = self.position(id)
        position.select(position.selection, count: panel.itemCount(in: self))
        let row = panel.row(ofItem: position.selection, in: self)
        position.reveal(
            row: row, above: panel.rowsKeptAbove(item: position.selection, in: self), height: listHeight(id),
            total: panel.rowCount(in: self))
        positions[id] = position
    }

    // MARK: - Back, search and filters

    private mutating func back() {
        if overlay != nil {
            overlay = nil
        } else if let current = search {
            search = nil
            if current.isEditing { move(current.panel, to: current.origin) }
        } else if !filter.isEmpty {
            setFilter(EventFilter(includesNews: filter.includesNews))
        }
    }

    private mutating func updateSearch(_ text: String) {
        guard var current = search, let panel = panels.panel(current.panel) else { return }
        let narrowing = !current.text.isEmpty && text.hasPrefix(current.text)
        current.matches = text.isEmpty ? [] : panel.matches(text, among: narrowing ? current.matches : nil, in: self)
        current.text = text
        search = current
        if let first = current.matches.first(where: { $0 >= current.origin }) ?? current.matches.first {
            move(current.panel, to: first)
        } else {
            move(current.panel, to: current.origin)
        }
    }

    private mutating func jumpToMatch(forward: Bool) {
        guard let current = search, !current.text.isEmpty else { return }
        if focus != current.panel { setFocus(current.panel) }
        let selected = selection(current.panel)
        let found = current.matches
        let ahead = forward ? found.first { $0 > selected } : found.last { $0 < selected }
        let target = ahead ?? (forward ? found.first : found.last)
        if ahead == nil, target != nil {
            notice = forward ? "search wrapped to the first match" : "search wrapped to the last match"
        }
        if let target { move(current.panel, to: target) }
    }

    private mutating func cycleKindFilter() {
        // Only the kinds the timeline can show under the other filters (and layer).
        let visible = Set(index.counts(of: .kind, under: filter).filter { $0.count > 0 }.map(\.value))
        let kinds = index.eventKinds.filter { visible.contains($0) }
        var next = filter
        if let kind = filter.kinds.first, filter.kinds.count == 1, let position = kinds.firstIndex(of: kind) {
            next.kinds = position + 1 < kinds.count ? [kinds[position + 1]] : []
        } else {
            next.kinds = kinds.first.map { [$0] } ?? []
        }
        setFilter(next)
    }

    private mutating func toggleYearFilter() {
        var next = filter
        if !next.years.isEmpty {
            next.years = []
        } else if let position = selectedEventPosition {
            next.years = [index.startYear(position)]
        } else {
            return
        }
        setFilter(next)
    }

    private mutating func filterBySearch() {
        guard let text = search?.text, !text.isEmpty else { return }
        var next = filter
        next.text = text
        search = nil
        setFilter(next)
        setFocus(.events)
    }

    private mutating func showInTimeline() {
        if focus == .sectors, let sector = selectedSector {
            setFilter(EventFilter(sectors: [sector.id], includesNews: filter.includesNews))
            move(.events, to: 0)
            setFocus(.events)
        } else if focus == .trade, let point = selectedPoint {
            // The events inside the period's real bounds (a fiscal year's months included).
            let period = point.period
            var next = EventFilter(includesNews: filter.includesNews)
            next.span = DaySpan(first: period.firstDay, last: period.lastDay, label: period.shortLabel)
            setFilter(next)
            setFocus(.events)
        }
    }

    /// Changes the filter, keeping the selected event selected if it still passes.
    private mutating func setFilter(_ newFilter: EventFilter) {
        let selected = selectedEventPosition
        filter = newFilter
        timeline = Timeline(positions: index.positions(matching: filter), index: index)
        searchAgain(in: .events)
        let kept = selected.flatMap { timeline.positions.sortedIndex(of: $0) } ?? 0
        positions[.events] = ListPosition()
        move(.events, to: kept)
    }

    private mutating func setMeasure(_ newIndex: Int) {
        let period = selectedPoint?.period
        measureIndex = newIndex % index.tradeMeasures.count
        let points = series.points
        let same = period.flatMap { period in points.firstIndex { $0.period == period } }
        let nearest = period.flatMap { period in points.lastIndex { $0.period <= period } }
        move(.trade, to: same ?? nearest ?? points.count - 1)
        searchAgain(in: .trade)
    }

    /// Finds a search's matches again after its panel's list changed (filtered, ordered or
    /// charted anew): they are ordinals of the old list.
    private mutating func searchAgain(in panel: PanelID) {
        guard var current = search, current.panel == panel else { return }
        current.matches =
            current.text.isEmpty ? [] : panels.panel(panel)?.matches(current.text, among: nil, in: self) ?? []
        search = current
    }

    // MARK: - Mouse

    private mutating func click(x: Int, y: Int) {
        if overlay != nil {
            if !layout.overlay.contains(x: x, y: y) { overlay = nil }
            return
        }
        if let tabs = layout.tabStrip, tabs.contains(x: x, y: y) {
            if let panel = TabStrip.panel(atColumn: x, panels: panels) { setFocus(panel) }
            return
        }
        guard let id = layout.panel(atX: x, y: y), let panel = panels.panel(id), let rect = layout.rect(id) else {
            return
        }
        if id != focus { setFocus(id) }
        let list = panel.listArea(in: rect, state: self)
        guard list.contains(x: x, y: y) else { return }
        if let item = panel.item(atRow: position(id).scroll + (y - list.y), in: self) { move(id, to: item) }
    }

    private mutating func scroll(x: Int, y: Int, rows: Int) {
        if overlay != nil {
            moveOrScroll(by: rows)
            return
        }
        guard let panel = layout.panel(atX: x, y: y) else { return }
        move(panel, to: selection(panel) + rows)
    }

    // MARK: - New data

    /// Shows a newly loaded relation, keeping each selection on the same item where it
    /// still exists, the filter where its values still exist, and the detail open.
    public mutating func load(_ newIndex: RelationIndex) {
        let eventID = selectedEvent?.id
        let sectorID = selectedSector?.id
        let point = selectedPoint.map { ($0.period, $0.figure.provenance.sources) }
        index = newIndex
        measureIndex = min(measureIndex, newIndex.tradeMeasures.count - 1)
        filter.kinds = filter.kinds.filter { newIndex.kindCounts[$0] != nil }
        filter.sectors = filter.sectors.filter { newIndex.sector(id: $0) != nil }
        filter.sources = filter.sources.filter { newIndex.source(id: $0) != nil }
        timeline = Timeline(positions: newIndex.positions(matching: filter), index: newIndex)
        search = nil
        let points = series.points
        if let (period, sources) = point {
            let found =
                points.firstIndex { $0.period == period && $0.figure.provenance.sources == sources }
                ?? points.firstIndex { $0.period == period }
            if let found { positions[.trade]?.selection = found }
        }
        if let eventID, let position = newIndex.position(ofEventID: eventID),
            let ordinal = timeline.positions.sortedIndex(of: position)
        {
            positions[.events]?.selection = ordinal
        }
        if let sectorID, let found = sectors.firstIndex(where: { $0.id == sectorID }) {
            positions[.sectors]?.selection = found
        }
        if case .detail = overlay { overlay = .detail(scroll: 0) }
        revealSelections()
    }
}

import Foundation
import TiesModel

/// Everything the dashboard shows besides the data: focus, selections, filters, overlays.
///
/// A value changed only by ``apply(_:)``, so every interaction can be tested as data.
/// Selections and scrolling stay valid whatever the filter, the data or the screen size.
public struct ViewState: Sendable {
    // MARK: - State

    /// The relation shown.
    public private(set) var relation: Relation
    /// The screen size.
    public private(set) var size: Size
    /// The focused panel.
    public private(set) var focus: Panel = .trade
    /// The trade measure shown, as an index of `relation.tradeMeasures`.
    public private(set) var measureIndex = 0
    /// The selected point of the trade series, and the chart's scroll.
    public private(set) var trade = ListPosition()
    /// The selected event (an index of `timeline.events`) and the timeline's scroll (in rows).
    public private(set) var events = ListPosition()
    /// The selected sector and the sectors list's scroll.
    public private(set) var sectors = ListPosition()
    /// Which events the timeline shows.
    public private(set) var filter = TimelineFilter()
    /// The open overlay.
    public private(set) var overlay: Overlay?
    /// The search being typed or kept for `n`/`N`.
    public private(set) var search: Search?
    /// The names of the themes `t` cycles through.
    public private(set) var themeNames: [String]
    /// The current theme, as an index of `themeNames`.
    public private(set) var themeIndex: Int
    /// The symbols charts are drawn with.
    public private(set) var symbols: SymbolSet
    /// A message shown above the status line until cleared (e.g. a reload error).
    public private(set) var banner: String?
    /// Whether the user asked to quit.
    public private(set) var shouldQuit = false

    /// The series of the current measure (derived; rebuilt when the measure or data change).
    public private(set) var series: TradeSeries
    /// The timeline rows for the current filter (derived; rebuilt when the filter or data change).
    public private(set) var timeline: TimelineRows
    /// The number of events linked to each sector id (derived; rebuilt when the data change).
    public private(set) var sectorEventCounts: [String: Int]

    /// Creates the state of a freshly opened dashboard.
    public init(
        relation: Relation, size: Size, themeNames: [String] = ["default"], theme: String? = nil,
        symbols: SymbolSet = .braille, focus: Panel = .trade
    ) {
        self.relation = relation
        self.size = size
        let names = themeNames.isEmpty ? ["default"] : themeNames
        self.themeNames = names
        themeIndex = theme.flatMap { names.firstIndex(of: $0) } ?? 0
        self.symbols = symbols
        self.focus = focus
        series = relation.tradeSeries(.turnover)
        timeline = TimelineRows(relation: relation, filter: TimelineFilter())
        sectorEventCounts = relation.eventCountsBySector
        trade.select(series.points.count - 1, count: series.points.count)
        revealSelections()
    }

    // MARK: - Derived values

    /// The layout for the current size and focus.
    public var layout: Layout { Layout(size: size, focus: focus) }
    /// The measure shown in the trade panel.
    public var measure: TradeMeasure { relation.tradeMeasures[measureIndex % relation.tradeMeasures.count] }
    /// The current theme's name.
    public var themeName: String { themeNames[themeIndex % themeNames.count] }

    /// The selected trade point, if the series has any.
    public var selectedPoint: TradeSeries.Point? {
        series.points.indices.contains(trade.selection) ? series.points[trade.selection] : nil
    }
    /// The selected event, if the timeline has any.
    public var selectedEvent: Event? {
        timeline.events.indices.contains(events.selection) ? timeline.events[events.selection] : nil
    }
    /// The selected sector, if any.
    public var selectedSector: Sector? {
        relation.sectors.indices.contains(sectors.selection) ? relation.sectors[sectors.selection] : nil
    }

    /// The number of items in a panel's list.
    public func itemCount(_ panel: Panel) -> Int {
        switch panel {
        case .trade: series.points.count
        case .events: timeline.events.count
        case .sectors: relation.sectors.count
        }
    }

    /// The indices of a panel's items that match a search text.
    public func matches(_ text: String, in panel: Panel) -> [Int] {
        guard !text.isEmpty else { return [] }
        switch panel {
        case .trade:
            return series.points.indices.filter { relation.figure(series.points[$0].figure, matches: text) }
        case .events:
            return timeline.events.indices.filter { timeline.events[$0].matches(text: text) }
        case .sectors:
            return relation.sectors.indices.filter { relation.sectors[$0].matches(text: text) }
        }
    }

    // MARK: - Applying actions

    /// Changes the state by one action.
    public mutating func apply(_ action: Action) {
        switch action {
        case .focusNext: setFocus(focus.next)
        case .focusPrevious: setFocus(focus.previous)
        case .focus(let panel): setFocus(panel)
        case .move(let rows): moveOrScrollOverlay(by: rows)
        case .page(let pages): moveOrScrollOverlay(by: pages * pageHeight)
        case .moveToStart: moveOrScrollOverlay(to: 0)
        case .moveToEnd: moveOrScrollOverlay(to: Int.max / 2)
        case .horizontal(let step):
            if focus == .trade { move(.trade, to: trade.selection + step) } else { horizontalFocus(step) }
        case .openDetail:
            overlay = overlay == nil && itemCount(focus) > 0 ? .detail(scroll: 0) : nil
        case .back: back()
        case .startSearch:
            overlay = nil
            search = Search(text: "", isEditing: true, panel: focus, origin: position(focus).selection)
        case .searchText(let text): updateSearch(text)
        case .commitSearch:
            search?.isEditing = false
            if search?.text.isEmpty == true { search = nil }
        case .nextMatch: jumpToMatch(forward: true)
        case .previousMatch: jumpToMatch(forward: false)
        case .cycleKindFilter: cycleKindFilter()
        case .toggleYearFilter: toggleYearFilter()
        case .filterBySearch: filterBySearch()
        case .showInTimeline: showInTimeline()
        case .cycleMeasure: setMeasure(measureIndex + 1)
        case .cycleTheme: themeIndex = (themeIndex + 1) % themeNames.count
        case .cycleSymbols: symbols = symbols.next
        case .useSymbols(let set): symbols = set
        case .toggleHelp: overlay = isHelpOpen ? nil : .help(scroll: 0)
        case .quit: shouldQuit = true
        case .resize(let newSize):
            size = Size(width: max(0, newSize.width), height: max(0, newSize.height))
            revealSelections()
        case .click(let x, let y): click(x: x, y: y)
        case .scroll(let x, let y, let rows): scroll(x: x, y: y, rows: rows)
        case .reload(let newRelation): reload(newRelation)
        case .banner(let text): banner = text
        }
    }

    // MARK: - Focus and movement

    private var isHelpOpen: Bool {
        if case .help = overlay { return true }
        return false
    }

    private var pageHeight: Int {
        if overlay != nil { return max(1, layout.overlay.height - 2) }
        return max(1, layout.listHeight(focus) - 1)
    }

    private mutating func setFocus(_ panel: Panel) {
        focus = panel
        overlay = nil
        revealSelections()
    }

    private mutating func horizontalFocus(_ step: Int) {
        switch (focus, step > 0) {
        case (.events, true): setFocus(.sectors)
        case (.events, false): setFocus(.trade)
        case (.sectors, true): setFocus(.trade)
        case (.sectors, false): setFocus(.events)
        default: break
        }
    }

    private func position(_ panel: Panel) -> ListPosition {
        switch panel {
        case .trade: trade
        case .events: events
        case .sectors: sectors
        }
    }

    private mutating func moveOrScrollOverlay(by rows: Int) {
        switch overlay {
        case .detail(let scroll): overlay = .detail(scroll: clampOverlay(scroll + rows))
        case .help(let scroll): overlay = .help(scroll: clampOverlay(scroll + rows))
        case nil: move(focus, to: position(focus).selection + rows)
        }
    }

    private mutating func moveOrScrollOverlay(to line: Int) {
        switch overlay {
        case .detail: overlay = .detail(scroll: clampOverlay(line))
        case .help: overlay = .help(scroll: clampOverlay(line))
        case nil: move(focus, to: line)
        }
    }

    private func clampOverlay(_ line: Int) -> Int {
        guard let overlay else { return 0 }
        let width = layout.overlay.width - 4
        let count =
            switch overlay {
            case .detail: DetailContent(state: self).wrapped(width: width).count
            case .help: HelpContent.lines(table: .standard).count
            }
        return min(max(0, line), max(0, count - (layout.overlay.height - 2)))
    }

    /// Selects an item of a panel and scrolls it into view.
    mutating func move(_ panel: Panel, to index: Int) {
        switch panel {
        case .trade: trade.select(index, count: series.points.count)
        case .events: events.select(index, count: timeline.events.count)
        case .sectors: sectors.select(index, count: relation.sectors.count)
        }
        reveal(panel)
    }

    private mutating func revealSelections() {
        for panel in Panel.allCases { reveal(panel) }
    }

    private mutating func reveal(_ panel: Panel) {
        let height = layout.listHeight(panel)
        switch panel {
        case .trade:
            trade.select(trade.selection, count: series.points.count)
            trade.reveal(row: trade.selection, height: height, total: series.points.count)
        case .events:
            events.select(events.selection, count: timeline.events.count)
            let row = timeline.rowOfEvent.indices.contains(events.selection) ? timeline.rowOfEvent[events.selection] : 0
            let headingAbove = row > 0 && timeline.event(atRow: row - 1) == nil ? 1 : 0
            events.reveal(row: row, above: headingAbove, height: height, total: timeline.rows.count)
        case .sectors:
            sectors.select(sectors.selection, count: relation.sectors.count)
            sectors.reveal(row: sectors.selection, height: height, total: relation.sectors.count)
        }
    }

    // MARK: - Back, search and filters

    private mutating func back() {
        if overlay != nil {
            overlay = nil
        } else if let current = search {
            search = nil
            if current.isEditing { move(current.panel, to: current.origin) }
        } else if !filter.isEmpty {
            setFilter(TimelineFilter())
        } else if banner != nil {
            banner = nil
        }
    }

    private mutating func updateSearch(_ text: String) {
        guard var current = search else { return }
        current.text = text
        search = current
        let found = matches(text, in: current.panel)
        if let first = found.first(where: { $0 >= current.origin }) ?? found.first {
            move(current.panel, to: first)
        } else {
            move(current.panel, to: current.origin)
        }
    }

    private mutating func jumpToMatch(forward: Bool) {
        guard let current = search, !current.text.isEmpty else { return }
        if focus != current.panel { setFocus(current.panel) }
        let found = matches(current.text, in: current.panel)
        let selection = position(current.panel).selection
        let target =
            forward
            ? found.first { $0 > selection } ?? found.first
            : found.last { $0 < selection } ?? found.last
        if let target { move(current.panel, to: target) }
    }

    private mutating func cycleKindFilter() {
        let kinds = relation.eventKinds
        var next = filter
        if let kind = filter.kind, let index = kinds.firstIndex(of: kind) {
            next.kind = index + 1 < kinds.count ? kinds[index + 1] : nil
        } else {
            next.kind = kinds.first
        }
        setFilter(next)
    }

    private mutating func toggleYearFilter() {
        var next = filter
        if next.year != nil {
            next.year = nil
        } else if let event = selectedEvent {
            next.year = event.date.firstDay.year
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
        switch focus {
        case .sectors:
            guard let sector = selectedSector else { return }
            setFilter(TimelineFilter(sector: sector.id))
            move(.events, to: 0)
            setFocus(.events)
        case .trade:
            guard let point = selectedPoint else { return }
            let start = point.period.firstMonth
            let target =
                timeline.events.firstIndex {
                    YearMonth(year: $0.date.lastDay.year, month: $0.date.lastDay.month) >= start
                } ?? timeline.events.count - 1
            setFocus(.events)
            move(.events, to: target)
        case .events:
            break
        }
    }

    /// Changes the filter, keeping the selected event selected if it still passes.
    private mutating func setFilter(_ newFilter: TimelineFilter) {
        let selectedID = selectedEvent?.id
        filter = newFilter
        timeline = TimelineRows(relation: relation, filter: filter)
        if search?.panel == .events { search = nil }
        let index = selectedID.flatMap { id in timeline.events.firstIndex { $0.id == id } } ?? 0
        events = ListPosition()
        move(.events, to: index)
    }

    private mutating func setMeasure(_ index: Int) {
        let period = selectedPoint?.period
        measureIndex = index % relation.tradeMeasures.count
        series = relation.tradeSeries(measure)
        let same = period.flatMap { period in series.points.firstIndex { $0.period == period } }
        let nearest = period.flatMap { period in series.points.lastIndex { $0.period <= period } }
        move(.trade, to: same ?? nearest ?? series.points.count - 1)
        if search?.panel == .trade { search = nil }
    }

    // MARK: - Mouse

    private mutating func click(x: Int, y: Int) {
        if overlay != nil {
            if !layout.overlay.contains(x: x, y: y) { overlay = nil }
            return
        }
        if let tabs = layout.tabStrip, tabs.contains(x: x, y: y) {
            if let panel = TabStrip.panel(atColumn: x) { setFocus(panel) }
            return
        }
        guard let panel = layout.panel(atX: x, y: y) else { return }
        if panel != focus { setFocus(panel) }
        guard let top = layout.listTop(panel), y >= top, y < top + layout.listHeight(panel) else { return }
        let row = position(panel).scroll + (y - top)
        switch panel {
        case .events:
            if let index = timeline.event(atRow: row) { move(.events, to: index) }
        case .trade, .sectors:
            if row < itemCount(panel) { move(panel, to: row) }
        }
    }

    private mutating func scroll(x: Int, y: Int, rows: Int) {
        if overlay != nil {
            moveOrScrollOverlay(by: rows)
            return
        }
        guard let panel = layout.panel(atX: x, y: y) else { return }
        move(panel, to: position(panel).selection + rows)
    }

    // MARK: - Reload

    private mutating func reload(_ newRelation: Relation) {
        let eventID = selectedEvent?.id
        let sectorID = selectedSector?.id
        let point = selectedPoint.map { ($0.period, $0.figure.provenance.sources) }
        relation = newRelation
        measureIndex = min(measureIndex, relation.tradeMeasures.count - 1)
        series = relation.tradeSeries(measure)
        if let kind = filter.kind, !relation.eventKinds.contains(kind) { filter.kind = nil }
        if let sector = filter.sector, relation.sector(id: sector) == nil { filter.sector = nil }
        timeline = TimelineRows(relation: relation, filter: filter)
        sectorEventCounts = relation.eventCountsBySector
        let pointIndex = point.flatMap { period, sources in
            series.points.firstIndex { $0.period == period && $0.figure.provenance.sources == sources }
                ?? series.points.firstIndex { $0.period == period }
        }
        trade.selection = pointIndex ?? trade.selection
        events.selection = eventID.flatMap { id in timeline.events.firstIndex { $0.id == id } } ?? events.selection
        sectors.selection = sectorID.flatMap { id in relation.sectors.firstIndex { $0.id == id } } ?? sectors.selection
        if case .detail = overlay { overlay = .detail(scroll: 0) }
        revealSelections()
    }
}

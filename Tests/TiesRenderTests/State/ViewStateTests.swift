import TiesModel
import Testing

@testable import TiesRender

/// Every action of the view state, as data.
@Suite struct ViewStateTests {
    let relation: Relation
    let size = Size(width: 120, height: 40)

    init() throws {
        relation = try FrameSupport.fixture()
    }

    func state(_ focus: Panel = .trade, size: Size? = nil) -> ViewState {
        ViewState(
            relation: relation, size: size ?? self.size, themeNames: ["default", "light", "mono"], focus: focus)
    }

    @Test func focusCyclesAndJumps() {
        var state = state()
        state.apply(.focusNext)
        #expect(state.focus == .events)
        state.apply(.focusNext)
        state.apply(.focusNext)
        #expect(state.focus == .trade)
        state.apply(.focusPrevious)
        #expect(state.focus == .sectors)
        state.apply(.focus(.events))
        #expect(state.focus == .events)
    }

    @Test func tradeStartsOnTheLatestPeriodAndMovesBetweenPeriods() {
        var state = state()
        #expect(state.selectedPoint?.period.description == "2024-01..2024-05")
        state.apply(.horizontal(-1))
        #expect(state.selectedPoint?.period.description == "FY2023-24")
        state.apply(.move(-1))
        #expect(state.selectedPoint?.period.description == "2023")
        state.apply(.moveToStart)
        #expect(state.trade.selection == 0)
        state.apply(.move(-5))
        #expect(state.trade.selection == 0)
        state.apply(.moveToEnd)
        #expect(state.trade.selection == 5)
        state.apply(.horizontal(1))
        #expect(state.trade.selection == 5)
    }

    @Test func leftAndRightMoveFocusOutsideTheTradePanel() {
        var state = state(.events)
        state.apply(.horizontal(1))
        #expect(state.focus == .sectors)
        state.apply(.horizontal(-1))
        #expect(state.focus == .events)
        state.apply(.horizontal(-1))
        #expect(state.focus == .trade)
    }

    @Test func pagingMovesByAScreenAndScrollsTheSelectionIntoView() throws {
        let embedded = try FrameSupport.embedded()
        var state = ViewState(relation: embedded, size: Size(width: 80, height: 24), focus: .events)
        let height = state.layout.listHeight(.events)
        state.apply(.page(1))
        #expect(state.events.selection == height - 1)
        let row = state.timeline.rowOfEvent[state.events.selection]
        #expect(row >= state.events.scroll && row < state.events.scroll + height)
        state.apply(.moveToEnd)
        #expect(state.events.selection == embedded.events.count - 1)
        #expect(state.events.scroll == state.timeline.rows.count - height)
        state.apply(.page(-1))
        #expect(state.events.selection == embedded.events.count - height)
        state.apply(.moveToStart)
        #expect(state.events.selection == 0 && state.events.scroll == 0)
    }

    @Test func detailOpensScrollsAndCloses() {
        var state = state(.events)
        state.apply(.openDetail)
        #expect(state.overlay == .detail(scroll: 0))
        state.apply(.move(1))
        #expect(state.overlay == .detail(scroll: 0), "short detail does not scroll")
        state.apply(.back)
        #expect(state.overlay == nil)
        state.apply(.openDetail)
        state.apply(.openDetail)
        #expect(state.overlay == nil, "Enter toggles the detail")
    }

    @Test func helpTogglesAndFocusChangesCloseOverlays() {
        var state = state()
        state.apply(.toggleHelp)
        #expect(state.overlay == .help(scroll: 0))
        state.apply(.move(3))
        #expect(state.overlay == .help(scroll: 3))
        state.apply(.toggleHelp)
        #expect(state.overlay == nil)
        state.apply(.toggleHelp)
        state.apply(.focus(.sectors))
        #expect(state.overlay == nil)
    }

    @Test func searchIsIncrementalAndNextMatchWraps() {
        var state = state(.events)
        state.apply(.startSearch)
        #expect(state.search?.isEditing == true)
        state.apply(.searchText("t"))
        #expect(state.selectedEvent?.id == "old-visit", "the selection itself matches: First visit")
        state.apply(.searchText("tre"))
        #expect(state.selectedEvent?.id == "treaty")
        state.apply(.searchText("fe"))
        #expect(state.selectedEvent?.id == "festival")
        state.apply(.searchText("i"))
        state.apply(.commitSearch)
        #expect(state.search?.isEditing == false)
        let first = state.selectedEvent?.id
        state.apply(.nextMatch)
        #expect(state.selectedEvent?.id != first)
        let matches = state.matches("i", in: .events)
        for _ in matches { state.apply(.nextMatch) }
        #expect(state.selectedEvent?.id != first || matches.count == 1)
        state.apply(.previousMatch)
        state.apply(.back)
        #expect(state.search == nil)
    }

    @Test func cancellingASearchRestoresTheSelection() {
        var state = state(.sectors)
        state.apply(.startSearch)
        state.apply(.searchText("cult"))
        #expect(state.selectedSector?.id == "culture")
        state.apply(.back)
        #expect(state.selectedSector?.id == "trade")
        #expect(state.search == nil)
    }

    @Test func kindFilterCyclesAndEscClearsIt() {
        var state = state(.events)
        state.apply(.cycleKindFilter)
        #expect(state.filter.kind == "visit")
        #expect(state.timeline.events.map(\.id) == ["old-visit", "summit"])
        state.apply(.cycleKindFilter)
        #expect(state.filter.kind == "agreement")
        state.apply(.cycleKindFilter)
        state.apply(.cycleKindFilter)
        #expect(state.filter.kind == nil)
        state.apply(.cycleKindFilter)
        state.apply(.back)
        #expect(state.filter.isEmpty)
        #expect(state.timeline.events.count == 4)
    }

    @Test func yearFilterTogglesOnTheSelectedEventsYear() {
        var state = state(.events)
        state.apply(.moveToEnd)
        #expect(state.selectedEvent?.id == "festival")
        state.apply(.toggleYearFilter)
        #expect(state.filter.year == 2024)
        #expect(state.timeline.events.map(\.id) == ["summit", "festival"])
        #expect(state.selectedEvent?.id == "festival")
        state.apply(.toggleYearFilter)
        #expect(state.filter.year == nil)
        #expect(state.timeline.events.count == 4)
    }

    @Test func theSearchTextBecomesATimelineFilter() {
        var state = state(.events)
        state.apply(.filterBySearch)
        #expect(state.filter.isEmpty, "no search, nothing to filter by")
        state.apply(.startSearch)
        state.apply(.searchText("visit"))
        state.apply(.commitSearch)
        state.apply(.filterBySearch)
        #expect(state.filter.text == "visit")
        #expect(state.search == nil)
        #expect(state.timeline.events.map(\.id) == ["old-visit", "summit"])
        let lines = Dashboard.render(state).lines
        #expect(lines.contains { $0.contains("Filter text: visit · Esc clears") })
        state.apply(.back)
        #expect(state.filter.isEmpty)
    }

    @Test func aSectorShowsItsEventsInTheTimeline() {
        var state = state(.sectors)
        state.apply(.move(1))
        state.apply(.showInTimeline)
        #expect(state.focus == .events)
        #expect(state.filter.sector == "culture")
        #expect(state.timeline.events.map(\.id) == ["treaty", "festival"])
        #expect(state.events.selection == 0)
        state.apply(.back)
        #expect(state.filter.sector == nil)
    }

    @Test func aTradePeriodJumpsTheTimeline() {
        var state = state(.trade)
        state.apply(.moveToStart)
        state.apply(.move(3))
        #expect(state.selectedPoint?.period.description == "2023")
        state.apply(.showInTimeline)
        #expect(state.focus == .events)
        #expect(state.selectedEvent?.id == "treaty")
    }

    @Test func measureCyclingKeepsThePeriod() {
        var state = state()
        state.apply(.moveToStart)
        state.apply(.cycleMeasure)
        #expect(state.measure == .exports(from: "TL"))
        #expect(state.series.points.map(\.amount.value) == [60, 70])
        #expect(state.selectedPoint?.period.description == "2021")
        state.apply(.cycleMeasure)
        state.apply(.cycleMeasure)
        #expect(state.measure == .turnover)
        #expect(state.selectedPoint?.period.description == "2021")
    }

    @Test func themesAndSymbolsCycle() {
        var state = state()
        #expect(state.themeName == "default")
        state.apply(.cycleTheme)
        #expect(state.themeName == "light")
        state.apply(.cycleTheme)
        state.apply(.cycleTheme)
        #expect(state.themeName == "default")
        state.apply(.cycleSymbols)
        #expect(state.symbols == .block)
        state.apply(.cycleSymbols)
        state.apply(.cycleSymbols)
        #expect(state.symbols == .braille)
        state.apply(.useSymbols(.ascii))
        #expect(state.symbols == .ascii)
    }

    @Test func quitIsRecorded() {
        var state = state()
        #expect(!state.shouldQuit)
        state.apply(.quit)
        #expect(state.shouldQuit)
    }

    @Test func selectionStaysValidWhenTheTerminalShrinks() throws {
        let embedded = try FrameSupport.embedded()
        var state = ViewState(relation: embedded, size: Size(width: 120, height: 40), focus: .events)
        state.apply(.moveToEnd)
        state.apply(.resize(Size(width: 60, height: 14)))
        let height = state.layout.listHeight(.events)
        let row = state.timeline.rowOfEvent[state.events.selection]
        #expect(row >= state.events.scroll && row < state.events.scroll + height)
        state.apply(.resize(Size(width: 20, height: 6)))
        #expect(state.layout.mode == .tooSmall)
        state.apply(.resize(Size(width: 120, height: 40)))
        #expect(state.events.selection == embedded.events.count - 1)
    }

    @Test func clicksFocusPanelsAndSelectRows() {
        var state = state(.trade, size: Size(width: 80, height: 24))
        let top = state.layout.listTop(.events) ?? 0
        let x = (state.layout.panels[.events]?.x ?? 0) + 5
        state.apply(.click(x: x, y: top + 3))
        #expect(state.focus == .events)
        #expect(state.selectedEvent?.id == "treaty")
        state.apply(.click(x: x, y: top))
        #expect(state.selectedEvent?.id == "treaty", "a year heading selects nothing")
        state.apply(.scroll(x: x, y: top, rows: 1))
        #expect(state.selectedEvent?.id == "summit")
    }

    @Test func clickingATabFocusesItsPanel() {
        var state = state(.trade, size: Size(width: 60, height: 20))
        state.apply(.click(x: 12, y: 1))
        #expect(state.focus == .events)
        state.apply(.click(x: 22, y: 1))
        #expect(state.focus == .sectors)
    }

    @Test func reloadKeepsSelectionsWhereTheItemsStillExist() throws {
        var state = state(.events)
        state.apply(.move(2))
        #expect(state.selectedEvent?.id == "summit")
        state.apply(.focus(.sectors))
        state.apply(.move(1))
        var changed = relation
        changed.events.removeAll { $0.id == "old-visit" }
        changed.events[0].title = "Renamed treaty"
        state.apply(.reload(changed))
        #expect(state.selectedEvent?.id == "summit")
        #expect(state.selectedSector?.id == "culture")
        #expect(state.relation.events.count == 3)
        changed.sectors.removeLast()
        state.apply(.reload(changed))
        #expect(state.selectedSector?.id == "trade")
    }

    @Test func bannerShowsUntilCleared() {
        var state = state()
        state.apply(.banner("relation.yaml:3:1: error: oops"))
        #expect(Dashboard.render(state).lines[38].contains("relation.yaml:3:1: error: oops"))
        state.apply(.banner(nil))
        #expect(state.banner == nil)
    }
}

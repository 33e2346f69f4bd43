import TiesModel
import TestSupport
import Testing

@testable import TiesRender

/// Every action of the view state, as data.
@Suite struct ViewStateTests {
    let relation: Relation
    let size = Size(width: 120, height: 40)

    init() throws {
        relation = try FrameSupport.fixture().relation
    }

    func state(_ focus: PanelID = .trade, size: Size? = nil) -> ViewState {
        ViewState(
            index: RelationIndex(relation), size: size ?? self.size, themeNames: ["default", "light", "mono"],
            focus: focus)
    }

    /// A state whose timeline selection is on the oldest event (it opens on the newest).
    func fromOldest(_ focus: PanelID = .events) -> ViewState {
        var state = state(.events)
        state.apply(.moveToStart)
        state.apply(.focusNumber((state.panels.ids.firstIndex(of: focus) ?? 0) + 1))
        return state
    }

    @Test func theTimelineOpensOnTheNewestPastEventWithThePlannedBelow() {
        let state = state(.events)
        #expect(state.selectedEvent?.id == "summit", "the newest past event (the festival is planned)")
        let position = state.position(.events)
        #expect(position.scroll == max(0, state.timeline.rowCount - state.listHeight(.events)), "the end is shown")
    }

    @Test func aTradePeriodShowsTheEventsInsideItsBounds() {
        var state = state(.trade)
        state.apply(.moveToStart)
        state.apply(.showInTimeline)
        #expect(state.focus == .events)
        #expect(state.filter.span?.label == "2021")
        #expect(state.timeline.count == 0, "no event in 2021")
        var fiscal = self.state(.trade)
        fiscal.apply(.move(-1))
        #expect(fiscal.selectedPoint?.period.description == "FY2023-24")
        fiscal.apply(.showInTimeline)
        #expect(fiscal.timeline.positions.map { fiscal.index.event(at: $0).id } == ["treaty", "summit"])
    }

    @Test func searchSaysWhereTheSelectionIsAmongMatchesAndWhenItWraps() {
        var state = fromOldest()
        state.apply(.startSearch)
        state.apply(.searchText("e"))
        state.apply(.commitSearch)
        let count = state.search?.matches.count ?? 0
        #expect(count > 1)
        #expect(state.matchPlace?.place == 1)
        #expect(state.matchPlace?.count == count)
        state.apply(.previousMatch)
        #expect(state.notice == "search wrapped to the last match")
        #expect(state.matchPlace?.place == count)
        state.apply(.move(0))
        #expect(state.notice == nil, "a notice lasts one action")
    }

    @Test func theFilterPickerComposesADraftAndAppliesOrCancelsIt() throws {
        var state = state(.events)
        state.apply(.openFilterPicker)
        guard case .filter(let opened) = state.overlay else { throw PickerNotOpen() }
        let kinds = opened.choices
        #expect(kinds.map(\.value).sorted() == ["agreement", "festival", "visit"])
        state.apply(.toggleChoice)
        state.apply(.stepFacet(1))
        guard case .filter(let picked) = state.overlay else { throw PickerNotOpen() }
        #expect(picked.facet == .sector)
        #expect(picked.draft.kinds == [kinds[0].value])
        #expect(state.timeline.count == 4, "nothing applies before Enter")
        state.apply(.applyFilter)
        #expect(state.overlay == nil)
        #expect(state.filter.kinds == [kinds[0].value])
        state.apply(.openFilterPicker)
        state.apply(.clearChoices)
        state.apply(.closeOverlay)
        #expect(state.filter.kinds == [kinds[0].value], "Esc keeps the filter that was")
        state.apply(.openFilterPicker)
        state.apply(.clearChoices)
        state.apply(.applyFilter)
        #expect(state.filter.isEmpty)
    }

    @Test func theYearPickerJumpsTheTimelineWithoutFiltering() throws {
        var state = state(.trade)
        let selectedYear = state.selectedEventPosition.map(state.index.startYear)
        state.apply(.openYearJump)
        guard case .filter(let opened) = state.overlay else { throw PickerNotOpen() }
        #expect(opened.jumpsToYear && opened.facet == .year)
        let years = opened.choices.map(\.value)
        #expect(years.count > 1, "the fixture spans more than one year")
        #expect(years[opened.cursor] == selectedYear.map(String.init), "the cursor starts on the selection's year")
        state.apply(.stepFacet(1))
        state.apply(.moveToStart)
        state.apply(.applyFilter)
        #expect(state.overlay == nil)
        #expect(state.filter.isEmpty, "a jump filters nothing")
        #expect(state.focus == .events)
        let first = try #require(state.timeline.groups.first { String($0.year) == years[0] })
        #expect(state.selection(.events) == first.firstOrdinal, "on the year’s first event")
        state.apply(.openYearJump)
        #expect(InputRouter.action(for: .character("x"), in: state) == nil, "nothing to clear in a jump")
        state.apply(.moveToEnd)
        state.apply(try #require(InputRouter.action(for: .character(" "), in: state)))
        #expect(state.overlay == nil, "Space jumps too")
        #expect(state.selectedEventPosition.map { String(state.index.startYear($0)) } == years.last)
    }

    struct PickerNotOpen: Error {}

    @Test func eInASectorsDetailShowsItsEventsAsTheDetailSays() throws {
        var state = state(.sectors)
        state.apply(.openDetail)
        let sector = try #require(state.selectedSector)
        state.apply(try #require(InputRouter.action(for: .character("e"), in: state)))
        #expect(state.overlay == nil)
        #expect(state.focus == .events)
        #expect(state.filter.sectors == [sector.id])
    }

    /// Each key that needs something the relation lacks says so, and offers no hint.
    @Test func keysThatNeedTradeFiguresSayWhyTheyDoNothingWithoutThem() {
        var bare = relation
        bare.trade.figures = []
        var state = ViewState(index: RelationIndex(bare), size: size, focus: .trade)
        for action in [Action.cycleMeasure, .cyclePeriodKinds] {
            #expect(!state.offers(action))
            #expect(state.apply(action) == nil)
            #expect(state.notice == "no trade figures in this relation", "\(action)")
            #expect(state.measureIndex == 0 && state.periodKinds == .all)
        }
    }

    @Test func theNewsKeySaysWhyItDoesNothingWithoutANewsLayer() {
        var state = state(.events)
        let before = state.filter
        #expect(state.apply(.toggleNews) == nil)
        #expect(state.notice == "no news layer in this relation (GDELT files give one)")
        #expect(state.filter == before)
    }

    @Test func aCitationNamesTheSourceWhoseAddressItGives() throws {
        var relation = try RelationLoader.load(fileAt: Fixtures.relation("valid.yaml"), displayName: "v.yaml").relation
        let at = try #require(relation.events.firstIndex { $0.id == "summit" })
        relation.events[at].provenance.sources = ["herald", "gazette"]
        let state = ViewState(index: RelationIndex(relation), size: size, focus: .events)
        #expect(state.selectedEvent?.id == "summit")
        let citation = try #require(state.selectedCitation)
        #expect(citation.text.hasSuffix("— Testland Gazette, The Gazette, Jun 2024, https://example.org/gazette"))
        #expect(!citation.text.contains("Herald"), "the herald has no address; the gazette's is not the herald's")
    }

    @Test func theSelectedItemCanBeOpenedCitedAndEdited() throws {
        let loaded = try RelationLoader.load(fileAt: Fixtures.relation("valid.yaml"), displayName: "valid.yaml")
        var state = ViewState(
            index: RelationIndex(loaded.relation, locations: loaded.locations), size: size, focus: .events)
        #expect(state.selectedEvent?.id == "summit")
        let citation = try #require(state.selectedCitation)
        #expect(
            citation.text
                == "“Summit in the capital” (1–2 Mar 2024) — Testland Gazette, The Gazette, Jun 2024,"
                + " https://example.org/gazette")
        #expect(state.apply(.openSource) == .open(url: "https://example.org/gazette"))
        #expect(state.apply(.copyCitation) == .copy(text: citation.text))
        #expect(state.notice?.hasPrefix("copied: “Summit in the capital”") == true)
        #expect(state.apply(.editItem) == .edit(FileLocation(file: "valid.yaml", line: 59, column: 5)))
        state.apply(.focusNumber(3))
        #expect(state.apply(.editItem) == .edit(FileLocation(file: "valid.yaml", line: 91, column: 5)))
    }

    @Test func urlsWithControlCharactersOrOtherSchemesAreNotOpened() {
        #expect(Hyperlink.isSafe("https://example.org/a?b=c"))
        #expect(!Hyperlink.isSafe("https://example.org/\u{1B}]8;;x"))
        #expect(!Hyperlink.isSafe("file:///etc/passwd"))
        #expect(!Hyperlink.isSafe("https://example.org/a b"))
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
        state.apply(.focusNumber(2))
        #expect(state.focus == .events)
    }

    @Test func tradeStartsOnTheLatestPeriodAndMovesBetweenPeriods() throws {
        var state = state()
        #expect(state.selectedPoint?.period.description == "2024-01..2024-05")
        state.apply(try #require(KeyTable.standard.action(for: .left, focus: .trade)))
        #expect(state.selectedPoint?.period.description == "FY2023-24")
        state.apply(.move(-1))
        #expect(state.selectedPoint?.period.description == "2023")
        state.apply(.moveToStart)
        #expect(state.selection(.trade) == 0)
        state.apply(.move(-5))
        #expect(state.selection(.trade) == 0)
        state.apply(.moveToEnd)
        #expect(state.selection(.trade) == 5)
        state.apply(try #require(KeyTable.standard.action(for: .right, focus: .trade)))
        #expect(state.selection(.trade) == 5)
    }

    @Test func leftAndRightFocusThePanelBesideOnScreen() {
        // 120×40: trade and sectors side by side above the timeline.
        var wide = state(.sectors)
        wide.apply(.focusLeft)
        #expect(wide.focus == .trade, "← in Sectors goes to Trade, on its left")
        wide.apply(.focusRight)
        #expect(wide.focus == .sectors)
        wide.apply(.focusRight)
        #expect(wide.focus == .sectors, "nothing to the right of Sectors")
        var timeline = state(.events)
        timeline.apply(.focusRight)
        timeline.apply(.focusLeft)
        #expect(timeline.focus == .events, "the timeline spans the width: nothing beside it")
        // 80×24: trade over sectors on the left, the timeline on the right.
        var medium = state(.events, size: Size(width: 80, height: 24))
        medium.apply(.focusRight)
        #expect(medium.focus == .events, "→ in Events (right column) goes nowhere")
        medium.apply(.focusLeft)
        #expect(medium.focus == .trade, "← goes to the panel overlapping it most: Trade")
        medium.apply(.focusNumber(3))
        medium.apply(.focusRight)
        #expect(medium.focus == .events)
    }

    @Test func pagingMovesByAScreenAndScrollsTheSelectionIntoView() throws {
        let embedded = try FrameSupport.embedded()
        var state = ViewState(index: embedded, size: Size(width: 80, height: 24), focus: .events)
        let height = state.listHeight(.events)
        state.apply(.moveToStart)
        state.apply(.page(1))
        #expect(state.selection(.events) == height - 1)
        let row = state.timeline.row(ofOrdinal: state.selection(.events))
        #expect(row >= state.position(.events).scroll && row < state.position(.events).scroll + height)
        state.apply(.moveToEnd)
        #expect(state.selection(.events) == embedded.eventCount - 1)
        #expect(state.position(.events).scroll == state.timeline.rowCount - height)
        state.apply(.page(-1))
        #expect(state.selection(.events) == embedded.eventCount - height)
        state.apply(.moveToStart)
        #expect(state.selection(.events) == 0 && state.position(.events).scroll == 0)
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
        #expect(InputRouter.action(for: .enter, in: state) == .closeOverlay, "Enter closes the detail")
        #expect(InputRouter.action(for: .character("q"), in: state) == .closeOverlay, "q closes, as in less")
    }

    @Test func theDetailIsModalAndStepsThroughThePanelsItems() {
        var state = fromOldest()
        state.apply(.openDetail)
        for key in [Key.character("f"), .character("/"), .tab, .character("2")] {
            #expect(InputRouter.action(for: key, in: state) == nil, "\(key.label) does nothing behind the detail")
        }
        #expect(state.detail?.lines.first?.text == "First visit")
        state.apply(.stepDetail(1))
        #expect(state.detail?.lines.first?.text == "Trade treaty signed")
        #expect(state.overlay == .detail(scroll: 0))
        state.apply(.stepDetail(-1))
        #expect(state.selectedEvent?.id == "old-visit")
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
        state.apply(.focusNumber(3))
        #expect(state.overlay == nil)
    }

    @Test func searchIsIncremental() {
        var state = fromOldest()
        state.apply(.startSearch)
        #expect(state.search?.isEditing == true)
        state.apply(.searchText("t"))
        #expect(state.selectedEvent?.id == "old-visit", "the selection itself matches: First visit")
        state.apply(.searchText("tre"))
        #expect(state.selectedEvent?.id == "treaty")
        #expect(state.search?.matches == [1])
        state.apply(.deleteSearchCharacter)
        #expect(state.search?.text == "tr")
        state.apply(.clearSearchText)
        state.apply(.searchText("fe"))
        #expect(state.selectedEvent?.id == "festival")
        state.apply(.commitSearch)
        #expect(state.search?.isEditing == false)
        state.apply(.back)
        #expect(state.search == nil)
    }

    @Test func nextAndPreviousMatchWrapAround() {
        var state = fromOldest()
        state.apply(.startSearch)
        state.apply(.searchText("visit"))
        state.apply(.commitSearch)
        #expect(state.search?.matches == [0, 2], "First visit, and the summit (of kind visit)")
        #expect(state.selectedEvent?.id == "old-visit")
        state.apply(.nextMatch)
        #expect(state.selectedEvent?.id == "summit")
        state.apply(.nextMatch)
        #expect(state.selectedEvent?.id == "old-visit", "past the last match, n wraps to the first")
        state.apply(.previousMatch)
        #expect(state.selectedEvent?.id == "summit", "before the first match, N wraps to the last")
        state.apply(.previousMatch)
        #expect(state.selectedEvent?.id == "old-visit")
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
        #expect(state.filter.kinds == ["visit"])
        #expect(eventIDs(state) == ["old-visit", "summit"])
        state.apply(.cycleKindFilter)
        #expect(state.filter.kinds == ["agreement"])
        state.apply(.cycleKindFilter)
        state.apply(.cycleKindFilter)
        #expect(state.filter.kinds.isEmpty)
        state.apply(.cycleKindFilter)
        state.apply(.back)
        #expect(state.filter.isEmpty)
        #expect(state.timeline.count == 4)
    }

    @Test func yearFilterTogglesOnTheSelectedEventsYear() {
        var state = state(.events)
        state.apply(.moveToEnd)
        #expect(state.selectedEvent?.id == "festival")
        state.apply(.toggleYearFilter)
        #expect(state.filter.years == [2024])
        #expect(eventIDs(state) == ["summit", "festival"])
        #expect(state.selectedEvent?.id == "festival")
        state.apply(.toggleYearFilter)
        #expect(state.filter.years.isEmpty)
        #expect(state.timeline.count == 4)
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
        #expect(eventIDs(state) == ["old-visit", "summit"])
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
        #expect(state.filter.sectors == ["culture"])
        #expect(eventIDs(state) == ["treaty", "festival"])
        #expect(state.selection(.events) == 0)
        state.apply(.back)
        #expect(state.filter.sectors.isEmpty)
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

    @Test func quitIsAnEffectForTheProgram() {
        var state = state()
        #expect(state.apply(.move(1)) == nil)
        #expect(state.apply(.quit) == .quit)
    }

    @Test func selectionStaysValidWhenTheTerminalShrinks() throws {
        let embedded = try FrameSupport.embedded()
        var state = ViewState(index: embedded, size: Size(width: 120, height: 40), focus: .events)
        state.apply(.moveToEnd)
        state.apply(.resize(Size(width: 60, height: 14)))
        let height = state.listHeight(.events)
        let row = state.timeline.row(ofOrdinal: state.selection(.events))
        #expect(row >= state.position(.events).scroll && row < state.position(.events).scroll + height)
        state.apply(.resize(Size(width: 20, height: 6)))
        #expect(state.layout.mode == .tooSmall)
        state.apply(.resize(Size(width: 120, height: 40)))
        #expect(state.selection(.events) == embedded.eventCount - 1)
    }

    @Test func clicksFocusPanelsAndSelectRows() {
        var state = state(.trade, size: Size(width: 80, height: 24))
        let top = (state.layout.rect(.events)?.y ?? 0) + 2
        let x = (state.layout.rect(.events)?.x ?? 0) + 5
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
        var state = fromOldest()
        state.apply(.move(2))
        #expect(state.selectedEvent?.id == "summit")
        state.apply(.focusNumber(3))
        state.apply(.move(1))
        var changed = relation
        changed.events.removeAll { $0.id == "old-visit" }
        changed.events[0].title = "Renamed treaty"
        state.load(RelationIndex(changed))
        #expect(state.selectedEvent?.id == "summit")
        #expect(state.selectedSector?.id == "culture")
        #expect(state.relation.events.count == 3)
        changed.sectors.removeLast()
        state.load(RelationIndex(changed))
        #expect(state.selectedSector?.id == "trade")
    }

    @Test func theProgramsBannerShowsAboveTheStatusLineInsideTheBorders() {
        let state = state()
        let lines = Dashboard.render(state, chrome: Chrome(banner: "relation.yaml:3:1: error: oops")).lines
        #expect(lines[37].hasPrefix("│ relation.yaml:3:1: error: oops"))
        #expect(lines[37].hasSuffix("│"), "the banner leaves the panel's border alone")
        #expect(lines[38].hasPrefix("└─"))
        #expect(!Dashboard.render(state).lines[37].contains("oops"))
    }

    /// The matches of a search are ordinals of its panel's list: when the list is ordered or
    /// charted anew, they are found again, so `n` and the count still point at matching items.
    @Test func aSearchFollowsItsListWhenTheListChanges() throws {
        var state = ViewState(index: try FrameSupport.embedded(), size: size, focus: .sectors)
        state.apply(.startSearch)
        state.apply(.searchText("an"))
        state.apply(.commitSearch)
        func matchedIDs(_ state: ViewState) -> Set<String> {
            Set((state.search?.matches ?? []).map { state.sectors[$0].id })
        }
        let matched = matchedIDs(state)
        #expect(matched.count >= 2 && matched.count < state.sectors.count, "\(matched)")
        for _ in SectorOrder.allCases {
            state.apply(.cycleSectorOrder)
            #expect(matchedIDs(state) == matched, "\(state.sectorOrder)")
            state.apply(.nextMatch)
            #expect(state.selectedSector.map { matched.contains($0.id) } == true, "\(state.sectorOrder)")
        }

        state.apply(.focusNumber(1))
        state.apply(.startSearch)
        state.apply(.searchText("FY"))
        state.apply(.commitSearch)
        let found = state.search?.matches.count ?? 0
        #expect(found >= 2)
        for _ in PeriodKinds.allCases {
            state.apply(.cyclePeriodKinds)
            let figures = (state.search?.matches ?? []).map { state.series.points[$0].figure }
            #expect(figures.allSatisfy { state.index.figure($0, matches: "FY") }, "\(state.periodKinds)")
        }
        #expect(state.search?.matches.count == found)
    }

    /// The balance view lists the figures that state both directions: every way of moving
    /// (a row, a page, the ends) rests on one of them, so the marked row is always shown.
    @Test func everyMoveInTheBalanceViewRestsOnAFigureItShows() throws {
        var state = ViewState(index: try FrameSupport.embedded(), size: size, focus: .trade)
        let relation = state.relation
        state.apply(.toggleBalance)
        let shown = { (state: ViewState) in
            state.selectedPoint.map { relation.statesBothDirections($0.figure) } == true
        }
        #expect(shown(state))
        for action in [Action.moveToStart, .move(1), .page(1), .moveToEnd, .move(-1), .page(-1), .moveToStart] {
            state.apply(action)
            #expect(shown(state), "\(action)")
        }
        state.apply(.moveToEnd)
        let last = state.selection(.trade)
        state.apply(.move(1))
        #expect(state.selection(.trade) == last, "no figure after the last")
    }

    /// The balance view lists every figure that states both directions, whatever periods the
    /// growth view kept, and a move reaches each of them, with its row marked.
    @Test func theBalanceViewReachesEveryFigureItLists() throws {
        var state = ViewState(index: try FrameSupport.embedded(), size: size, focus: .trade)
        let relation = state.relation
        let listed = relation.trade.figures.filter(relation.statesBothDirections)
        #expect(listed.contains { $0.period.isFiscal } && listed.contains { !$0.period.isFiscal })
        while state.periodKinds != .calendar { state.apply(.cyclePeriodKinds) }
        state.apply(.toggleBalance)
        state.apply(.moveToStart)
        var reached: [TradeFigure] = []
        for _ in listed {
            reached += state.selectedPoint.map { [$0.figure] } ?? []
            #expect(Dashboard.render(state).lines.contains { $0.contains("│▶") }, "the selected row is marked")
            state.apply(.move(1))
        }
        #expect(Set(reached) == Set(listed), "fiscal years too, though the growth view kept calendar ones")
    }

    func eventIDs(_ state: ViewState) -> [String] {
        state.timeline.positions.map { state.index.event(at: $0).id }
    }
}

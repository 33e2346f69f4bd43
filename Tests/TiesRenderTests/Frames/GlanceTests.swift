import TiesModel
import TestSupport
import Testing

@testable import TiesRender

/// The three questions a new user asks — how has trade grown, what happened lately, which
/// sectors are stalled and why — answered on the first screen or with one key, honestly.
@Suite struct GlanceTests {
    @Test(arguments: [Size(width: 120, height: 40), Size(width: 80, height: 24)])
    func missingYearsStandOnTheTradeAxisAndPartialPeriodsAreShaded(size: Size) throws {
        var state = ViewState(index: try FrameSupport.embedded(), size: size)
        state.apply(.moveToStart)
        let lines = FrameSupport.frame(state)
        FrameSupport.expectWellFormed(lines, size)
        #expect(
            lines.contains { $0.contains("│ 2013") && $0.contains("no figure") }, "a year without a figure is a row")
        if size.height >= 40 {
            #expect(lines.contains { $0.contains("Jan–Oct 2018") && $0.contains("⠶") }, "a ten-month period is shaded")
            #expect(!lines.contains { $0.contains("Jan–Oct 2018") && $0.contains("⣿") })
        }
    }

    @Test func tradeRowsPutGapsWhereNoFigureCoversAYear() throws {
        let points = try FrameSupport.embedded().tradeSeries(0).points
        let rows = TradeTimeAxis(points).rows
        let gaps = rows.compactMap { row -> ClosedRange<Int>? in
            if case .gap(let years) = row { return years }
            return nil
        }
        #expect(gaps == [2013...2013, 2017...2017, 2019...2019])
        #expect(rows.count == points.count + gaps.count)
    }

    @Test func aFigureDatedAfterAsOfIsMarked() throws {
        var relation = try FrameSupport.fixture().relation
        relation.asOf = try #require(Day(year: 2023, month: 12, day: 31))
        var state = ViewState(index: RelationIndex(relation), size: Size(width: 80, height: 24))
        let lines = FrameSupport.frame(state)
        #expect(lines.contains { $0.hasPrefix("│▶Jan–May 2024 ◷ ⠶⠶⠶⠶ $50m") }, "the planned mark, before partial")
        #expect(lines.contains { $0.hasPrefix("│ Jan–May 2024 (5 months) $50m · ◷ · T…│") }, "narrow: the mark")
        let wide = FrameSupport.frame(ViewState(index: RelationIndex(relation), size: Size(width: 120, height: 40)))
        #expect(wide.contains { $0.hasPrefix("│ Jan–May 2024 (5 months) $50m · after as-of · The Herald") })
        #expect(lines.contains { $0.hasPrefix("│ 2023           ⣿") }, "a figure before asOf has no mark")
        state.apply(.openDetail)
        #expect(
            FrameSupport.frame(state).contains { $0.contains("Dated after the relation's as-of date (31 Dec 2023):") })
    }

    @Test func aKeyShowsCalendarOrFiscalPeriodsOnly() throws {
        var state = ViewState(index: try FrameSupport.embedded(), size: Size(width: 120, height: 40))
        let all = state.series.points.count
        state.apply(.cyclePeriodKinds)
        #expect(state.periodKinds == .calendar)
        #expect(state.series.points.allSatisfy { !$0.period.isFiscal })
        state.apply(.cyclePeriodKinds)
        #expect(state.series.points.allSatisfy { $0.period.isFiscal })
        #expect(FrameSupport.frame(state)[1].contains("4 periods · fiscal only"))
        state.apply(.cyclePeriodKinds)
        #expect(state.series.points.count == all)
    }

    @Test(arguments: [Size(width: 120, height: 40), Size(width: 80, height: 24)])
    func theBalanceViewShowsBothDirectionsWithALegend(size: Size) throws {
        var state = ViewState(index: try FrameSupport.embedded(), size: size)
        state.apply(.toggleBalance)
        let lines = FrameSupport.frame(state)
        #expect(lines.contains { $0.contains("1 Trade balance") })
        #expect(lines.contains { $0.contains("■ Russia → Pakistan") })
        #expect(lines.contains { $0.contains("FY22-23 PK") && $0.contains("+$772m") }, "Russia's surplus")
    }

    @Test func sectorsSortByStatusAndShowTheirFirstBlockerWhenWide() throws {
        var state = ViewState(index: try FrameSupport.embedded(), size: Size(width: 200, height: 60), focus: .sectors)
        state.apply(.cycleSectorOrder)
        #expect(state.sectorOrder == .status)
        #expect(state.sectors.first?.status == .stalled)
        let lines = FrameSupport.frame(state)
        #expect(lines.contains { $0.contains("by status") })
        #expect(lines.contains { $0.contains("First blocker") })
        #expect(lines.contains { $0.contains("Consular affairs") && $0.contains("No readmission agreement") })
        #expect(lines.contains { $0.contains("Ind: indicators · Blk: blockers") })
    }

    @Test func atLargeSizesTheTimelineHasTheFullHeightAndCitesItsSources() throws {
        let state = ViewState(index: try FrameSupport.embedded(), size: Size(width: 200, height: 60))
        let events = try #require(state.layout.rect(.events))
        #expect(events.height == 58, "the timeline runs the height of the screen")
        let lines = FrameSupport.frame(state)
        FrameSupport.expectWellFormed(lines, Size(width: 200, height: 60))
        #expect(
            lines.contains { $0.contains("10th Meeting of the Intergovernmental") && $0.contains("Press Information") })
        let wide = FrameSupport.frame(ViewState(index: try FrameSupport.embedded(), size: Size(width: 120, height: 40)))
        #expect(
            wide.contains {
                $0.contains("First barter deals signed") && $0.contains("Sputnik India") && $0.contains("medium")
            })
    }

    @Test func helpWrapsItsDescriptionsAtEverySize() throws {
        for size in [Size(width: 80, height: 24), Size(width: 60, height: 20)] {
            var state = ViewState(index: try FrameSupport.embedded(), size: size)
            state.apply(.toggleHelp)
            let lines = FrameSupport.frame(state)
            FrameSupport.expectWellFormed(lines, size)
            #expect(!lines.contains { $0.contains("clear the filte│") }, "no description is cut at \(size)")
        }
    }

    @Test func aSectorsEventCountIsNeverCut() throws {
        let date = try #require(EventDate(start: .year(2020)))
        let events = (0..<12_466).map { index in
            Event(
                id: "e\(index)", date: date, title: "t", kind: "visit", sectors: ["trade"],
                provenance: Provenance(sources: ["s"], confidence: .low))
        }
        let relation = Relation(
            title: "Many", parties: [Party(code: "A", name: "A"), Party(code: "B", name: "B")],
            asOf: try #require(Day(year: 2025, month: 1, day: 1)), sources: [Source(id: "s", title: "S")],
            trade: Trade(currency: "USD", unit: .million, figures: []), claims: [], events: events,
            sectors: [Sector(id: "trade", name: "Trade", status: .active)])
        for size in [Size(width: 80, height: 24), Size(width: 60, height: 20)] {
            var state = ViewState(index: RelationIndex(relation), size: size)
            state.apply(.focusNumber(3))
            let lines = FrameSupport.frame(state)
            #expect(lines.contains { $0.contains("Trade") && $0.contains(" 12,466 ") }, "\(size)")
            state.apply(.openDetail)
            #expect(FrameSupport.frame(state).contains { $0.contains("Events (12,466)") }, "\(size)")
            state.apply(.moveToEnd)
            #expect(FrameSupport.frame(state).contains { $0.contains("… and 12,416 more") }, "\(size)")
        }
    }

    @Test func theViewsOfOnePeriodMoveAPeriodAtATime() throws {
        let loaded = try RelationLoader.load(fileAt: Fixtures.relation("real-data.yaml"), displayName: "r.yaml")
        var state = ViewState(
            index: RelationIndex(loaded.relation, locations: loaded.locations), size: Size(width: 120, height: 40))
        state.apply(.toggleTradeView)
        let start = try #require(state.selectedPoint?.period)
        state.apply(.move(-1))
        #expect(state.selectedPoint?.period != start, "one key, one period, past the other reporter's figure")
    }

    @Test func theKindFilterCyclesOnlyThroughKindsTheTimelineShows() throws {
        let loaded = try RelationLoader.load(fileAt: Fixtures.relation("real-data.yaml"), displayName: "r.yaml")
        var state = ViewState(
            index: RelationIndex(loaded.relation, locations: loaded.locations), size: Size(width: 120, height: 40))
        state.apply(.cycleKindFilter)
        #expect(state.filter.kinds == ["forum"], "the news layer's kinds are hidden with it")
        state.apply(.cycleKindFilter)
        #expect(state.filter.kinds.isEmpty)
    }
}

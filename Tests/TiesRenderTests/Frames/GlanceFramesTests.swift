import Foundation
import TestSupport
import TiesModel
import Testing

@testable import TiesRender

/// The answers at a glance as drawn at the two common sizes, 120×40 and 80×24: the timeline
/// opening on its newest past event, the filter picker, the year jump and `e` on a period.
@Suite struct GlanceFramesTests {
    static let sizes = [Size(width: 120, height: 40), Size(width: 80, height: 24)]

    func state(_ size: Size) throws -> ViewState { ViewState(index: try FrameSupport.embedded(), size: size) }

    /// The bundled relation at `size` with the timeline searched for a text.
    func searching(_ text: String, _ size: Size) throws -> ViewState {
        var state = try state(size)
        for action in [Action.focusNumber(2), .startSearch, .searchText(text)] { state.apply(action) }
        return state
    }

    /// The bundled relation's frame at `size` after `actions`, checked to be well formed.
    func frame(_ size: Size, after actions: Action...) throws -> [String] {
        var state = try state(size)
        for action in actions { state.apply(action) }
        let lines = FrameSupport.frame(state)
        FrameSupport.expectWellFormed(lines, size)
        return lines
    }

    @Test(arguments: sizes)
    func theTimelineOpensOnTheNewestPastEvent(size: Size) throws {
        let lines = try frame(size)
        #expect(lines.contains { $0.contains("│▷ 25–27 Nov ") && $0.contains("10th Meeting of the I") }, "\(size)")
        #expect(lines.contains { $0.contains("│ 2025 ─") }, "\(size): its year heading")
    }

    @Test(arguments: sizes)
    func theFilterPickerShowsFacetsAndCounts(size: Size) throws {
        let lines = try frame(size, after: .focusNumber(2), .openFilterPicker)
        #expect(lines.contains { $0.contains("─ Filter the timeline ─") && $0.contains(" 39 events would show ─") })
        #expect(lines.contains { $0.contains("│  kind   sector   year   source   confidence ") })
        #expect(lines.contains { $0.contains("│ ▶ ☐ agreement ") && $0.contains(" 9  │") }, "\(size)")
        #expect(lines.last?.hasPrefix(" Events  Tab facet  Space choose  x clear all  Enter apply  Esc cancel") == true)
    }

    @Test(arguments: sizes)
    func theYearJumpListsTheYearsWithTheirCounts(size: Size) throws {
        let lines = try frame(size, after: .openYearJump)
        #expect(lines.contains { $0.contains("─ Jump to a year ─") && $0.contains(" Enter jumps ─") })
        #expect(lines.contains { $0.contains("│ ▶ 2025 ") && $0.contains(" 4  │") }, "\(size)")
        #expect(lines.contains { $0.contains("│   2024 ") && $0.contains(" 14  │") }, "\(size)")
        #expect(!lines.contains { $0.contains("☐") }, "no checkboxes: it jumps, it does not filter")
    }

    @Test(arguments: sizes)
    func eOnAPeriodShowsTheEventsInsideIt(size: Size) throws {
        let lines = try frame(size, after: .showInTimeline)
        #expect(lines.contains { $0.contains("─ 17 of 39 ─") }, "\(size)")
        #expect(lines.contains { $0.contains("│ Filter period: Jul 24–May 25 (1 Jul") }, "\(size)")
    }

    @Test(arguments: sizes)
    func aSearchUnderlinesItsMatchAndSaysWhereAHiddenOneIs(size: Size) throws {
        var state = try searching("Foreign", size)
        let canvas = Dashboard.render(state)
        let lines = canvas.lines
        let y = try #require(lines.firstIndex { $0.contains("Foreign Minister Serg") }, "\(size)")
        let x = try #require(lines[y].firstRange(of: "Foreign")).lowerBound.utf16Offset(in: lines[y])
        let column = DisplayWidth.of(lines[y].prefix(x))
        let matched = (column..<column + 7).map { canvas[$0, y].style }
        #expect(matched.allSatisfy { $0.foreground == .accent && $0.attributes.contains(.underline) }, "\(size)")
        #expect(canvas[column - 2, y].style.foreground != .accent, "only the match")
        // A word only in an event's description: the row says where it matched, where the row
        // has room for it beside half its title (at 80×24 it has not).
        guard size.width >= 100 else { return }
        state.apply(.searchText("protocol"))
        let hidden = FrameSupport.frame(state)
        #expect(
            hidden.contains { $0.contains("8th Meeting of") && $0.contains("matched in description") },
            "\(size)")
    }

    @Test func ePeriodWithoutEventsSaysSo() throws {
        var relation = try FrameSupport.fixture().relation
        relation.events.removeAll { $0.date.firstDay.year == 2023 }
        var state = ViewState(index: RelationIndex(relation), size: Size(width: 80, height: 24))
        for _ in 0..<2 { state.apply(.move(-1)) }
        #expect(state.selectedPoint?.period == .calendarYear(2023))
        state.apply(.showInTimeline)
        let lines = FrameSupport.frame(state)
        #expect(lines.contains { $0.contains("│ No events in 2023 (") }, "\(lines)")
    }

    @Test(arguments: sizes)
    func theFilterLineKeepsItsHintWholeOrLeavesItOut(size: Size) throws {
        let loaded = try RelationLoader.load(fileAt: Fixtures.relation("real-data.yaml"), displayName: "r.yaml")
        var state = ViewState(index: RelationIndex(loaded.relation, locations: loaded.locations), size: size)
        state.apply(.focusNumber(2))
        state.apply(.toggleNews)
        let lines = FrameSupport.frame(state)
        let line = try #require(lines.first { $0.contains("│ All events with the news (◇)") }, "\(size)")
        if size.width >= 100 {
            #expect(line.contains("(◇) · f: filter "), "\(line)")
        } else {
            #expect(line.contains("(◇)      ") && !line.contains("f: fil"), "\(line)")
        }
    }

    @Test(arguments: sizes)
    func theStatusLineSaysWhereTheSelectedMatchIs(size: Size) throws {
        var state = try searching("protocol", size)
        state.apply(.commitSearch)
        for _ in 0..<2 where state.selectedEvent?.title.hasPrefix("8th Meeting") != true { state.apply(.nextMatch) }
        #expect(state.selectedEvent?.title.hasPrefix("8th Meeting") == true)
        let status = try #require(FrameSupport.frame(state).last)
        #expect(status.contains("/protocol ") && status.contains("/2 in description "), "\(size): \(status)")
    }

    @Test(arguments: [Size(width: 60, height: 20), Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func theStickyHeadingNeverStandsOverNoRowOfItsYear(size: Size) throws {
        var state = try state(size)
        state.apply(.focusNumber(2))
        state.apply(.moveToStart)
        func isHeading(_ line: String) -> Bool { line.range(of: #"│ \d{4} ─"#, options: .regularExpression) != nil }
        var sawYearLed = false
        for _ in 0..<12 {
            let lines = FrameSupport.frame(state)
            for (above, below) in zip(lines, lines.dropFirst()) {
                #expect(!(isHeading(above) && isHeading(below)), "\(size): a heading with no row\n\(above)\n\(below)")
            }
            sawYearLed =
                sawYearLed || lines.contains { $0.contains("│  2017 25 Sep–") || $0.contains("│▷ 2017 25 Sep–") }
            state.apply(.page(1))
        }
        if size.height == 20 { #expect(sawYearLed, "the last row of 2017 on top, its year leading its date") }
    }

    @Test(arguments: sizes)
    func theBalanceViewMarksOneShownFigureAndRefusesWhatItDoesNotShow(size: Size) throws {
        var state = try state(size)
        state.apply(.toggleBalance)
        for step in [0, -1, -1, 1] {
            if step != 0 { state.apply(.move(step)) }
            let point = try #require(state.selectedPoint)
            let shown = state.relation.statesBothDirections(point.figure)
            #expect(shown, "\(size): the selection (\(point.period.shortLabel)) is a row shown")
            let marked = FrameSupport.frame(state).filter { $0.contains("│▶") && $0.contains("⣿") }
            #expect(marked.count == 1, "\(size): one row marked, not \(marked.count)")
        }
        // It charts no one measure, so it names none and offers no key for the next.
        let frame = FrameSupport.frame(state)
        #expect(!frame.contains { $0.contains("m: next") || $0.contains("Turnover") }, "\(size)")
        #expect(frame.contains { $0.contains("■ Russia → Pak") }, "\(size): the legend")
        let measure = state.measureIndex
        #expect(state.apply(.cycleMeasure) == nil)
        #expect(state.measureIndex == measure && state.notice?.hasPrefix("the balance view shows") == true)
        state.apply(.cyclePeriodKinds)
        #expect(state.periodKinds == .all)
    }

    @Test func aSectorsTradeIsALowerBoundWherePartOfThePeriodIsNotBrokenDown() throws {
        let loaded = try RelationLoader.load(fileAt: Fixtures.relation("real-data.yaml"), displayName: "r.yaml")
        var state = ViewState(
            index: RelationIndex(loaded.relation, locations: loaded.locations), size: Size(width: 120, height: 40))
        state.apply(.toggleTradeView)
        #expect(FrameSupport.frame(state).contains { $0.contains("│▷Energy") && $0.contains(" ≥$1.15bn ") })
        state.apply(.focusNumber(3))
        state.apply(.openDetail)
        #expect(
            FrameSupport.frame(state).contains {
                $0.contains("At least: $") && $0.contains("of the period's reported total is")
            })
    }

    @Test func everyPanelAndThePickerDrawTheirMarksInASCIIWithASCIISymbols() throws {
        let unicodeMarks = ["·", "≥", "☑", "☐", "│", "─", "▶", "▷", "◐", "◷", "◇", "…", "■"]
        for focus in [PanelID.trade, .events, .sectors] {
            var state = ViewState(
                index: try FrameSupport.embedded(), size: Size(width: 120, height: 40), symbols: .ascii, focus: focus)
            let panels = FrameSupport.frame(state)
            state.apply(.openFilterPicker)
            let picker = FrameSupport.frame(state)
            for (name, lines) in [("panels", panels), ("picker", picker)] {
                let found = unicodeMarks.filter { mark in lines.contains { $0.contains(mark) } }
                #expect(found.isEmpty, "\(focus) \(name): \(found)")
            }
        }
    }

    @Test func theBalanceLegendIsASCIIWithASCIISymbols() throws {
        var state = ViewState(
            index: try FrameSupport.embedded(), size: Size(width: 120, height: 40), symbols: .ascii)
        state.apply(.toggleBalance)
        let lines = FrameSupport.frame(state)
        let legend = try #require(lines.first { $0.contains("# Russia -> Pakistan") })
        #expect(legend.contains("# Pakistan -> Russia | balance: Russia's"), "\(legend)")
        #expect(!lines.contains { $0.contains("■") || $0.contains("−$") }, "the legend's keys and the signs")
        #expect(lines.contains { $0.contains("-$") }, "a deficit signed in ASCII")
    }
}

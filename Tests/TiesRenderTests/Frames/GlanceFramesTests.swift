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

    @Test(arguments: sizes)
    func theTimelineOpensOnTheNewestPastEvent(size: Size) throws {
        let lines = FrameSupport.frame(try state(size))
        FrameSupport.expectWellFormed(lines, size)
        #expect(lines.contains { $0.contains("│▷ 25–27 Nov ") && $0.contains("10th Meeting of the I") }, "\(size)")
        #expect(lines.contains { $0.contains("│ 2025 ─") }, "\(size): its year heading")
    }

    @Test(arguments: sizes)
    func theFilterPickerShowsFacetsAndCounts(size: Size) throws {
        var state = try state(size)
        state.apply(.focusNumber(2))
        state.apply(.openFilterPicker)
        let lines = FrameSupport.frame(state)
        FrameSupport.expectWellFormed(lines, size)
        #expect(lines.contains { $0.contains("─ Filter the timeline ─") && $0.contains(" 39 events would show ─") })
        #expect(lines.contains { $0.contains("│  kind   sector   year   source   confidence ") })
        #expect(lines.contains { $0.contains("│ ▶ ☐ agreement ") && $0.contains(" 9  │") }, "\(size)")
        #expect(lines.last?.hasPrefix(" Events  Tab facet  Space choose  x clear all  Enter apply  Esc cancel") == true)
    }

    @Test(arguments: sizes)
    func theYearJumpListsTheYearsWithTheirCounts(size: Size) throws {
        var state = try state(size)
        state.apply(.openYearJump)
        let lines = FrameSupport.frame(state)
        FrameSupport.expectWellFormed(lines, size)
        #expect(lines.contains { $0.contains("─ Jump to a year ─") && $0.contains(" Enter jumps ─") })
        #expect(lines.contains { $0.contains("│ ▶ 2025 ") && $0.contains(" 4  │") }, "\(size)")
        #expect(lines.contains { $0.contains("│   2024 ") && $0.contains(" 14  │") }, "\(size)")
        #expect(!lines.contains { $0.contains("☐") }, "no checkboxes: it jumps, it does not filter")
    }

    @Test(arguments: sizes)
    func eOnAPeriodShowsTheEventsInsideIt(size: Size) throws {
        var state = try state(size)
        state.apply(.showInTimeline)
        let lines = FrameSupport.frame(state)
        FrameSupport.expectWellFormed(lines, size)
        #expect(lines.contains { $0.contains("─ 17 of 39 ─") }, "\(size)")
        #expect(lines.contains { $0.contains("│ Filter period: Jul 24–May 25 (1 Jul 2") }, "\(size)")
    }
}

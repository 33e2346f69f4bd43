import Testing

@testable import TiesRender

@Suite struct DetailOverlayTests {
    @Test func sectorDetailListsEverythingWithIndentedCitations() throws {
        var state = ViewState(
            index: try FrameSupport.fixture(), size: Size(width: 100, height: 40), focus: .sectors)
        state.apply(.move(1))
        state.apply(.openDetail)
        let lines = Dashboard.render(state).lines
        #expect(lines.contains { $0.contains("│ Culture ") })
        #expect(lines.contains { $0.contains("│ Status: blocked ") })
        #expect(lines.contains { $0.contains("│ • No visa agreement — awaiting Examplia ") })
        #expect(lines.contains { $0.contains("│   Examplia Herald — The Herald ") }, "each source of a blocker")
        #expect(lines.contains { $0.contains("│   medium confidence ") })
        #expect(lines.contains { $0.contains("│ Events (2) · e shows them ") })
        #expect(lines.contains { $0.contains("│ • Nov 2023 — Trade treaty signed ") })
    }

    @Test func eventDetailShowsSourcesWithURLs() throws {
        var state = ViewState(
            index: try FrameSupport.fixture(), size: Size(width: 100, height: 40), focus: .events)
        #expect(state.selectedEvent?.id == "summit", "the timeline opens on the newest past event")
        state.apply(.openDetail)
        let lines = Dashboard.render(state).lines
        #expect(lines.contains { $0.contains("│ Summit in the capital ") })
        #expect(lines.contains { $0.contains("│ 1–2 Mar 2024 · visit ") })
        #expect(lines.contains { $0.contains("│ People: First Minister ") })
        #expect(lines.contains { $0.contains("│ Sources · high confidence ") })
        #expect(lines.contains { $0.contains("│ • Testland Gazette — The Gazette, Jun 2024 ") })
        #expect(lines.contains { $0.contains("│   https://example.org/gazette ") })
        #expect(lines.contains { $0.contains("│ • Examplia Herald — The Herald ") })
    }
}

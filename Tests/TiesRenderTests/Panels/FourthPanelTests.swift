import TestSupport
import TiesModel
import Testing

@testable import TiesRender

/// A fourth panel is one new type and one entry in the panel set: focus, numbers, tabs,
/// clicks, directional focus, search and detail work for it with no other change.
@Suite struct FourthPanelTests {
    /// A panel listing the relation's claims, written only here.
    struct ClaimsPanel: DashboardPanel {
        let id = PanelID(rawValue: "claims")
        let title = "Claims"
        let shortName = "Claims"

        func itemCount(in state: ViewState) -> Int { state.relation.claims.count }

        func listArea(in rect: Rect, state: ViewState) -> Rect { rect.inset(by: 1) }

        func matches(_ query: String, among candidates: [Int]?, in state: ViewState) -> [Int] {
            let claims = state.relation.claims
            return (candidates ?? Array(claims.indices)).filter {
                claims[$0].text.containsIgnoringCaseAndDiacritics(query)
            }
        }

        func draw(_ canvas: inout Canvas, in rect: Rect, state: ViewState) {
            Border.draw(
                &canvas, rect, title: "\(state.panels.number(of: id)) \(title)", focused: state.focus == id,
                symbols: state.symbols)
            let list = listArea(in: rect, state: state)
            let position = state.position(id)
            for offset in 0..<list.height {
                let index = position.scroll + offset
                guard state.relation.claims.indices.contains(index) else { break }
                let row = Rect(x: list.x, y: list.y + offset, width: list.width, height: 1)
                let paint = Selection.begin(
                    &canvas, row, selected: index == position.selection, panel: id, state: state)
                canvas.write(
                    state.relation.claims[index].text, x: row.x + 1, y: row.y, style: paint.style(.text), clip: row)
            }
        }

        func detail(of item: Int, in state: ViewState) -> DetailContent {
            DetailContent(
                title: "Claim", lines: [DetailContent.Line(text: state.relation.claims[item].text, style: .plain)])
        }
    }

    let panels = PanelSet(
        entries: PanelSet.standard.entries + [.init(panel: ClaimsPanel(), place: .side(wide: 6, medium: 2))])

    func state(_ size: Size = Size(width: 120, height: 40)) throws -> ViewState {
        ViewState(index: try FrameSupport.fixture(), size: size, panels: panels)
    }

    @Test func itTakesANumberAFocusTurnAndAPlace() throws {
        var state = try state()
        state.apply(.focusNumber(4))
        #expect(state.focus == PanelID(rawValue: "claims"))
        state.apply(.focusNext)
        #expect(state.focus == .trade, "Tab wraps from the fourth panel to the first")
        state.apply(.focusPrevious)
        state.apply(.focusLeft)
        #expect(state.focus == .sectors, "← finds the panel beside it on screen")
        let lines = Dashboard.render(state).lines
        #expect(lines[1].contains("4 Claims"))
        #expect(lines.contains { $0.contains("Trade has doubled in a decade.") })
    }

    @Test func itHasATabAClickSearchAndDetail() throws {
        var state = try state(Size(width: 60, height: 20))
        state.apply(.click(x: 40, y: 1))
        #expect(state.focus == PanelID(rawValue: "claims"))
        #expect(Dashboard.render(state).lines[1].contains("4 Claims"))
        state.apply(.startSearch)
        state.apply(.searchText("doubled"))
        #expect(state.search?.matches == [0])
        state.apply(.commitSearch)
        state.apply(.openDetail)
        #expect(state.detail?.title == "Claim")
        #expect(Dashboard.render(state).lines.contains { $0.contains("Claim · Esc closes") })
    }
}

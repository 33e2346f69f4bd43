import TestSupport
import TiesModel
import Testing

@testable import TiesRender

/// Each panel drawn alone into a rectangle of its own, as the dashboard would place it.
@Suite struct PanelRectangleTests {
    func draw(_ panel: any DashboardPanel, _ state: ViewState, width: Int, height: Int) -> [String] {
        var canvas = Canvas(size: Size(width: width, height: height))
        panel.draw(&canvas, in: Rect(x: 0, y: 0, width: width, height: height), state: state)
        return canvas.lines
    }

    func state(_ focus: PanelID) throws -> ViewState {
        ViewState(index: try FrameSupport.fixture(), size: Size(width: 100, height: 30), focus: focus)
    }

    @Test func tradePanelInItsRectangle() throws {
        let lines = draw(TradePanel(), try state(.trade), width: 44, height: 12)
        FrameComparison.expect(lines, matches: "panel-trade-44x12")
    }

    @Test func eventsPanelInItsRectangle() throws {
        let lines = draw(EventsPanel(), try state(.events), width: 60, height: 9)
        FrameComparison.expect(lines, matches: "panel-events-60x9")
    }

    @Test func sectorsPanelInItsRectangle() throws {
        let lines = draw(SectorsPanel(), try state(.sectors), width: 50, height: 5)
        FrameComparison.expect(lines, matches: "panel-sectors-50x5")
    }

    @Test func anEmptyRelationSaysSoInEachPanel() throws {
        var relation = try FrameSupport.fixture().relation
        relation.events = []
        relation.sectors = []
        relation.trade.figures = []
        let state = ViewState(index: RelationIndex(relation), size: Size(width: 100, height: 30))
        #expect(draw(TradePanel(), state, width: 50, height: 8)[2].contains("No trade figures in this relation."))
        #expect(draw(EventsPanel(), state, width: 50, height: 6)[2].contains("No events in this relation."))
        #expect(draw(SectorsPanel(), state, width: 50, height: 6)[1].contains("No sectors in this relation."))
    }
}

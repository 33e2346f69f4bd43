import TestSupport
import Testing
import TiesModel

@testable import TiesRender

/// The focused panel's selected row is one bar; an unfocused panel's keeps its colours.
@Suite struct SelectionBarTests {
    let relation: Relation

    init() throws {
        relation = try FrameSupport.fixture().relation
    }

    func frame(focus: PanelID, search: String? = nil) -> Canvas {
        var state = ViewState(
            index: RelationIndex(relation), size: Size(width: 120, height: 40), themeNames: ["default"], focus: focus)
        if let search {
            state.apply(.startSearch)
            state.apply(.searchText(search))
        }
        return Dashboard.render(state)
    }

    /// The row and column of the first cell showing `marker`.
    func find(_ marker: String, in canvas: Canvas) -> (x: Int, y: Int)? {
        for y in 0..<canvas.size.height {
            for x in 0..<canvas.size.width where canvas[x, y].text == marker { return (x, y) }
        }
        return nil
    }

    /// The styles of a row from a column to the first border cell after it.
    func styles(_ canvas: Canvas, from start: (x: Int, y: Int)) -> [Style] {
        var styles: [Style] = []
        var x = start.x
        while x < canvas.size.width, canvas[x, start.y].text != "│" {
            styles.append(canvas[x, start.y].style)
            x += 1
        }
        return styles
    }

    @Test func theFocusedSelectionIsDrawnInOneStyleFromMarkerToBorder() throws {
        for panel in [PanelID.events, .sectors] {
            let canvas = frame(focus: panel)
            let marker = try #require(find("▶", in: canvas), "the focused \(panel) panel shows its selection")
            let row = styles(canvas, from: marker)
            #expect(row.count > 40)
            #expect(Set(row) == [Selection.bar], "\(panel): the whole selected row is the bar")
        }
    }

    @Test func anUnfocusedSelectionKeepsTheColoursOfItsColumns() throws {
        let canvas = frame(focus: .trade)
        let marker = try #require(find("▷", in: canvas))
        let row = styles(canvas, from: marker)
        #expect(!row.contains(Selection.bar))
        #expect(Set(row.map(\.foreground)).count > 2, "the sector's name, status and counts keep their roles")
    }

    @Test func aChartRowOnTheBarKeepsTheColoursOfItsBars() throws {
        let canvas = frame(focus: .trade)
        let marker = try #require(find("▶", in: canvas))
        let row = styles(canvas, from: marker)
        #expect(row.first == Selection.bar, "the marker and the label are the bar")
        #expect(row.contains(Style(.series(0), background: .selection)), "the bar of the chart keeps its colour")
    }

    @Test func aSearchMatchStillStandsOutOnTheBar() throws {
        let canvas = frame(focus: .events, search: "summit")
        let marker = try #require(find("▶", in: canvas))
        let row = styles(canvas, from: marker)
        #expect(row.contains(Selection.bar))
        #expect(row.contains { $0.attributes.contains(.underline) }, "the match is underlined on the bar")
    }
}

import TiesModel
import Testing

@testable import TiesRender

/// The addresses in a detail are marked as hyperlinks: every piece of a wrapped address,
/// exactly over its text, and never an address that could forge a terminal sequence.
@Suite struct HyperlinkTests {
    static let long =
        "https://example.org/archive/2024/03/summit-in-the-capital;section=trade?lang=en&page="
        + String(repeating: "0123456789", count: 12) + "#café"

    func detail(url: String, size: Size = Size(width: 100, height: 40)) throws -> Canvas {
        var relation = try FrameSupport.fixture().relation
        let gazette = try #require(relation.sources.firstIndex { $0.url == "https://example.org/gazette" })
        relation.sources[gazette].url = url
        var state = ViewState(index: RelationIndex(relation), size: size, focus: .events)
        state.apply(.openDetail)
        return Dashboard.render(state)
    }

    /// The text drawn under a link.
    func text(under link: Hyperlink, in canvas: Canvas) -> String {
        (link.x..<link.x + link.width).map { canvas[$0, link.y] }.filter { !$0.isContinuation }.map(\.text)
            .joined()
    }

    @Test func aSourceAddressIsLinkedExactlyOverItsText() throws {
        let canvas = try detail(url: "https://example.org/gazette")
        let link = try #require(canvas.links.first)
        #expect(canvas.links.count == 1)
        #expect(link.url == "https://example.org/gazette")
        #expect(text(under: link, in: canvas) == link.url)
    }

    @Test func aWrappedAddressIsLinkedOnEveryLineWithOneID() throws {
        let canvas = try detail(url: Self.long)
        let pieces = canvas.links.filter { $0.url == Self.long }
        #expect(pieces.count >= 3, "the address wraps over several lines")
        #expect(pieces.map { text(under: $0, in: canvas) }.joined() == Self.long)
        #expect(Set(pieces.map(\.id)).count == 1)
        #expect(zip(pieces, pieces.dropFirst()).allSatisfy { $0.y + 1 == $1.y })
    }

    @Test func anAddressThatCouldForgeASequenceIsNotLinked() throws {
        for url in ["https://example.org/\u{1B}]8;;https://evil.example\u{1B}\\", "javascript:alert(1)", "https://a b"]
        {
            let canvas = try detail(url: url)
            #expect(canvas.links.isEmpty, "\(url.debugDescription)")
        }
    }

    @Test func drawingOverALinkEndsIt() {
        var canvas = Canvas(size: Size(width: 30, height: 2))
        canvas.write("https://example.org", x: 2, y: 0)
        canvas.link("https://example.org", x: 2, y: 0, width: 19, id: 0)
        canvas.link("https://example.org", x: 2, y: 1, width: 19, id: 0)
        #expect(canvas.links.count == 2)
        canvas.write("banner", x: 10, y: 0)
        #expect(canvas.links.map(\.y) == [1])
        canvas.link("https://example.org", x: 25, y: 1, width: 19, id: 1)
        #expect(canvas.links.last?.width == 5, "clipped to the canvas")
    }
}

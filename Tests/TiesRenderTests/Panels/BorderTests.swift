import Testing

@testable import TiesRender

/// A border's right title keeps its most important parts whole when space runs short.
@Suite struct BorderTests {
    func top(width: Int, info: [String], symbols: SymbolSet = .braille) -> String {
        var canvas = Canvas(size: Size(width: width, height: 3))
        Border.draw(
            &canvas, Rect(x: 0, y: 0, width: width, height: 3), title: "3 Sectors", info: info, focused: false,
            symbols: symbols)
        return canvas.lines[0]
    }

    @Test func partsThatDoNotFitAreLeftOutWholeFromTheEnd() {
        let info = ["1–6 of 11", "e: show events"]
        #expect(top(width: 50, info: info) == "┌─ 3 Sectors ─────── 1–6 of 11 · e: show events ─┐")
        #expect(top(width: 38, info: info) == "┌─ 3 Sectors ──────────── 1–6 of 11 ─┐")
        #expect(top(width: 38, info: info, symbols: .ascii) == "+- 3 Sectors ------------ 1–6 of 11 -+")
        #expect(top(width: 38, info: ["", "e: show events"]) == "┌─ 3 Sectors ─────── e: show events ─┐")
    }

    @Test func aFirstPartTooWideAloneIsCutWithTheSymbolSetsEllipsis() {
        #expect(top(width: 24, info: ["12,345 of 67,890", "e: show events"]) == "┌─ 3 Sectors ─ 12,345…─┐")
        #expect(top(width: 24, info: ["12,345 of 67,890"], symbols: .ascii) == "+- 3 Sectors - 12,345~-+")
    }
}

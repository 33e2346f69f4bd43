import TiesRender
import Testing

@testable import TiesTerminal

/// Colour pairs are allocated on demand and recycled, never under the frame being drawn.
@Suite struct ColorPairsTests {
    final class Recorder {
        var defined: [(Int32, Int32, Int32)] = []
    }

    @Test func pairsAreAllocatedOnceAndReused() {
        let recorder = Recorder()
        var pairs = ColorPairs(limit: 8) { recorder.defined.append(($0, $1, $2)) }
        pairs.beginFrame()
        #expect(pairs.pair(foreground: .palette(1), background: .terminalDefault) == 1)
        #expect(pairs.pair(foreground: .palette(2), background: .palette(0)) == 2)
        #expect(pairs.pair(foreground: .palette(1), background: .terminalDefault) == 1)
        #expect(pairs.pair(foreground: .terminalDefault, background: .terminalDefault) == 0)
        #expect(recorder.defined.map { [$0.0, $0.1, $0.2] } == [[1, 1, -1], [2, 2, 0]])
    }

    @Test func truecolorIsDefinedAsTheNearestPaletteEntry() {
        let recorder = Recorder()
        var pairs = ColorPairs(limit: 8) { recorder.defined.append(($0, $1, $2)) }
        pairs.beginFrame()
        _ = pairs.pair(foreground: .rgb(0xFF, 0, 0), background: .terminalDefault)
        #expect(recorder.defined.first.map { [$0.1, $0.2] } == [196, -1])
    }

    @Test func whenPairsRunOutTheLeastRecentlyUsedIsRecycled() {
        let recorder = Recorder()
        var pairs = ColorPairs(limit: 3) { recorder.defined.append(($0, $1, $2)) }
        pairs.beginFrame()
        let red = pairs.pair(foreground: .palette(1), background: .terminalDefault)
        let green = pairs.pair(foreground: .palette(2), background: .terminalDefault)
        #expect((red, green) == (1, 2))
        #expect(pairs.pair(foreground: .palette(3), background: .terminalDefault) == 0, "all pairs busy this frame")
        let recycledYet = pairs.takeRecycled()
        #expect(!recycledYet)
        pairs.beginFrame()
        _ = pairs.pair(foreground: .palette(2), background: .terminalDefault)
        let yellow = pairs.pair(foreground: .palette(3), background: .terminalDefault)
        #expect(yellow == red, "red was not used this frame, so its pair is recycled")
        let recycled = pairs.takeRecycled()
        #expect(recycled, "rows drawn before may now show other colours: the screen copies every row")
        let recycledAgain = pairs.takeRecycled()
        #expect(!recycledAgain, "said once: the frame after copies rows as usual")
        #expect(recorder.defined.last.map { [$0.0, $0.1] } == [1, 3])
        #expect(pairs.pair(foreground: .palette(1), background: .terminalDefault) == 0)
    }
}

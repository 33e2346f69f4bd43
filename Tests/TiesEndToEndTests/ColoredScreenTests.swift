import TestSupport
import Testing

/// The parser of `capture-pane -e` output that the terminal-type tests rely on.
@Suite struct ColoredScreenTests {
    @Test func blackOnBlackIsInvisibleAndDefaultsAreNot() {
        let screen = ColoredScreen(capture: [
            "\u{1B}[1m\u{1B}[30m\u{1B}[40m ties\u{1B}[0m\u{1B}[39m\u{1B}[49m ok",
            "\u{1B}[38;5;110m\u{1B}[48;5;110mab\u{1B}[7m\u{1B}[39;49mcd",
        ])
        #expect(screen.visibleCellCount == 10)
        #expect(screen.invisibleCells.map { "\($0.x),\($0.y)" } == ["1,0", "2,0", "3,0", "4,0", "0,1", "1,1"])
        #expect(screen.rows[1][2].foreground == .terminalDefault)
    }
}

import TiesRender
import Testing

@testable import TiesTerminal

/// Escape sequences curses does not know are read whole: the ones ties uses become keys, the
/// rest are consumed, never Esc and letters.
@Suite struct EscapeSequenceTests {
    func key(_ text: String) -> Key? { EscapeSequence.key(after: Array(text.utf8)) }

    @Test func homeEndAndPagingInEveryFormTerminalsSend() {
        for home in ["[1~", "[7~", "[H", "OH"] { #expect(key(home) == .home, "\(home)") }
        for end in ["[4~", "[8~", "[F", "OF"] { #expect(key(end) == .end, "\(end)") }
        #expect(key("[5~") == .pageUp)
        #expect(key("[6~") == .pageDown)
        #expect(key("[1;5H") == .home, "with modifiers")
        #expect(key("OA") == .up)
        #expect(key("[Z") == .backTab)
    }

    @Test func otherSequencesMeanNothing() {
        #expect(key("[15~") == nil, "F5")
        #expect(key("OP") == nil, "F1")
        #expect(key("3") == nil, "Alt-3")
        #expect(key("[200~") == nil, "bracketed paste")
    }

    @Test func sequencesEndAtTheirFinalByte() {
        #expect(!EscapeSequence.isComplete(Array("[1".utf8)))
        #expect(EscapeSequence.isComplete(Array("[15~".utf8)))
        #expect(EscapeSequence.isComplete(Array("OP".utf8)))
    }
}

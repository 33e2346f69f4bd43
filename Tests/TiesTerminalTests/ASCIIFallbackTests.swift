import Testing

@testable import TiesTerminal

@Suite struct ASCIIFallbackTests {
    @Test func chromeAndPunctuationHaveReadableStandIns() {
        #expect(ASCIIFallback.text(for: "─") == "-")
        #expect(ASCIIFallback.text(for: "╭") == "+")
        #expect(ASCIIFallback.text(for: "–") == "-")
        #expect(ASCIIFallback.text(for: "⣿") == "#")
        #expect(ASCIIFallback.text(for: "▶") == ">")
        #expect(ASCIIFallback.text(for: "a") == "a")
    }

    @Test func otherScriptsBecomeQuestionMarks() {
        #expect(ASCIIFallback.text(for: "Р") == "?")
        #expect(ASCIIFallback.text(for: "中") == "?")
        #expect(ASCIIFallback.text(for: "") == " ")
    }
}

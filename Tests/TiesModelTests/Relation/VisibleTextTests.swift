import Testing

@testable import TiesModel

@Suite struct VisibleTextTests {
    @Test func everyControlCharacterBecomesVisible() {
        #expect(VisibleText.sanitize("a\u{1B}[31mb") == "a␛[31mb")
        #expect(VisibleText.sanitize("\u{0}\u{7}\r\t\u{7F}") == "␀␇␍␉␡")
        #expect(VisibleText.sanitize("x\u{85}y\u{9B}z") == "x\u{FFFD}y\u{FFFD}z")
        #expect(VisibleText.sanitize("\u{202E}abc\u{2066}") == "\u{FFFD}abc\u{FFFD}")
        #expect(VisibleText.sanitize("line\nnext") == "line␊next")
        #expect(VisibleText.sanitize("line\nnext", keepingNewlines: true) == "line\nnext")
    }

    @Test func ordinaryTextIsUnchanged() {
        for text in ["Россия–Пакистан", "روس اور پاکستان", "中俄关系", "🇷🇺🤝🇵🇰", "café"] {
            #expect(VisibleText.sanitize(text) == text)
        }
    }
}

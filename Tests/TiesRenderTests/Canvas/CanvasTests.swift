import Testing

@testable import TiesRender

@Suite struct CanvasTests {
    @Test func displayWidthsFollowTheTerminal() {
        #expect(DisplayWidth.of("Россия") == 6)
        #expect(DisplayWidth.of("پاکستان") == 7)
        #expect(DisplayWidth.of("中俄") == 4)
        #expect(DisplayWidth.of("🤝") == 2)
        #expect(DisplayWidth.of("🇷🇺") == 2)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("한국") == 4)
        #expect(DisplayWidth.of("❤️") == 1, "wcwidth(U+2764) is 1; the emoji selector is not drawn")
        #expect(DisplayWidth.of("⣿█─") == 3)
    }

    @Test func rowsAreComparedCellByCellStylesIncluded() {
        var first = Canvas(size: Size(width: 6, height: 3))
        first.write("same", x: 0, y: 0)
        first.write("text", x: 0, y: 1)
        var second = first
        second.write("t", x: 0, y: 1, style: Style(.accent))
        second.write("other", x: 0, y: 2)
        #expect(first.hasSameRow(0, as: second))
        #expect(!first.hasSameRow(1, as: second), "the same text in another style is another row")
        #expect(!first.hasSameRow(2, as: second))
        #expect(!first.hasSameRow(0, as: Canvas(size: Size(width: 7, height: 3))), "another width")
        #expect(!first.hasSameRow(3, as: second), "a row past the end")
    }

    @Test func textIsClippedToTheLimit() {
        var canvas = Canvas(size: Size(width: 10, height: 1))
        let written = canvas.write("Hello, world", x: 2, y: 0, limit: 5)
        #expect(written == 5)
        #expect(canvas.lines == ["  Hello   "])
    }

    @Test func aWideCharacterIsNeverSplitAtTheEdge() {
        var canvas = Canvas(size: Size(width: 5, height: 1))
        canvas.write("ab中文", x: 0, y: 0)
        #expect(canvas.lines == ["ab中 "])
        #expect(canvas[4, 0].text == " ")
        var clipped = Canvas(size: Size(width: 6, height: 1))
        clipped.write("中文字", x: 0, y: 0, limit: 3)
        #expect(clipped.lines == ["中    "])
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var canvas = Canvas(size: Size(width: 6, height: 1))
        canvas.write("中文中", x: 0, y: 0)
        canvas.write("x", x: 1, y: 0)
        #expect(canvas.lines == [" x文中"])
        canvas.write("y", x: 4, y: 0)
        #expect(canvas.lines == [" x文y "])
        #expect(canvas.lines.allSatisfy { DisplayWidth.of($0) == 6 })
    }

    @Test func combiningMarksJoinTheirBase() {
        var canvas = Canvas(size: Size(width: 4, height: 1))
        canvas.write("e\u{301}a", x: 0, y: 0)
        #expect(canvas[0, 0].text == "e\u{301}")
        #expect(canvas.lines == ["e\u{301}a  "])
    }

    @Test func controlCharactersBecomeVisiblePlaceholders() {
        var canvas = Canvas(size: Size(width: 40, height: 1))
        canvas.write("a\u{1B}[2Jb\u{07}c\r\u{9B}d\u{202E}e\u{0}\t", x: 0, y: 0)
        let line = canvas.lines[0]
        #expect(line.hasPrefix("a␛[2Jb␇c␍\u{FFFD}d\u{FFFD}e␀␉"))
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test func writesOutsideTheCanvasAreIgnored() {
        var canvas = Canvas(size: Size(width: 3, height: 2))
        canvas.write("abc", x: -2, y: 0)
        canvas.write("zzz", x: 0, y: 5)
        canvas.write("中", x: 2, y: 1)
        #expect(canvas.lines == ["c  ", "   "])
    }

    @Test func wrappingRespectsDisplayWidth() {
        #expect(TextWrap.lines("the quick brown fox", width: 9) == ["the quick", "brown fox"])
        #expect(TextWrap.lines("中文中文中文", width: 5) == ["中文", "中文", "中文"])
        #expect(TextWrap.lines("a\n\nb", width: 4) == ["a", "", "b"])
        #expect(TextWrap.lines("abcdefgh", width: 3) == ["abc", "def", "gh"])
        #expect(TextWrap.truncate("Islamabad", width: 5) == "Isla…")
        #expect(TextWrap.truncate("中文中文", width: 5) == "中文…")
        #expect(TextWrap.truncate("short", width: 5) == "short")
    }
}

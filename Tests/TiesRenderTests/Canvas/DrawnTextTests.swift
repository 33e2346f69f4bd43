import Foundation
import Testing
import TiesModel

@testable import TiesRender

/// What reaches a terminal cell, and its width, agree with the C library (and so with
/// ncurses), class by class of the text that used to disagree.
@Suite struct DrawnTextTests {
    func drawn(_ text: String) -> [String] {
        text.flatMap { DrawnText.cells(of: $0) }.map { $0.width == 2 ? $0.text + "²" : $0.text }
    }

    @Test func aFlagBecomesItsTwoLetters() {
        #expect(drawn("🇯🇵") == ["J", "P"])
        #expect(DisplayWidth.of("🇯🇵") == 2)
        #expect(drawn("🇷🇺🇵🇰") == ["R", "U", "P", "K"])
    }

    @Test func aZWJSequenceIsDrawnAsItsFirstEmoji() {
        #expect(drawn("👩‍💻") == ["👩²"])
        #expect(drawn("👨‍👩‍👧") == ["👨²"])
        #expect(DisplayWidth.of("👨‍👩‍👧 family") == 9)
    }

    @Test func skinTonesAndVariationSelectorsAreDropped() {
        #expect(drawn("👍🏽") == ["👍²"])
        #expect(drawn("☺️") == ["☺"])
        #expect(DisplayWidth.of("☺️") == 1)
    }

    @Test func codePointsTheCLibraryCannotDrawBecomeAReplacement() {
        #expect(drawn("\u{0378}") == ["\u{FFFD}"], "unassigned")
        #expect(drawn("\u{0CF3}") == ["\u{FFFD}"], "newer than the C library's Unicode")
        #expect(drawn("\u{1FAE8}") == ["\u{FFFD}"], "a recent emoji")
        #expect(drawn("a\u{2028}b\u{2029}") == ["a", "\u{FFFD}", "b", "\u{FFFD}"], "line and paragraph separators")
    }

    @Test func combiningMarksStayOnTheirCellUpToWhatACellHolds() {
        #expect(drawn("e\u{301}") == ["e\u{301}"])
        let zalgo = "z" + String(repeating: "\u{336}", count: 30)
        #expect(drawn(zalgo) == ["z" + String(repeating: "\u{336}", count: 4)])
        var canvas = Canvas(size: Size(width: 3, height: 1))
        canvas.write(zalgo + "!", x: 0, y: 0)
        #expect(canvas[0, 0].text.unicodeScalars.count == 5)
        #expect(canvas.lines == ["z" + String(repeating: "\u{336}", count: 4) + "! "])
    }

    @Test func controlCharactersBecomePlaceholdersOneCellEach() {
        #expect(drawn("a\r\nb") == ["a", "␍", "␊", "b"])
        #expect(DisplayWidth.of("\u{1B}[2J") == 4)
        // wcwidth gives the bidirectional marks no width; drawn as placeholders, they take one.
        #expect(drawn("a\u{200E}b\u{2066}") == ["a", "\u{FFFD}", "b", "\u{FFFD}"])
        #expect(DisplayWidth.of("a\u{200E}b\u{2066}") == 4)
        var canvas = Canvas(size: Size(width: 3, height: 1))
        #expect(canvas.write("\u{200F}abc", x: 0, y: 0) == 3)
        #expect(canvas.lines == ["\u{FFFD}ab"])
    }

    @Test func aPrependedMarkStandsInACellOfItsOwn() {
        // U+0600 joins the character after it into one cluster; left in a cell, it would join
        // the next cell's text when the row is read back, and the row would measure short.
        #expect(drawn("\u{0600}\u{FFFD}к") == ["\u{FFFD}", "\u{FFFD}", "к"])
        #expect(DisplayWidth.of("a\u{0600}1 b") == 5)
        var canvas = Canvas(size: Size(width: 6, height: 1))
        #expect(canvas.write("a\u{06DD}", x: 0, y: 0) == 2)
        #expect(canvas.lines == ["a\u{FFFD}    "])
        #expect(DisplayWidth.of(canvas.lines[0]) == 6)
        for value in UInt32(0x20)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let joins = (String(scalar) + "a").count == 1
            #expect(DrawnText.isPrepended(scalar) == joins, "U+\(String(value, radix: 16, uppercase: true))")
        }
    }

    @Test func everyScalarIsMeasuredAsTheCLibraryMeasuresIt() throws {
        try #require(setlocale(LC_ALL, "C.UTF-8") != nil, "the C.UTF-8 locale")
        // wcwidth is not in Swift's Glibc module; the C library's own is looked up by name.
        let symbol = try #require(dlsym(UnsafeMutableRawPointer(bitPattern: 0), "wcwidth"))
        let wcwidth = unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
        var disagreements: [String] = []
        for value in UInt32(0x20)...0x10FFFF {
            // Controls (C1, bidirectional marks) are drawn as placeholders, not as wcwidth says.
            guard let scalar = Unicode.Scalar(value), !VisibleText.isControl(scalar), !DrawnText.isPrepended(scalar)
            else { continue }
            let expected = Int(wcwidth(Int32(bitPattern: value)))
            if DisplayWidth.of(scalar) != expected {
                disagreements.append(
                    "U+\(String(value, radix: 16, uppercase: true)): \(DisplayWidth.of(scalar)) ≠ \(expected)")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }
}

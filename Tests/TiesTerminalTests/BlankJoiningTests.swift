import TiesRender
import Testing

@testable import TiesTerminal

/// Blanks take the look of the text beside them when nobody can see the difference, so a
/// moved selection costs fewer bytes; a blank whose look shows (reverse, underline, another
/// background) keeps its own.
@Suite struct BlankJoiningTests {
    typealias Look = CursesScreen.CellLook

    static func look(_ pair: Int32, bold: Bool = false, background: Int = 0, shows: Bool = false) -> Look {
        Look(attributes: bold ? 1 : 0, pair: pair, background: .palette(background), blankShowsOnlyBackground: !shows)
    }

    /// Joins the blanks of `text` (one look per character) and returns the pairs.
    func joined(_ text: String, _ looks: [Look]) -> [Int32] {
        var row: [Look?] = looks
        let characters = Array(text)
        CursesScreen.joinBlanks(&row, isBlank: { characters[$0] == " " })
        return row.map { $0?.pair ?? -1 }
    }

    @Test func blanksTakeTheLookOfTheTextAfterThemWithTheSameAttributes() {
        let text = Self.look(2)
        let blank = Self.look(1)
        #expect(joined("  ab", [blank, blank, text, text]) == [2, 2, 2, 2])
        #expect(joined("ab  ", [text, text, blank, blank]) == [2, 2, 2, 2], "trailing blanks take the text before")
    }

    @Test func boldIsNotSpreadOverBlanksWhenThePlainNeighbourFits() {
        let border = Self.look(5, bold: true)
        let text = Self.look(2)
        let blank = Self.look(1)
        #expect(joined("ab  |", [text, text, blank, blank, border]) == [2, 2, 2, 2, 5])
    }

    @Test func blanksThatShowKeepTheirLook() {
        let text = Self.look(2)
        #expect(joined(" a", [Self.look(1, shows: true), text]) == [1, 2], "a reversed blank shows its colour")
        #expect(joined(" a", [Self.look(1, background: 3), text]) == [1, 2], "another background shows")
        #expect(joined("a a", [text, Self.look(1, background: 3), text]) == [2, 1, 2])
    }
}

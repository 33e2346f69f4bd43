import Foundation
import TiesModel
import Testing

@testable import TiesRender

/// Titles in any script and hostile titles full of control sequences render safely.
@Suite struct HostileAndMultilingualTextTests {
    static let hostile = "Evil\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\u{202E}txt\u{0}\r\u{7F}end"

    func relation(titles: [String]) throws -> Relation {
        var relation = try FrameSupport.fixture().relation
        relation.title = titles[0]
        for index in relation.events.indices {
            relation.events[index].title = titles[index % titles.count]
            relation.events[index].place = titles[(index + 1) % titles.count]
        }
        for index in relation.sectors.indices {
            relation.sectors[index].name = titles[index % titles.count]
        }
        relation.sources[0].title = titles[0]
        relation.trade.figures[0].note = titles[0]
        return relation
    }

    /// The frames of every panel focused, with its detail overlay open, at several sizes.
    func frames(_ relation: Relation) -> [(Size, Canvas, ViewState)] {
        var result: [(Size, Canvas, ViewState)] = []
        for size in [Size(width: 120, height: 40), Size(width: 80, height: 24), Size(width: 60, height: 20)] {
            for panel in PanelSet.standard.ids {
                var state = ViewState(index: RelationIndex(relation), size: size, focus: panel)
                result.append((size, Dashboard.render(state), state))
                state.apply(.openDetail)
                result.append((size, Dashboard.render(state), state))
            }
        }
        return result
    }

    @Test func hostileTitlesNeverReachTheFrameRaw() throws {
        let relation = try relation(titles: [Self.hostile])
        for (size, canvas, _) in frames(relation) {
            FrameSupport.expectWellFormed(canvas.lines, size)
        }
        let state = ViewState(index: RelationIndex(relation), size: Size(width: 120, height: 40), focus: .events)
        let lines = Dashboard.render(state).lines
        #expect(lines[0].contains("Evil␛]0;pwned␇␛[2J\u{FFFD}31m\u{FFFD}txt␀␍␡end"))
    }

    @Test func colouredFramesContainOnlySGRSequences() throws {
        let relation = try relation(titles: [Self.hostile])
        let sgr = try Regex("\u{1B}\\[[0-9;]*m")
        for depth in ColorDepth.allCases where depth != .none {
            for (_, canvas, _) in frames(relation) {
                let theme = ThemeCatalog.builtIn().theme(named: "default") ?? Theme(name: "empty", faces: [:])
                for line in FrameWriter.ansi(canvas, theme: theme, depth: depth) {
                    let stripped = line.replacing(sgr, with: "")
                    #expect(!stripped.unicodeScalars.contains(where: VisibleText.isControl), "\(depth)")
                }
            }
        }
    }

    @Test func cyrillicUrduCJKAndEmojiTitlesKeepTheirWidths() throws {
        let titles = ["Россия–Пакистан", "اسلام آباد کا دورہ", "中俄贸易论坛在莫斯科举行", "🤝 Friendship 🇷🇺🇵🇰 e\u{301}"]
        let relation = try relation(titles: titles)
        for (size, canvas, _) in frames(relation) {
            FrameSupport.expectWellFormed(canvas.lines, size)
        }
        let state = ViewState(index: RelationIndex(relation), size: Size(width: 120, height: 40), focus: .events)
        let text = Dashboard.render(state).lines.joined(separator: "\n")
        #expect(text.contains(" ties │ Россия–Пакистан │ as of 30 Jun 2024"))
        #expect(text.contains("اسلام آباد کا دورہ"))
        #expect(text.contains("中俄贸易论坛在莫斯科举行"))
        #expect(text.contains("🤝 Friendship RUPK e\u{301}"), "flags drawn as their letters")
    }

    @Test func wideTitlesAreCutOnCharacterBoundaries() throws {
        let relation = try relation(titles: [String(repeating: "中", count: 60)])
        let size = Size(width: 61, height: 20)
        let state = ViewState(index: RelationIndex(relation), size: size, focus: .events)
        let lines = Dashboard.render(state).lines
        FrameSupport.expectWellFormed(lines, size)
        #expect(lines.contains { $0.contains("中中中…") })
    }
}

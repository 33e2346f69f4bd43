import Foundation
import TestSupport
import TiesModel
import Testing

@testable import TiesRender

/// Whole-dashboard frames rendered into memory and compared with expected lines of text.
@Suite struct DashboardFrameTests {
    @Test func fixtureAt80x24() throws {
        let state = ViewState(index: try FrameSupport.fixture(), size: Size(width: 80, height: 24))
        let expected = [
            " ties │ Testland–Examplia │ as of 30 Jun 2024           theme default · braille ",
            "╭─ 1 Trade ──────────────── 6 periods ─╮┌─ 2 Events ────────────────── 4 of 4 ─┐",
            "│ Turnover (1/3, m: next)              ││ All events · f: filter               │",
            "│ 2021           ⣿⣿⣿⣿⣿⣿⣿⡇ $100m        ││ 2019 ───────────────────────────── 1 │",
            "│ 2022         ! ⣿⣿⣿⣿⣿⣿⣿⣿⡇ $110m       ││  2019          First visit           │",
            "│ 2022         ! ⣿⣿⣿⣿⣿⣿⣿ $90m          ││ 2023 ───────────────────────────── 1 │",
            "│ 2023           ⣿⣿⣿⣿⣿⣿⣿⣿⣿ $121m       ││  Nov           Trade treaty signed   │",
            "│ FY23-24        ⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⡇ >$150m   ││ 2024 ───────────────────────────── 2 │",
            "│▶Jan–May 2024 ◐ ⠶⠶⠶⠶ $50m             ││▷ 1–2 Mar       Summit in the capital │",
            "│                $0───$100m──$200m     ││ ◷15 Sep        Culture festival      │",
            "│ Jan–May 2024 (5 months) $50m · The H…││                                      │",
            "│ Growth 2021→2023 +21.0% · high→medium││                                      │",
            "│                                      ││                                      │",
            "╰──────────────────────────────────────╯│                                      │",
            "┌─ 3 Sectors ───────── e: show events ─┐│                                      │",
            "│ Sector          Status    Ev Ind Blk ││                                      │",
            "│▷Trade           growing    2   1   · ││                                      │",
            "│ Culture         blocked    2   ·   1 ││                                      │",
            "│                                      ││                                      │",
            "│                                      ││                                      │",
            "│                                      ││                                      │",
            "│ Ind indicators · Blk blockers        ││                                      │",
            "└──────────────────────────────────────┘└──────────────────────────────────────┘",
            " Trade  ←/→ period  m measure  a periods  b balance  e events   ? help  q quit  ",
        ]
        FrameComparison.expect(FrameSupport.frame(state), equal: expected)
    }

    @Test func disputedValuesThatWouldRoundAlikeShowTheirDecimals() throws {
        var relation = try FrameSupport.fixture().relation
        let disputed = relation.trade.figures.indices.filter {
            relation.trade.figures[$0].period == .calendarYear(2022)
        }
        #expect(disputed.count == 2)
        relation.trade.figures[disputed[0]].turnover = Amount(110.4)
        relation.trade.figures[disputed[1]].turnover = Amount(110.2)
        let state = ViewState(index: RelationIndex(relation), size: Size(width: 80, height: 24))
        let lines = FrameSupport.frame(state)
        #expect(lines[4].contains("! ⣿⣿⣿⣿⣿⣿⣿⡇ $110.4m"), "\(lines[4])")
        #expect(lines[5].contains("! ⣿⣿⣿⣿⣿⣿⣿⡇ $110.2m"), "\(lines[5])")
        #expect(lines[6].contains(" $121m"), "the others keep three digits")
    }

    @Test func embeddedAt120x40ShowsAllThreePanelsSideBySide() throws {
        let size = Size(width: 120, height: 40)
        let state = ViewState(index: try FrameSupport.embedded(), size: size)
        let lines = FrameSupport.frame(state)
        FrameSupport.expectWellFormed(lines, size)
        #expect(state.layout.mode == .wide)
        #expect(lines[0].hasPrefix(" ties │ Russia–Pakistan │ as of 31 Dec 2025"))
        #expect(lines[1].hasPrefix("╭─ 1 Trade growth ─"))
        #expect(lines[1].contains("┌─ 3 Sectors ─"))
        #expect(lines[2].hasPrefix("│ Turnover · Russia → Pakistan · Pakistan → Russia "))
        #expect(lines[3].contains("│▷Political dialogue    active             9   ·   · │"))
        #expect(lines.contains { $0.hasPrefix("│ FY23-24         ⣿⣿⣿⣿") && $0.contains(" $1.81bn ") })
        #expect(lines.contains { $0.hasPrefix("│ FY22-23       ! ⣿") })
        #expect(
            lines.contains { $0.hasPrefix("│ Growth FY20-21→FY23-24 +91.4% · confidence medium→low   ") },
            "the endpoints' confidence, and no rate that would not fit whole")
        #expect(lines.contains { $0.hasPrefix("│ +50% Trade turnover has grown by 50% in the last 5 years. — Th") })
        #expect(lines[21].hasPrefix("┌─ 2 Events ─"))
        #expect(lines[23].hasPrefix("│ 2024 ───"), "the sticky heading names the year of the rows below")
        #expect(lines[24].hasPrefix("│  18–19 Sep        visit         Deputy Prime Minister Alexei Overchuk visits"))
        #expect(
            lines[37].hasPrefix("│▷ 25–27 Nov        commission    10th Meeting of the Intergovernmental Commission"))
        #expect(
            lines[39].hasPrefix(
                " Trade  ←/→ period  m measure  a periods  b balance  e events  Enter detail  / search  f filter"))
        #expect(lines[39].hasSuffix("? help  q quit  "))
    }

    @Test func embeddedAt80x24KeepsAllThreePanels() throws {
        let size = Size(width: 80, height: 24)
        let state = ViewState(index: try FrameSupport.embedded(), size: size, focus: .events)
        let lines = FrameSupport.frame(state)
        FrameSupport.expectWellFormed(lines, size)
        #expect(state.layout.mode == .medium)
        #expect(lines[1].hasPrefix("┌─ 1 Trade ─────── periods 9–15 of 15 ─┐") && lines[1].contains("╭─ 2 Events ─"))
        #expect(
            lines.contains { $0.hasPrefix("│ Growth FY20-21→FY23-24 +91.4% · low  │") },
            "narrow, the growth line keeps its caveat")
        #expect(lines.contains { $0.hasPrefix("┌─ 3 Sectors ─") })
        #expect(lines[3].hasSuffix("│ 2024 ──────────────────────────── 14 │"), "a sticky year heading")
        #expect(lines[21].hasSuffix("│▶ 25–27 Nov     10th Meeting of the I…│"), "the newest past event")
        #expect(lines[23].hasPrefix(" Events  y year  Enter detail  / search  f filter"))
    }

    @Test func embeddedAt60x20ShowsOnePanelWithTabs() throws {
        let size = Size(width: 60, height: 20)
        let state = ViewState(index: try FrameSupport.embedded(), size: size, focus: .sectors)
        let lines = FrameSupport.frame(state)
        FrameSupport.expectWellFormed(lines, size)
        #expect(state.layout.mode == .narrow)
        #expect(lines[1].hasPrefix(" 1 Trade   2 Events   3 Sectors "))
        #expect(lines[2].hasPrefix("╭─ 3 Sectors ─"))
        #expect(lines[3] == "│ Sector                      Status        Events Ind Blk │")
        #expect(lines[4] == "│▶Political dialogue          active             9   ·   · │")
        #expect(lines[8] == "│ Energy                      prospective        8   1   · │")
        #expect(!lines.contains { $0.contains("Trade growth") })
    }

    @Test func tooSmallScreenSaysWhatIsNeeded() throws {
        let size = Size(width: 20, height: 6)
        let lines = FrameSupport.frame(ViewState(index: try FrameSupport.fixture(), size: size))
        #expect(
            lines == [
                "                    ",
                "terminal too small —",
                "  need 40×12, have  ",
                "        20×6        ",
                "      q quits       ",
                "                    ",
            ])
        let tall = ViewState(index: try FrameSupport.fixture(), size: Size(width: 39, height: 30))
        let text = FrameSupport.frame(tall).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(text.contains("terminal too small — need 40×12, have 39×30 q quits"))
    }

    @Test func asciiSymbolsDrawOnlyASCIIChrome() throws {
        let size = Size(width: 80, height: 24)
        let state = ViewState(index: try FrameSupport.fixture(), size: size, symbols: .ascii)
        let lines = FrameSupport.frame(state)
        FrameSupport.expectWellFormed(lines, size)
        #expect(lines[1].hasPrefix("+- 1 Trade ---------------- 6 periods -++- 2 Events -"))
        #expect(lines[3] == "| 2021           #######: $100m        || 2019 ----------------------------- 1 |")
        #expect(lines[10].hasPrefix("| Jan–May 2024 (5 months) $50m | The H~|"))
    }

    @Test func blockSymbolsUseEighths() throws {
        let state = ViewState(index: try FrameSupport.fixture(), size: Size(width: 80, height: 24), symbols: .block)
        let lines = FrameSupport.frame(state)
        #expect(lines[3].hasPrefix("│ 2021           ███████▌ $100m"))
        #expect(lines[4].hasPrefix("│ 2022         ! ████████▎ $110m"))
    }
}

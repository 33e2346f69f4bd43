import Foundation
import TestSupport
import Testing

/// The dashboard under the terminal types people start it in, from 8-colour `xterm` and the
/// Linux console to 256-colour tmux and colourless `vt100`: every character is readable, and
/// the keys each terminal's terminfo entry defines move the selection.
@Suite(.enabled(if: canRunInTmux, "tmux is not installed"), .serialized)
struct TerminalTypesEndToEndTests {
    static let terminalTypes = [
        "xterm", "screen", "linux", "rxvt", "xterm-256color", "screen-256color", "tmux-256color", "vt100",
    ]

    @Test(arguments: terminalTypes)
    func everyVisibleCharacterStandsOutFromItsBackground(term: String) throws {
        let session = try DashboardSession(environment: ["TERM": term])
        try session.waitUntilShown()
        let screen = try session.tmux.coloredScreen()
        let invisible = screen.invisibleCells
        #expect(
            invisible.count == 0,
            "\(term): \(invisible.count) of \(screen.visibleCellCount) visible cells drawn in their background's colour, first at \(invisible.first.map { "\($0.x),\($0.y) '\($0.cell.character)' \($0.cell.foreground)" } ?? "")"
        )
        #expect(screen.visibleCellCount > 1000, "\(term): the dashboard is drawn")
        let text = try session.tmux.screen()
        #expect(text.last { !$0.isEmpty }?.contains("? help  q quit") == true, "\(term): key hints show")
        #expect(text.contains { $0.contains("25–27 Nov") }, "\(term): dates show")
        try session.tmux.send("q")
        #expect(try session.waitForExit().status == 0)
    }

    /// On a terminal with a light background (here told by `TIES_BACKGROUND`; a terminal is
    /// otherwise asked), the default dark theme paints the background it is made for, so its
    /// light text stays readable; on a dark one it keeps the terminal's own.
    @Test(arguments: ["light", "dark"])
    func aDarkThemeOnALightTerminalPaintsItsBackground(background: String) throws {
        let session = try DashboardSession(environment: ["TIES_BACKGROUND": background])
        try session.waitUntilShown()
        let cells = try session.tmux.coloredScreen().rows.flatMap { $0 }
        let unpainted = cells.count { $0.background == .terminalDefault }
        if background == "light" {
            #expect(unpainted == 0, "\(unpainted) of \(cells.count) cells keep the terminal's light background")
        } else {
            #expect(unpainted > cells.count / 2, "the terminal's own background is kept")
        }
        try session.tmux.send("q")
        #expect(try session.waitForExit().status == 0)
    }

    @Test(arguments: terminalTypes)
    func theKeysTerminfoDefinesMoveTheSelection(term: String) throws {
        let session = try DashboardSession(environment: ["TERM": term])
        try session.waitUntilShown()
        try session.tmux.send("2", "g")
        let first = try #require(try session.waitForSelection { $0.contains("20 Nov") })
        func press(_ capability: String) throws -> Bool {
            guard let bytes = Self.keyBytes(term: term, capability: capability) else { return false }
            try session.tmux.sendBytes(bytes)
            return true
        }
        #expect(try press("kcud1"), "\(term) defines the down arrow")
        let second = try #require(try session.waitForSelection { $0 != first }, "\(term): down arrow")
        #expect(try press("kcuu1"), "\(term) defines the up arrow")
        #expect(try session.waitForSelection { $0 == first } != nil, "\(term): up arrow")
        if try press("knp") {
            #expect(try session.waitForSelection { $0 != first && $0 != second } != nil, "\(term): PgDn")
            #expect(try press("kpp"))
            #expect(try session.waitForSelection { $0 == first } != nil, "\(term): PgUp")
        }
        if try press("kend") {
            #expect(try session.waitForSelection { $0 != first && $0 != second } != nil, "\(term): End")
            #expect(try press("khome"), "\(term) defines Home beside End")
            #expect(try session.waitForSelection { $0 == first } != nil, "\(term): Home")
        }
        try session.tmux.send("q")
        #expect(try session.waitForExit().status == 0)
    }

    /// The bytes a terminal type sends for a key, from its terminfo entry; nil when it has none.
    static func keyBytes(term: String, capability: String) -> [UInt8]? {
        guard let result = try? Subprocess.run("tput", ["-T", term, capability]), result.status == 0 else { return nil }
        let bytes = Array(result.standardOutput.utf8)
        return bytes.isEmpty ? nil : bytes
    }
}

extension DashboardSession {
    /// Waits until the focused panel's selected row satisfies `condition`; returns that row.
    func waitForSelection(_ condition: (String) -> Bool) throws -> String? {
        func selected(_ lines: [String]) -> String? { lines.first { $0.contains("▶") } }
        let lines = try tmux.waitFor(seconds: 5) { selected($0).map(condition) == true }
        return selected(lines).flatMap { condition($0) ? $0 : nil }
    }

    /// Inside tmux and screen the terminal type's keys are not the terminal's: Home, End, the
    /// F-keys and Alt arrive as sequences curses does not know.
    @Test(arguments: ["xterm-256color", "tmux-256color", "screen-256color"])
    func rawSequencesAreReadWholeUnderTerminalTypesUsedInsideTmux(term: String) throws {
        let session = try DashboardSession(environment: ["TERM": term])
        try session.waitUntilShown()
        try session.tmux.send("2", "K")
        #expect(try session.tmux.waitFor(text: "Filter kind: agreement"))
        try session.tmux.sendBytes(Array("\u{1B}[1~".utf8))
        let home = try #require(try session.waitForSelection { $0.contains("20 Nov") }, "\(term): Home")
        #expect(home.contains("Defence cooperation"))
        try session.tmux.sendBytes(Array("\u{1B}[4~".utf8))
        #expect(try session.waitForSelection { !$0.contains("20 Nov") } != nil, "\(term): End")
        for sequence in ["\u{1B}[15~", "\u{1B}3", "\u{1B}OP"] {
            try session.tmux.sendBytes(Array(sequence.utf8))
        }
        try session.tmux.send("j")
        let screen = try session.tmux.waitFor { _ in true }
        #expect(
            screen.contains { $0.contains("Filter kind: agreement") }, "\(term): F-keys and Alt do not clear the filter"
        )
        #expect(screen.last { !$0.isEmpty }?.hasPrefix(" Events") == true, "\(term): nor change focus")
        try session.tmux.send("q")
        #expect(try session.waitForExit().status == 0)
    }
}

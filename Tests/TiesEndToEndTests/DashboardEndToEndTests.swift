import Foundation
import TestSupport
import Testing

/// The real binary in a real terminal (tmux): what a user sees and what the shell is left with.
@Suite(.enabled(if: canRunInTmux, "tmux is not installed"), .serialized)
struct DashboardEndToEndTests {
    @Test func showsAllThreePanelsAt120x40() throws {
        let session = try DashboardSession()
        try session.waitUntilShown()
        let screen = try session.tmux.screen()
        #expect(screen[0].hasPrefix(" ties │ Russia–Pakistan │ as of 31 Dec 2025"))
        #expect(screen[1].contains("1 Trade growth") && screen[1].contains("3 Sectors"))
        #expect(screen.contains { $0.contains("2 Events") })
        #expect(screen[39].hasPrefix(" Trade  ←/→ period  m measure"))
        try session.tmux.send("q")
        #expect(try session.waitForExit().status == 0)
    }

    @Test func focusCyclesWithTabAndNumberKeys() throws {
        let session = try DashboardSession()
        try session.waitUntilShown()
        try session.tmux.send("Tab")
        #expect(try session.tmux.waitFor(text: " Events  y year  Enter detail"))
        try session.tmux.send("Tab")
        #expect(try session.tmux.waitFor(text: " Sectors  e events"))
        try session.tmux.send("BTab")
        #expect(try session.tmux.waitFor(text: " Events  y year  Enter detail"))
        try session.tmux.send("1")
        #expect(try session.tmux.waitFor(text: " Trade  ←/→ period"))
        try session.tmux.send("3")
        #expect(try session.tmux.waitFor(text: " Sectors  e events"))
    }

    @Test func movingAndScrollingTheTimeline() throws {
        let session = try DashboardSession()
        try session.waitUntilShown()
        try session.tmux.send("2")
        #expect(
            try session.tmux.waitFor(text: "│▶ 25–27 Nov        commission    10th Meeting of the Intergovernmental"),
            "the timeline opens on the newest past event")
        try session.tmux.send("g")
        #expect(try session.tmux.waitFor(text: "│▶ 20 Nov "))
        try session.tmux.send("j")
        #expect(try session.tmux.waitFor(text: "│▶ Aug "))
        try session.tmux.send("Down")
        #expect(try session.tmux.waitFor(text: "│▶ 16 Oct "))
        try session.tmux.send("G")
        #expect(
            try session.tmux.waitFor(text: "│▶ 25–27 Nov        commission    10th Meeting of the Intergovernmental"))
        try session.tmux.send("g")
        #expect(try session.tmux.waitFor(text: "│▶ 20 Nov "))
        try session.tmux.send("NPage")
        // Waited for whole: a capture may fall between ncurses' writes of one frame, after the
        // old row lost its marker and before the new one has it.
        let paged = try session.tmux.waitFor { lines in
            !lines.contains { $0.contains("│▶ 20 Nov ") } && lines.contains { $0.contains("│▶") }
        }
        #expect(!paged.contains { $0.contains("│▶ 20 Nov ") })
        #expect(paged.contains { $0.contains("│▶") })
    }

    @Test func mouseClicksFocusAndSelectAndTheWheelScrolls() throws {
        let session = try DashboardSession()
        try session.waitUntilShown()
        #expect(try session.tmux.paneVariable("mouse_any_flag") == "1")
        let screen = try session.tmux.screen()
        let row = try #require(screen.firstIndex { $0.contains("First barter deals signed") })
        try session.tmux.click(x: 20, y: row)
        #expect(try session.tmux.waitFor(text: " Events  y year  Enter detail"))
        #expect(try session.tmux.waitFor(text: "│▶ Oct              agreement     First barter deals"))
        try session.tmux.wheel(x: 20, y: row, down: true)
        #expect(try session.tmux.waitFor(text: "│▶ 27–29 Oct "), "the wheel moves three rows")
        try session.tmux.click(x: 70, y: 4)
        #expect(try session.tmux.waitFor(text: " Sectors  e events"))
    }

    @Test func noMouseLeavesTheMouseToTheTerminal() throws {
        let session = try DashboardSession(arguments: "--no-mouse")
        try session.waitUntilShown()
        #expect(try session.tmux.paneVariable("mouse_any_flag") == "0")
    }

    @Test func detailOpensAndCloses() throws {
        let session = try DashboardSession()
        try session.waitUntilShown()
        try session.tmux.send("2", "g", "Enter")
        #expect(try session.tmux.waitFor(text: "Event · Esc closes"))
        #expect(try session.tmux.waitFor(text: "Defence cooperation agreement signed"))
        #expect(try session.tmux.waitFor(text: "The Express Tribune"))
        #expect(try session.tmux.waitFor(text: "https://tribune.com.pk/story/794295"))
        try session.tmux.pressEscape()
        let closed = try session.tmux.waitFor { !$0.contains { $0.contains("Esc closes") } }
        #expect(!closed.contains { $0.contains("Esc closes") })
    }

    @Test func searchFindsAndNextMatchMoves() throws {
        let session = try DashboardSession()
        try session.waitUntilShown()
        try session.tmux.send("2", "/")
        try session.tmux.type("friendship")
        #expect(try session.tmux.waitFor(text: "/friendship"))
        #expect(try session.tmux.waitFor(text: "matches"))
        #expect(try session.tmux.waitFor(text: "│▶ 24 Sep–10 Oct    exercise      First Friendship exercise"))
        try session.tmux.send("Enter", "n")
        #expect(try session.tmux.waitFor(text: "│▶ 25 Sep–4 Oct     exercise      Friendship-2017 exercise"))
        try session.tmux.send("N")
        #expect(try session.tmux.waitFor(text: "│▶ 24 Sep–10 Oct    exercise      First Friendship exercise"))
    }

    @Test func aSectorShowsItsEventsAndEscClearsTheFilter() throws {
        let session = try DashboardSession()
        try session.waitUntilShown()
        try session.tmux.send("3", "j", "e")
        #expect(try session.tmux.waitFor(text: "Filter sector: Trade and investment · Esc clears"))
        #expect(try session.tmux.waitFor(text: "11 of 39"))
        try session.tmux.pressEscape()
        #expect(try session.tmux.waitFor(text: "All events · f: filter"))
        #expect(try session.tmux.waitFor(text: "39 of 39"))
        try session.tmux.send("K")
        #expect(try session.tmux.waitFor(text: "Filter kind: agreement"))
    }

    @Test func themesCycleAndHelpOpens() throws {
        let session = try DashboardSession()
        try session.waitUntilShown()
        try session.tmux.send("t")
        #expect(try session.tmux.waitFor(text: "theme light"))
        try session.tmux.send("?")
        #expect(try session.tmux.waitFor(text: "Help · Esc closes"))
        #expect(try session.tmux.waitFor(text: "focus the next panel"))
        try session.tmux.send("?")
        let closed = try session.tmux.waitFor { !$0.contains { $0.contains("Help · Esc closes") } }
        #expect(!closed.contains { $0.contains("Help · Esc closes") })
    }

    @Test func resizingToTooSmallAndBack() throws {
        let session = try DashboardSession()
        try session.waitUntilShown()
        try session.tmux.resize(width: 30, height: 8)
        #expect(try session.tmux.waitFor(text: "terminal too small"))
        #expect(try session.tmux.waitFor(text: "40×12, have 30×8"))
        try session.tmux.resize(width: 80, height: 24)
        #expect(try session.tmux.waitFor(text: "1 Trade ─"))
        let screen = try session.tmux.screen()
        #expect(screen[23].hasPrefix(" Trade "))
        try session.tmux.resize(width: 60, height: 20)
        #expect(try session.tmux.waitFor(text: " 1 Trade   2 Events   3 Sectors"))
    }

    @Test func theTooSmallScreenStillQuits() throws {
        let session = try DashboardSession(width: 30, height: 8)
        try session.waitUntilShown("terminal too small")
        try session.tmux.send("j", "q")
        let exit = try session.waitForExit()
        #expect(exit.status == 0)
    }

    @Test func quitLeavesTheShellUsable() throws {
        let session = try DashboardSession()
        try session.waitUntilShown()
        try session.tmux.send("q")
        let exit = try session.waitForExit()
        #expect(exit.status == 0)
        #expect(exit.modes == "icanon echo")
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let session = try DashboardSession()
        try session.waitUntilShown()
        let pid = try #require(try session.tiesPID())
        kill(pid, SIGTERM)
        let exit = try session.waitForExit()
        #expect(exit.status == 143)
        #expect(exit.modes == "icanon echo")
    }

    @Test func sighupAndCtrlCEndWithTheirStatuses() throws {
        let hangup = try DashboardSession()
        try hangup.waitUntilShown()
        kill(try #require(try hangup.tiesPID()), SIGHUP)
        #expect(try hangup.waitForExit() == (129, "icanon echo"))
        let interrupt = try DashboardSession()
        try interrupt.waitUntilShown()
        try interrupt.tmux.send("C-c")
        #expect(try interrupt.waitForExit() == (130, "icanon echo"))
    }

    @Test func suspendAndResumeRedraws() throws {
        let tmux = try TmuxSession(width: 100, height: 30, command: "bash --norc --noprofile -i")
        try tmux.type("\(ProgramRun.tiesBinary)")
        try tmux.send("Enter")
        #expect(try tmux.waitFor(text: "1 Trade growth"))
        try tmux.send("C-z")
        #expect(try tmux.waitFor(text: "Stopped"))
        try tmux.type("fg")
        try tmux.send("Enter")
        let screen = try tmux.waitFor { $0.first?.hasPrefix(" ties │ Russia–Pakistan") == true }
        #expect(screen.first?.hasPrefix(" ties │ Russia–Pakistan") == true)
        #expect(screen.contains { $0.contains("1 Trade growth") })
        try tmux.send("q")
    }

    @Test func pipingToCatPrintsOneFrame() throws {
        let session = try DashboardSession(width: 100, height: 30, arguments: "| cat")
        let exit = try session.waitForExit()
        #expect(exit.status == 0)
        let screen = try session.tmux.screen()
        #expect(screen[0].hasPrefix(" ties │ Russia–Pakistan"))
        #expect(screen[23].hasPrefix(" Trade "))
        #expect(screen[24] == "EXIT=0")
    }

    @Test func unsetOrUnknownTermIsAClearError() throws {
        let unset = try DashboardSession(environment: ["TERM": ""])
        #expect(try unset.waitForExit().status == 2)
        #expect(try unset.tmux.screen()[0].hasPrefix("ties: TERM is not set"))
        let unknown = try DashboardSession(environment: ["TERM": "no-such-terminal"])
        #expect(try unknown.waitForExit().status == 2)
        #expect(try unknown.tmux.screen()[0].hasPrefix("ties: the terminal type 'no-such-terminal' is unknown"))
    }

    @Test func withoutAUTF8LocaleBordersAreASCII() throws {
        let session = try DashboardSession(environment: ["LANG": "C", "LC_ALL": "C"])
        try session.waitUntilShown()
        let screen = try session.tmux.screen()
        #expect(screen[1].hasPrefix("+- 1 Trade growth -"))
        #expect(screen[0].hasPrefix(" ties | Russia-Pakistan | as of 31 Dec 2025"))
    }

    @Test func theThemeAndSymbolsAreRememberedUntilReset() throws {
        let state = FileManager.default.temporaryDirectory.appending(path: "ties-remember-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: state) }
        let environment = ["XDG_STATE_HOME": state.path]
        let first = try DashboardSession(environment: environment)
        try first.waitUntilShown()
        try first.tmux.send("t", "s")
        #expect(try first.tmux.waitFor(text: "theme light · block"))
        try first.tmux.send("q")
        #expect(try first.waitForExit().status == 0)
        let settings = try String(contentsOf: state.appending(path: "ties/settings"), encoding: .utf8)
        #expect(settings.contains("theme: light\nsymbols: block\n"))
        let second = try DashboardSession(environment: environment)
        #expect(try second.tmux.waitFor(text: "theme light · block"), "remembered")
        try second.tmux.send("q")
        _ = try second.waitForExit()
        let reset = try DashboardSession(arguments: "--reset", environment: environment)
        #expect(try reset.tmux.waitFor(text: "theme default · braille"), "forgotten")
        try reset.tmux.send("q")
        _ = try reset.waitForExit()
        try "theme: light\nwhat: is this\n".write(
            to: state.appending(path: "ties/settings"), atomically: true, encoding: .utf8)
        let damaged = try DashboardSession(environment: environment)
        #expect(try damaged.tmux.waitFor(text: "theme light · braille"), "a damaged line is skipped, the rest kept")
        try damaged.tmux.send("q")
        #expect(try damaged.waitForExit().status == 0)
    }
}

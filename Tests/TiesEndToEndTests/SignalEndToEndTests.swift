import Foundation
import TestSupport
import Testing

/// Every signal that ends the dashboard gives the terminal back first: the shell's screen,
/// line editing and echo, a visible cursor; a crash too, before its report.
@Suite(.enabled(if: canRunInTmux, "tmux is not installed"), .serialized)
struct SignalEndToEndTests {
    @Test(arguments: [SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGTERM, SIGHUP])
    func aSignalRestoresTheTerminalAndEndsWithItsStatus(_ signal: Int32) throws {
        let session = try DashboardSession()
        try session.waitUntilShown()
        kill(try #require(try session.tiesPID()), signal)
        let exit = try session.waitForExit()
        #expect(exit.status == 128 + Int(signal))
        #expect(exit.modes == "icanon echo")
        #expect(try session.tmux.paneVariable("alternate_on") == "0", "the alternate screen is left")
        #expect(try session.tmux.paneVariable("cursor_flag") == "1", "the cursor is shown")
        #expect(!(try session.tmux.screen().contains { $0.contains("1 Trade growth") }), "the dashboard is gone")
    }

    @Test(arguments: [SIGSEGV, SIGABRT, SIGILL])
    func aCrashGivesTheTerminalBackBeforeItsReport(_ signal: Int32) throws {
        let session = try DashboardSession(environment: ["SWIFT_BACKTRACE": "enable=no"])
        try session.waitUntilShown()
        kill(try #require(try session.tiesPID()), signal)
        let exit = try session.waitForExit()
        #expect(exit.status == 128 + Int(signal))
        #expect(exit.modes == "icanon echo")
        #expect(try session.tmux.paneVariable("alternate_on") == "0")
        #expect(try session.tmux.paneVariable("cursor_flag") == "1")
        #expect(try session.tmux.paneVariable("mouse_any_flag") == "0", "the mouse is the terminal's again")
    }
}

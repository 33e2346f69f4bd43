import Foundation
import TestSupport
import Testing

/// Starts `ties` in tmux the way a user would, followed by a report of how it ended.
///
/// After `ties` exits, the pane shows `EXIT=<status>` and the terminal modes from `stty -a`,
/// so a test can check that the shell is left usable.
struct DashboardSession {
    let tmux: TmuxSession

    init(
        width: Int = 120, height: Int = 40, arguments: String = "", environment: [String: String] = [:],
        directory: URL? = nil
    ) throws {
        try #require(
            TmuxSession.isAvailable || !TmuxSession.isRequired, "tmux is required for the end-to-end tests under CI")
        let binary = TmuxSession.quote(ProgramRun.tiesBinary)
        // Each session remembers its settings in a folder of its own, never the user's.
        var environment = environment
        if environment["XDG_STATE_HOME"] == nil {
            environment["XDG_STATE_HOME"] =
                FileManager.default.temporaryDirectory.appending(path: "ties-state-\(UUID().uuidString)").path
        }
        tmux = try TmuxSession(
            width: width, height: height,
            command: (directory.map { "cd \(TmuxSession.quote($0.path)) && " } ?? "")
                + "trap '' INT; \(binary) \(arguments); echo EXIT=$?; stty -a | tr ';' '\\n' | tr ' ' '\\n'"
                + " | grep -x -e '-\\{0,1\\}echo' -e '-\\{0,1\\}icanon' | tr '\\n' ' '; echo; echo END",
            environment: environment)
    }

    /// Waits for the dashboard's first frame.
    func waitUntilShown(_ marker: String = "1 Trade") throws {
        let shown = try tmux.waitFor(text: marker)
        #expect(shown, "\((try? tmux.screen())?.joined(separator: "\n") ?? "")")
    }

    /// Waits for `ties` to end; returns its exit status and the terminal modes after it.
    func waitForExit() throws -> (status: Int?, modes: String) {
        let lines = try tmux.waitFor { $0.contains("END") }
        let status = lines.first { $0.hasPrefix("EXIT=") }.flatMap { Int($0.dropFirst(5)) }
        let index = lines.firstIndex { $0.hasPrefix("EXIT=") }
        let modes = index.map { lines.indices.contains($0 + 1) ? lines[$0 + 1] : "" } ?? ""
        return (status, modes.trimmingCharacters(in: .whitespaces))
    }

    /// The process id of `ties` itself (the child of the pane's shell).
    func tiesPID() throws -> Int32? {
        let shell = try tmux.panePID()
        let output = try Subprocess.run("pgrep", ["-P", String(shell)]).standardOutput
        return output.split(separator: "\n").first.flatMap { Int32($0) }
    }
}

/// Whether end-to-end tests can run here: always under CI (where a missing tmux fails them).
let canRunInTmux = TmuxSession.isAvailable || TmuxSession.isRequired

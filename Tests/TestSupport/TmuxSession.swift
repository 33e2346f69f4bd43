import Foundation

/// A detached tmux server running one command in a pane of a fixed size, for tests that
/// drive the real binary as a user would: send keys, read the screen, resize.
///
/// Each session has its own server socket, so tests run side by side without sharing state.
public final class TmuxSession {
    /// Whether tmux is installed.
    public static var isAvailable: Bool { (try? run(["-V"]).status) == 0 }

    /// Whether the end-to-end tests must run: under `CI=true` a missing tmux is a failure.
    public static var isRequired: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    private let socket = "ties-test-\(UUID().uuidString.prefix(8))"

    /// Starts `command` (run by `sh -c`) in a pane of `width`×`height` with a UTF-8 locale and
    /// colour unless `environment` says otherwise (an empty value unsets a variable).
    ///
    /// `swift test` sets `NO_COLOR` for the tests it runs; the pane starts without it, as a
    /// user's terminal would.
    public init(width: Int, height: Int, command: String, environment: [String: String] = [:]) throws {
        var variables = [
            "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "xterm-256color", "NO_COLOR": "", "COLORTERM": "",
        ]
        variables.merge(environment) { $1 }
        let exports = variables.sorted { $0.key < $1.key }.map { key, value in
            value.isEmpty ? "unset \(key);" : "export \(key)=\(Self.quote(value));"
        }.joined(separator: " ")
        let result = try Self.run(
            [
                "-L", socket, "-f", "/dev/null", "-u", "new-session", "-d", "-x", String(width), "-y", String(height),
                "sh", "-c", "\(exports) \(command)",
            ])
        guard result.status == 0 else { throw TmuxError.failed(result.output) }
        _ = try? Self.run(["-L", socket, "set-option", "-g", "remain-on-exit", "on"])
    }

    deinit {
        _ = try? Self.run(["-L", socket, "kill-server"])
    }

    /// Sends named keys (`Down`, `Tab`, `BTab`, `C-c`, `Escape`, `Enter`) or single characters.
    public func send(_ keys: String...) throws {
        _ = try Self.run(["-L", socket, "send-keys"] + keys)
    }

    /// Presses Esc as a person does: alone, with a pause after it longer than curses' escape
    /// delay, so the next key is not read as Alt with that key.
    public func pressEscape() throws {
        try send("Escape")
        Thread.sleep(forTimeInterval: 0.1)
    }

    /// Types text literally.
    public func type(_ text: String) throws {
        _ = try Self.run(["-L", socket, "send-keys", "-l", text])
    }

    /// Sends raw bytes to the program, exactly as a terminal would for a key (`send-keys -H`).
    public func sendBytes(_ bytes: [UInt8]) throws {
        _ = try Self.run(["-L", socket, "send-keys", "-H"] + bytes.map { String(format: "%02x", $0) })
    }

    /// Appends every byte the program writes from now on to a file (`pipe-pane -O`).
    public func recordOutput(to path: String) throws {
        _ = try Self.run(["-L", socket, "pipe-pane", "-O", "cat >> \(Self.quote(path))"])
    }

    /// The pane with its colours: `capture-pane -p -e`, parsed into cells.
    public func coloredScreen() throws -> ColoredScreen {
        let result = try Self.run(["-L", socket, "capture-pane", "-p", "-e"])
        return ColoredScreen(
            capture: result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }

    /// Resizes the window.
    public func resize(width: Int, height: Int) throws {
        _ = try Self.run(["-L", socket, "resize-window", "-x", String(width), "-y", String(height)])
    }

    /// The pane's text, one string per row.
    public func screen() throws -> [String] {
        let result = try Self.run(["-L", socket, "capture-pane", "-p"])
        return result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Waits until the screen satisfies `condition`, reading it every 50 ms for up to `seconds`.
    ///
    /// Returns the last screen read either way, so a failed expectation can show it.
    @discardableResult
    public func waitFor(seconds: Double = 10, _ condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(seconds)
        var lines = try screen()
        while !condition(lines) && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            lines = try screen()
        }
        return lines
    }

    /// Waits until some row contains `text`; returns whether it appeared.
    public func waitFor(text: String, seconds: Double = 10) throws -> Bool {
        try waitFor(seconds: seconds) { $0.contains { $0.contains(text) } }.contains { $0.contains(text) }
    }

    /// A tmux format variable of the pane, e.g. `mouse_any_flag` (1 when the program asked for the mouse).
    public func paneVariable(_ name: String) throws -> String {
        try Self.run(["-L", socket, "display-message", "-p", "#{\(name)}"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Sends a left click at a cell (0-based) as an xterm SGR mouse report, as a terminal would.
    public func click(x: Int, y: Int) throws {
        try type("\u{1B}[<0;\(x + 1);\(y + 1)M")
        try type("\u{1B}[<0;\(x + 1);\(y + 1)m")
    }

    /// Sends one wheel step at a cell, down or up.
    public func wheel(x: Int, y: Int, down: Bool) throws {
        try type("\u{1B}[<\(down ? 65 : 64);\(x + 1);\(y + 1)M")
    }

    /// The process id of the pane's command (the `sh` that runs the test command).
    public func panePID() throws -> Int32 {
        let result = try Self.run(["-L", socket, "display-message", "-p", "#{pane_pid}"])
        return Int32(result.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    // MARK: - Helpers

    /// Errors from tmux.
    public enum TmuxError: Error {
        /// tmux exited with an error and said this.
        case failed(String)
    }

    /// Quotes text for `sh`.
    public static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Runs tmux and waits for it; standard output and error together.
    @discardableResult
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let result = try Subprocess.run("tmux", arguments)
        return (result.status, result.standardOutput + result.standardError)
    }
}

import Foundation
import TiesModel

/// What the dashboard asks of the system for a key: open a URL, copy to the clipboard, run an
/// editor. Each returns what to tell the user in the status line.
enum SystemActions {
    /// Opens a URL with `$BROWSER` or `xdg-open`, detached; over SSH without `$BROWSER`, or
    /// without an opener, says where the URL is instead.
    static func open(_ url: String, environment: [String: String]) -> String {
        let browser = environment["BROWSER"].flatMap { $0.isEmpty ? nil : $0 }
        if browser == nil, environment["SSH_CONNECTION"] != nil || environment["SSH_TTY"] != nil {
            return "over SSH, open it where you are: \(url)"
        }
        let command = browser ?? "xdg-open"
        guard let executable = find(command, path: environment["PATH"] ?? "/usr/bin:/bin") else {
            return "no \(command) to open it (set $BROWSER): \(url)"
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [url]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return "could not run \(command): \(url)"
        }
        return "opening \(url)"
    }

    /// Puts a text on the clipboard of the terminal the dashboard runs in, with OSC 52 (tmux
    /// passes it on when `set-clipboard` is on).
    static func copy(_ text: String, to descriptor: Int32 = STDOUT_FILENO) {
        let encoded = Data(text.utf8).base64EncodedString()
        let sequence = "\u{1B}]52;c;\(encoded)\u{07}"
        DescriptorWrite.all(Array(sequence.utf8), to: descriptor)
    }

    /// Runs `$VISUAL` or `$EDITOR` (else `vi`) on a file at a line, on the terminal, and
    /// waits for it; the message when it could not run.
    static func edit(_ location: FileLocation, environment: [String: String]) -> String? {
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let words = editor.split(separator: " ").map(String.init)
        guard let command = words.first, let executable = find(command, path: environment["PATH"] ?? "/usr/bin:/bin")
        else {
            return "no editor \(editor) (set $VISUAL or $EDITOR)"
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = Array(words.dropFirst()) + ["+\(max(1, location.line))", location.file]
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            return "could not run \(editor)"
        }
        return nil
    }

    /// The path of a command, found on `PATH` unless it names a path itself.
    static func find(_ command: String, path: String) -> String? {
        if command.contains("/") { return FileManager.default.isExecutableFile(atPath: command) ? command : nil }
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(command)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

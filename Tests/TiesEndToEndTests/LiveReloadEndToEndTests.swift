import Foundation
import TestSupport
import Testing

/// `ties --watch FILE` in a real terminal: edits appear, broken edits keep the last good data.
@Suite(.enabled(if: canRunInTmux, "tmux is not installed"))
struct LiveReloadEndToEndTests {
    @Test func editsAreReloadedAndBrokenEditsShowTheDiagnostic() throws {
        let folder = ScratchFolder("ties-watch")
        let file = folder.url.appending(path: "relation.yaml")
        let original = try String(contentsOfFile: Fixtures.relation("valid.yaml"), encoding: .utf8)
        try original.write(to: file, atomically: true, encoding: .utf8)
        let session = try DashboardSession(arguments: "--watch relation.yaml", directory: folder.url)
        try session.waitUntilShown("Testland–Examplia")
        try session.tmux.send("2")
        #expect(try session.tmux.waitFor(text: "│▶ 1–2 Mar "), "the timeline opens on the newest past event")

        try original.replacingOccurrences(of: "title: Summit in the capital", with: "title: Summit by the sea")
            .write(to: file, atomically: true, encoding: .utf8)
        let edited = try session.tmux.waitFor {
            $0.contains { $0.hasPrefix("│▶ 1–2 Mar") && $0.contains("Summit by the sea") }
        }
        #expect(edited.contains { $0.hasPrefix("│▶ 1–2 Mar") && $0.contains("Summit by the sea") })

        try original.replacingOccurrences(of: "date: 2024-09-15", with: "date: 2024-13-01")
            .write(to: file, atomically: true, encoding: .utf8)
        #expect(
            try session.tmux.waitFor(
                text: "reload failed (1 problem), showing the last good data: relation.yaml:77:11: error:"))
        #expect(try session.tmux.screen().contains { $0.contains("Summit by the sea") })

        try original.write(to: file, atomically: true, encoding: .utf8)
        let fixed = try session.tmux.waitFor { !$0.contains { $0.contains("reload failed") } }
        #expect(!fixed.contains { $0.contains("reload failed") })
        #expect(fixed.contains { $0.hasPrefix("│▶ 1–2 Mar") && $0.contains("Summit in the capital") })
    }

    /// A file broken from the start, watched, waits for its fix with its problems on screen;
    /// `q` still quits while it waits.
    @Test func aWatchedFileBrokenFromTheStartWaitsForItsFix() throws {
        let folder = ScratchFolder("ties-wait")
        let file = folder.url.appending(path: "relation.yaml")
        let original = try String(contentsOfFile: Fixtures.relation("valid.yaml"), encoding: .utf8)
        try original.replacingOccurrences(of: "date: 2024-09-15", with: "date: 2024-13-01")
            .write(to: file, atomically: true, encoding: .utf8)
        let session = try DashboardSession(arguments: "--watch relation.yaml", directory: folder.url)
        #expect(try session.tmux.waitFor(text: "Waiting for the file to be fixed (1 problem):"))
        #expect(try session.tmux.screen().contains { $0.contains("relation.yaml:77:11: error:") })
        try original.write(to: file, atomically: true, encoding: .utf8)
        #expect(try session.tmux.waitFor(text: "Testland–Examplia"), "the dashboard opens once the file is fixed")
        #expect(try !session.tmux.screen().contains { $0.contains("Waiting for the file") })
        try session.tmux.send("q")
        #expect(try session.waitForExit().status == 0)
    }

    /// `E` hands the terminal to the editor at the selected item's line, takes it back, and
    /// reloads what was edited, keeping the selection.
    @Test func editingAnItemOpensTheEditorAtItsLineAndReloads() throws {
        let folder = ScratchFolder("ties-edit")
        let original = try String(contentsOfFile: Fixtures.relation("valid.yaml"), encoding: .utf8)
        try original.write(to: folder.url.appending(path: "relation.yaml"), atomically: true, encoding: .utf8)
        let editor = folder.url.appending(path: "editor").path
        try """
        #!/bin/sh
        echo "$@" > args
        sed -i 's/Summit in the capital/Summit edited in place/' "$2"
        """.write(toFile: editor, atomically: true, encoding: .utf8)
        #expect(chmod(editor, 0o755) == 0)
        let session = try DashboardSession(
            arguments: "relation.yaml", environment: ["EDITOR": editor], directory: folder.url)
        try session.waitUntilShown("Testland–Examplia")
        try session.tmux.send("2", "E")
        #expect(try session.tmux.waitFor(text: "│▶ 1–2 Mar          visit         Summit edited in place"), "reloaded")
        let arguments = folder.url.appending(path: "args").path
        #expect(try String(contentsOfFile: arguments, encoding: .utf8) == "+59 relation.yaml\n")
        try session.tmux.send("q")
        #expect(try session.waitForExit().status == 0)
    }
}

import Foundation
import TestSupport
import Testing

/// Faults while running: a terminal resized without pause while keys arrive, and a watched
/// file that disappears, turns into a folder, is cut short, is replaced or cannot be read.
@Suite(.enabled(if: canRunInTmux, "tmux is not installed"), .serialized)
struct FaultsEndToEndTests {
    @Test func resizeTortureEndsOnTheFrameAFreshRenderGives() throws {
        let session = try DashboardSession(width: 120, height: 40)
        try session.waitUntilShown()
        var generator = SeededGenerator(seed: 7)
        var sizes = [(1, 1), (2, 200), (300, 100), (40, 12), (39, 11), (80, 24), (60, 20), (200, 60)]
        while sizes.count < 100 {
            sizes.append((Int.random(in: 1...260, using: &generator), Int.random(in: 1...90, using: &generator)))
        }
        // Focus and movement keys between the sizes (on a screen too small they do nothing),
        // then the keys that bring every panel back to where a fresh start has it.
        let keys = ["2", "j", "k", "1", "Tab", "BTab", "3", "j", "G", "g", "Down", "Up", "NPage", "PPage"]
        for (index, size) in sizes.shuffled(using: &generator).enumerated() {
            try session.tmux.resize(width: size.0, height: size.1)
            try session.tmux.send(keys[index % keys.count])
        }
        try session.tmux.resize(width: 100, height: 30)
        // Keys sent before the last resize reaches ties would meet a screen too small for them.
        let drawn = try session.tmux.waitFor { $0.count >= 30 && $0[29].hasSuffix("q quit") }
        #expect(drawn.count >= 30 && drawn[29].hasSuffix("q quit"), "the last size is drawn")
        try session.tmux.send("2", "G", "3", "g", "1", "G")
        let fresh = try ProgramRun.ties(["render", "--size", "100x30", "--color", "never"])
        let expected = fresh.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            .map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
        let screen = try session.tmux.waitFor(seconds: 10) { lines in
            Array(lines.prefix(30).map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) })
                == expected
        }
        let shown = screen.prefix(30).map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
        FrameComparison.expect(Array(shown), equal: Array(expected))
        try session.tmux.send("q")
        #expect(try session.waitForExit().status == 0, "no crash through a hundred sizes")
    }

    @Test func aWatchedFileThatBreaksKeepsTheLastGoodDataAndRecovers() throws {
        let folder = ScratchFolder("ties-faults")
        let file = folder.url.appending(path: "relation.yaml")
        let original = try String(contentsOfFile: Fixtures.relation("valid.yaml"), encoding: .utf8)
        try original.write(to: file, atomically: true, encoding: .utf8)
        let session = try DashboardSession(arguments: "--watch relation.yaml", directory: folder.url)
        try session.waitUntilShown("Testland–Examplia")
        func joined(_ lines: [String]) -> String {
            lines.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "│ ")) }.joined(separator: " ")
        }
        func expectBanner(_ text: String, _ comment: Comment) throws {
            let screen = try session.tmux.waitFor { joined($0).contains(text) }
            #expect(joined(screen).contains(text), comment)
            #expect(
                try session.tmux.screen().contains { $0.contains("Summit in the capital") }, "the last good data stays")
        }
        func expectRecovered(_ comment: Comment) throws {
            let screen = try session.tmux.waitFor { !$0.contains { $0.contains("reload failed") } }
            #expect(!screen.contains { $0.contains("reload failed") }, comment)
        }
        try FileManager.default.removeItem(at: file)
        try expectBanner("cannot open the file: no such file", "deleted")
        try FileManager.default.createDirectory(at: file, withIntermediateDirectories: false)
        try expectBanner("it is a directory", "replaced by a directory")
        try FileManager.default.removeItem(at: file)
        try Data(original.utf8.prefix(original.utf8.count / 2)).write(to: file)
        try expectBanner("reload failed", "cut short in the middle of a write")
        let replacement = folder.url.appending(path: "replacement.yaml")
        try original.replacingOccurrences(of: "Culture festival", with: "Culture week").write(
            to: replacement, atomically: false, encoding: .utf8)
        #expect(rename(replacement.path, file.path) == 0)
        try expectRecovered("replaced by rename")
        #expect(try session.tmux.waitFor(text: "Culture week"))
        if geteuid() != 0 {
            #expect(chmod(file.path, 0) == 0)
            try expectBanner("permission denied", "made unreadable")
            #expect(chmod(file.path, 0o644) == 0)
            try FileManager.default.removeItem(at: file)
            try original.write(to: file, atomically: true, encoding: .utf8)
            try expectRecovered("readable again")
        }
        try session.tmux.send("q")
        #expect(try session.waitForExit().status == 0)
    }
}

import Foundation
import TestSupport
import Testing

/// Source addresses in a detail reach the terminal as OSC 8 hyperlinks when it shows them,
/// without changing a cell of what is drawn, and never from text in the data.
@Suite(.enabled(if: canRunInTmux), .serialized) struct HyperlinkEndToEndTests {
    static let open = Array("\u{1B}]8;".utf8)

    /// The dashboard on a relation, the timeline focused, recording what it writes.
    func session(_ file: String, hyperlinks: String, output: String) throws -> DashboardSession {
        let session = try DashboardSession(
            width: 100, height: 30, arguments: TmuxSession.quote(file), environment: ["FORCE_HYPERLINK": hyperlinks])
        try session.waitUntilShown()
        try session.tmux.send("2")
        _ = try session.tmux.waitFor(text: "╭─ 2 Events")
        try session.tmux.recordOutput(to: output)
        return session
    }

    func bytes(_ path: String) -> [UInt8] {
        Array((try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data())
    }

    @Test func aSourceAddressIsSentAsAHyperlinkOverTheSameCells() throws {
        let folder = ScratchFolder()
        let file = Fixtures.relation("valid.yaml")
        let linked = try session(file, hyperlinks: "1", output: folder.path + "/linked")
        let plain = try session(file, hyperlinks: "0", output: folder.path + "/plain")
        let before = try linked.tmux.screen()
        for session in [linked, plain] {
            try session.tmux.send("Enter")
            _ = try session.tmux.waitFor(text: "https://example.org/gazette")
        }
        Thread.sleep(forTimeInterval: 0.3)
        let sent = bytes(folder.path + "/linked")
        let link = Array("\u{1B}]8;id=ties-".utf8)
        #expect(sent.firstRange(of: link) != nil, "an OSC 8 opening")
        #expect(sent.firstRange(of: Array(";https://example.org/gazette\u{1B}\\".utf8)) != nil, "the address")
        #expect(
            sent.firstRange(of: Array("https://example.org/gazette\u{1B}]8;;\u{1B}\\".utf8)) != nil,
            "its text (after its look), then the closing")
        #expect(bytes(folder.path + "/plain").firstRange(of: Self.open) == nil, "FORCE_HYPERLINK=0 sends none")
        #expect(try linked.tmux.coloredScreen() == plain.tmux.coloredScreen(), "the same cells, the same colours")
        try linked.tmux.pressEscape()
        let after = try linked.tmux.waitFor { $0 == before }
        #expect(after == before, "closing the detail leaves the dashboard as it was")
        try linked.tmux.send("q")
        #expect(try linked.waitForExit().status == 0)
    }

    @Test func anAddressWithControlCharactersIsNeverLinked() throws {
        let folder = ScratchFolder()
        let valid = try String(contentsOfFile: Fixtures.relation("valid.yaml"), encoding: .utf8)
        let hostile = valid.replacingOccurrences(
            of: "url: https://example.org/gazette", with: #"url: "https://example.org/\e]8;;https://evil.example\e\\x""#
        )
        let file = folder.write("hostile.yaml", hostile)
        let session = try session(file, hyperlinks: "1", output: folder.path + "/out")
        try session.tmux.send("Enter")
        #expect(try session.tmux.waitFor(text: "https://example.org/␛]8;;https://evil.example␛\\x"))
        Thread.sleep(forTimeInterval: 0.3)
        let sent = bytes(folder.path + "/out")
        #expect(sent.firstRange(of: Self.open) == nil, "no hyperlink, and the data's sequence shown, not sent")
    }
}

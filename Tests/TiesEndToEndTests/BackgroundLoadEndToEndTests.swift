import Foundation
import TestSupport
import Testing

/// A file loads on its own thread: the first frame says so at once, and `q` quits without
/// waiting for the load — here a named pipe whose writer stops halfway and never finishes.
@Suite(.enabled(if: canRunInTmux, "tmux is not installed"), .serialized)
struct BackgroundLoadEndToEndTests {
    @Test func aLoadThatNeverEndsShowsLoadingAndQQuitsAtOnce() throws {
        let folder = ScratchFolder("ties-slow")
        let relation = try #require(FileManager.default.contents(atPath: Fixtures.relation("valid.yaml")))
        try relation.prefix(400).write(to: folder.url.appending(path: "half.yaml"))
        let pipe = folder.url.appending(path: "slow.yaml").path
        #expect(mkfifo(pipe, 0o600) == 0)
        // The writer sends half a relation and then waits, holding the pipe open.
        _ = try Subprocess.run(
            "sh", ["-c", "(cat half.yaml; sleep 30) > slow.yaml 2>/dev/null &"], directory: folder.path)
        let session = try DashboardSession(arguments: "slow.yaml", directory: folder.url)
        #expect(try session.tmux.waitFor(text: "Loading slow.yaml"), "the first frame says what is loading")
        try session.tmux.send("q")
        let exit = try session.waitForExit()
        #expect(exit.status == 0, "q quit while the file was still being written")
        #expect(exit.modes == "icanon echo")
    }
}

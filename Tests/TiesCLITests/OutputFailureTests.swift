import Foundation
import TestSupport
import Testing

/// Closed and full outputs: ties says what it could not write and never claims success.
@Suite struct OutputFailureTests {
    /// Runs `ties ARGUMENTS` in a shell with a redirection, reporting the status and what
    /// reached the open stream.
    func run(_ arguments: String, _ redirection: String) throws -> Subprocess.Result {
        try Subprocess.run("sh", ["-c", "\"$0\" \(arguments) \(redirection)", ProgramRun.tiesBinary])
    }

    @Test(arguments: ["export", "export --format json", "render --size 100x30", "check", "themes"])
    func aFullStandardOutputIsAWriteError(_ command: String) throws {
        let result = try run(command, "> /dev/full")
        #expect(result.status == 74, "\(command)")
        #expect(result.standardError == "ties: cannot write to standard output: No space left on device\n")
    }

    @Test(arguments: ["export", "render", "check"])
    func aClosedStandardOutputIsAWriteError(_ command: String) throws {
        let result = try run(command, ">&-")
        #expect(result.status == 74, "\(command)")
        #expect(result.standardError.hasPrefix("ties: cannot write to standard output: Bad file descriptor"))
    }

    @Test(arguments: ["2>/dev/full", "2>&-"])
    func aFailedDiagnosticTurnsSuccessIntoAWriteError(_ redirection: String) throws {
        let warned = try run("check \(Fixtures.relation("unknown-key.yaml"))", redirection)
        #expect(warned.status == 74, "the warning could not be written")
        #expect(warned.standardOutput.hasPrefix("ok: "))
        let invalid = try run("check \(Fixtures.relation("impossible-date.yaml"))", redirection)
        #expect(invalid.status == 65, "an invalid file stays invalid")
        let clean = try run("check", redirection)
        #expect(clean.status == 0, "nothing to write to standard error, nothing failed")
    }

    @Test func aClosedPipeEndsQuietly() throws {
        let result = try Subprocess.run(
            "bash",
            [
                "-c", "\"$0\" render --size 400x1000 | head -c 10 > /dev/null; echo ${PIPESTATUS[0]}",
                ProgramRun.tiesBinary,
            ])
        #expect(result.standardOutput == "141\n")
        #expect(result.standardError.isEmpty)
    }
}

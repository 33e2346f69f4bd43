import Foundation
import TestSupport
import Testing

/// `ties check` as a user runs it: output, diagnostics on standard error, exit statuses.
@Suite struct CheckCommandTests {
    @Test func checksTheEmbeddedRelationByDefault() throws {
        let run = try ProgramRun.ties(["check"])
        #expect(run.status == 0)
        #expect(run.standardOutput == "ok: Russia–Pakistan: 39 events, 15 trade figures, 11 sectors, 61 sources\n")
        #expect(run.standardError.isEmpty)
    }

    @Test func invalidDataExits65WithDiagnosticsOnStandardError() throws {
        let run = try ProgramRun.ties(["check", Fixtures.relation("impossible-date.yaml")])
        #expect(run.status == 65)
        #expect(run.standardOutput.isEmpty)
        #expect(
            run.standardError == Fixtures.relation("impossible-date.yaml")
                + ":77:11: error: events[2].date: expected YYYY, YYYY-MM, YYYY-MM-DD or a range A..B,"
                + " found \"2024-13-01\"\n")
    }

    @Test(arguments: [
        ("missing.yaml", "cannot open the file: no such file"),
        ("a-directory", "cannot read the file: it is a directory"),
    ])
    func unreadableFileExits66(_ name: String, _ reason: String) throws {
        let run = try ProgramRun.ties(["check", Fixtures.relation(name)])
        #expect(run.status == 66)
        #expect(run.standardError == Fixtures.relation(name) + ":1:1: error: \(reason)\n")
    }

    @Test func warningsDoNotFailTheCheck() throws {
        let run = try ProgramRun.ties(["check", Fixtures.relation("unknown-key.yaml")])
        #expect(run.status == 0)
        #expect(run.standardOutput.hasPrefix("ok: Testland–Examplia: 4 events"))
        #expect(run.standardError.contains(":63:5: warning: events[0]: unknown key \"plase\""))
    }

    @Test func everyFileIsCheckedAndTheWorstStatusWins() throws {
        let files = ["valid.yaml", "negative-value.yaml", "missing.yaml"].map(Fixtures.relation)
        let run = try ProgramRun.ties(["check"] + files)
        #expect(run.status == 66)
        #expect(run.standardOutput == "ok: Testland–Examplia: 4 events, 6 trade figures, 2 sectors, 2 sources\n")
        #expect(run.standardError.split(separator: "\n").count == 2)
    }

    @Test func theFileSizeLimitCanBeRaised() throws {
        let small = try ProgramRun.ties(["check", "--max-file-size", "1k", Fixtures.relation("valid.yaml")])
        #expect(small.status == 65)
        #expect(
            small.standardError.hasSuffix(
                ":1:1: error: the file is larger than the limit of 1 KiB; raise it with"
                    + " --max-file-size (or give events as a table, which is read as a stream)\n"))
        let raised = try ProgramRun.ties(["check", "--max-file-size", "10M", Fixtures.relation("valid.yaml")])
        #expect(raised.status == 0)
        let wrong = try ProgramRun.ties(["check", "--max-file-size", "10X"])
        #expect(wrong.status == 64)
    }

    @Test func badUsageExits64() throws {
        let run = try ProgramRun.ties(["export", "--format", "pdf"])
        #expect(run.status == 64)
        #expect(run.standardError.contains("pdf"))
    }

    @Test func theBinaryRunsAloneWithoutItsBuildFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "ties-alone-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appending(path: "ties")
        try FileManager.default.copyItem(atPath: ProgramRun.tiesBinary, toPath: copy.path(percentEncoded: false))
        // A program started on another test's thread may briefly hold the new file open for
        // writing (inherited across fork), which makes exec fail with ETXTBSY: try again then.
        var run = try Subprocess.run(copy.path(percentEncoded: false), ["check"], directory: folder.path)
        for _ in 0..<20 where run.status == 126 && run.standardError.contains("busy") {
            Thread.sleep(forTimeInterval: 0.05)
            run = try Subprocess.run(copy.path(percentEncoded: false), ["check"], directory: folder.path)
        }
        let text = run.standardOutput
        #expect(run.status == 0, "\(run.standardError)")
        #expect(text.hasPrefix("ok: Russia–Pakistan"))
    }
}

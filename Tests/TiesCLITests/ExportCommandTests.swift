import Foundation
import TestSupport
import Testing

/// `ties export` and the default command, run as a user runs them.
@Suite struct ExportCommandTests {
    @Test func jsonExportChecksCleanAndIsStable() throws {
        let first = try ProgramRun.ties(["export", "--format", "json"])
        #expect(first.status == 0)
        let file = FileManager.default.temporaryDirectory.appending(path: "ties-export-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try first.standardOutput.write(to: file, atomically: true, encoding: .utf8)
        let check = try ProgramRun.ties(["check", file.path(percentEncoded: false)])
        #expect(check.status == 0)
        #expect(check.standardOutput.hasPrefix("ok: Russia–Pakistan: 39 events"))
        let second = try ProgramRun.ties(["export", "--format", "json", file.path(percentEncoded: false)])
        #expect(second.standardOutput == first.standardOutput)
    }

    @Test func markdownExportIsABrief() throws {
        let run = try ProgramRun.ties(["export", "--format", "markdown"])
        #expect(run.status == 0)
        let lines = run.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "# Russia–Pakistan")
        #expect(
            lines.contains(
                "- **1–2 Oct 2024** · forum · First Russia–Pakistan Trade and Investment Forum — Moscow · The Nation; Arab News; Business Recorder, high"
            ))
        #expect(
            lines.contains {
                $0.hasPrefix("| FY22-23 | $920m | $846m | $74m | Dawn | high | fiscal year; **disputed**")
            })
    }

    @Test func exportOfInvalidFileFailsWith65() throws {
        let run = try ProgramRun.ties(["export", "--format", "json", Fixtures.relation("wrong-types.yaml")])
        #expect(run.status == 65)
        #expect(run.standardOutput.isEmpty)
        #expect(run.standardError.split(separator: "\n").count == 2)
    }
}

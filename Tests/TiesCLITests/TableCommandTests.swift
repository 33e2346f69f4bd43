import Foundation
import TestSupport
import Testing

/// Tables through the commands: `check`, `render` and `export` on a `.csv` or `.tsv`, and the
/// `--separator` and `--encoding` options.
@Suite struct TableCommandTests {
    let folder = ScratchFolder("ties-table-cli")

    @Test func checkReadsAnEventsTableAndSaysWhatItHolds() throws {
        folder.write("talks.tsv", "date\tkind\ttitle\tsectors\n2024-01-02\tvisit\tA visit\tenergy;trade\n")
        let run = try ProgramRun.ties(["check", "talks.tsv"], directory: folder.path)
        #expect(run.standardError == "")
        #expect(run.standardOutput == "ok: talks: 1 event, 0 trade figures, 2 sectors, 1 source\n")
        #expect(run.status == 0)
    }

    @Test func separatorAndEncodingOptionsAreHonouredAndCheckedAsUsage() throws {
        folder.write("e.csv", bytes: Array("date|kind|title\n2024|visit|M".utf8) + [0xFC] + Array("nchen\n".utf8))
        let strict = try ProgramRun.ties(["check", "--separator", "pipe", "e.csv"], directory: folder.path)
        #expect(strict.status == 65)
        #expect(
            strict.standardError
                == "e.csv:2:12: error: the text is not utf-8 (give the table's --encoding, such as windows-1252)\n")
        let decoded = try ProgramRun.ties(
            ["export", "--format", "json", "--separator", "|", "--encoding", "cp1252", "e.csv"], directory: folder.path)
        #expect(decoded.status == 0)
        #expect(decoded.standardOutput.contains("\"title\" : \"München\""))
        let usage = try ProgramRun.ties(["check", "--encoding", "ebcdic", "e.csv"], directory: folder.path)
        #expect(usage.status == 64)
        #expect(usage.standardError.contains("unknown encoding \"ebcdic\"; expected utf-8, windows-1252, latin-1"))
    }

    @Test func escapeSequencesInCellsReachNoOutputRaw() throws {
        folder.write("e.csv", "date,kind,title,place\n2024-05-01,visit,\"\u{1B}]0;owned\u{7}\u{1B}[2J\",\"a\u{9B}b\"\n")
        for arguments in [
            ["render", "--size", "100x30", "e.csv"], ["export", "--format", "json", "e.csv"],
            ["export", "--format", "markdown", "e.csv"],
        ] {
            let run = try ProgramRun.ties(arguments, directory: folder.path)
            #expect(run.status == 0, "\(arguments)")
            let output = run.standardOutput + run.standardError
            #expect(
                !output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{7}" || $0 == "\u{9B}" }, "\(arguments)")
        }
    }

    @Test func aProgressLineIsNotWrittenWhenStandardErrorIsNotATerminal() throws {
        var text = "date,kind,title\n"
        for row in 0..<20_000 { text += "2024-01-01,visit,row \(row)\n" }
        folder.write("big.csv", text)
        let run = try ProgramRun.ties(["check", "big.csv"], directory: folder.path)
        #expect(run.status == 0)
        #expect(run.standardError == "")
    }
}

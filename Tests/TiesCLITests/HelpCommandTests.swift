import Foundation
import TestSupport
import Testing

/// `--help` and `--version` as a user reads them.
@Suite struct HelpCommandTests {
    static let commands: [[String]] = [
        [], ["dashboard"], ["check"], ["export"], ["render"], ["import"], ["import", "comtrade"],
        ["import", "gdelt"], ["themes"],
    ]

    @Test func versionPrintsTheVersionAlone() throws {
        let run = try ProgramRun.ties(["--version"])
        #expect(run.status == 0)
        let version = run.standardOutput.trimmingCharacters(in: .newlines)
        #expect(version.split(separator: ".").count == 3, "a semantic version, not \(version)")
        #expect(version.allSatisfy { $0.isNumber || $0 == "." })
    }

    /// Every paragraph is wrapped greedily to fit 80 columns (the parser keeps lines under 80): a line ends early only where the next
    /// word would not have fitted, so no paragraph has a ragged line in the middle.
    @Test(arguments: commands) func helpParagraphsWrapCleanly(_ command: [String]) throws {
        let run = try ProgramRun.ties(command + ["--help"], environment: ["COLUMNS": "80"])
        #expect(run.status == 0)
        let lines = run.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let prose = lines.prefix { !$0.hasPrefix("USAGE:") }
        for (line, next) in zip(prose, prose.dropFirst()) where !line.isEmpty && !next.isEmpty {
            let firstWord = next.split(separator: " ").first.map(String.init) ?? ""
            #expect(
                line.count + 1 + firstWord.count >= 80,
                "\(command): \"\(line)\" ends early; \"\(firstWord)\" would have fitted")
        }
        #expect(lines.allSatisfy { $0.count <= 80 || $0.hasPrefix("USAGE:") }, "\(command): a line wider than 80")
    }

    @Test func renderHelpShowsTheRealDefaultFocusAndSizeLimits() throws {
        let help = try ProgramRun.ties(["render", "--help"], environment: ["COLUMNS": "80"]).standardOutput
        #expect(help.contains("default: trade"))
        let refused = try ProgramRun.ties(["render", "--size", "0x24"])
        #expect(refused.status == 64)
        #expect(refused.standardError.contains("each from 1 to 1000"))
        let accepted = try ProgramRun.ties(["render", "--size", "30×8"])
        #expect(accepted.status == 0)
        #expect(accepted.standardOutput.split(separator: "\n").count == 8)
    }
}

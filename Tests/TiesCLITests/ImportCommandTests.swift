import Foundation
import TestSupport
import Testing

/// `ties import comtrade|gdelt`: relation files written from downloads, which `check` accepts.
@Suite struct ImportCommandTests {
    let folder = ScratchFolder("ties-import")

    func fixture(_ path: String) -> String { Fixtures.packageFile("Tests/Fixtures/\(path)") }

    @Test func comtradeWritesARelationThatChecksAndOpens() throws {
        let run = try ProgramRun.ties(
            [
                "import", "comtrade", fixture("comtrade/plus-quirky.csv"), fixture("comtrade/legacy.csv"), "--pair",
                "RUS:PAK", "-o", "ct.yaml",
            ], directory: folder.path)
        #expect(run.status == 0)
        #expect(run.standardOutput == "")
        #expect(run.standardError.contains("note: skipped 10 rows not between the pair"))
        let written = try String(contentsOfFile: folder.path + "/ct.yaml", encoding: .utf8)
        let noisy = written.split(whereSeparator: { " \n,{}[]".contains($0) }).filter { token in
            guard Double(token) != nil, let dot = token.firstIndex(of: ".") else { return false }
            return token[token.index(after: dot)...].count > 8
        }
        #expect(noisy.isEmpty, "amounts to the cent, without binary noise: \(noisy.prefix(3))")
        let check = try ProgramRun.ties(["check", "ct.yaml"], directory: folder.path)
        #expect(check.standardError == "")
        #expect(
            check.standardOutput
                == "ok: Russian Federation–Pakistan (UN Comtrade): 0 events, 7 trade figures, 0 sectors, 2 sources\n")
        let brief = try ProgramRun.ties(["export", "--format", "markdown", "ct.yaml"], directory: folder.path)
        #expect(brief.standardOutput.contains("## Mirror figures"))
        #expect(brief.standardOutput.contains("| 2021 | Russian Federation → Pakistan | $698.31m | $742.12m | +6.3% |"))
        #expect(brief.standardOutput.contains("## What is traded"))
        #expect(brief.standardOutput.contains("| 27 | Mineral fuels, mineral oils"))
    }

    @Test func gdeltWritesNewsEventsToStandardOutput() throws {
        let run = try ProgramRun.ties(
            ["import", "gdelt", fixture("gdelt/mixed.export.CSV"), "--pair", "pak:rus"], directory: folder.path)
        #expect(run.status == 0)
        #expect(run.standardOutput.hasPrefix("schema: 1\ntitle: Pakistan–Russia (news events from GDELT)\n"))
        #expect(!run.standardOutput.unicodeScalars.contains("\u{1B}"))
        folder.write("gd.yaml", run.standardOutput)
        let check = try ProgramRun.ties(["check", "gd.yaml"], directory: folder.path)
        #expect(check.standardOutput.contains(": 0 events and 5 news events, "))
        let brief = try ProgramRun.ties(["export", "--format", "markdown", "gd.yaml"], directory: folder.path)
        #expect(brief.standardOutput.contains("## In the news (GDELT)"))
        #expect(brief.standardOutput.contains("| Jul 2023 | 2 | -0.3 | -1.7 |"))
    }

    @Test func badUsageAndBadFilesHaveTheirStatuses() throws {
        let pair = try ProgramRun.ties(["import", "gdelt", fixture("gdelt/mixed.export.CSV"), "--pair", "RUSSIA:PAK"])
        #expect(pair.status == 64)
        #expect(pair.standardError.contains("expected two different ISO alpha-3 codes such as RUS:PAK"))
        let missing = try ProgramRun.ties(
            ["import", "comtrade", "nope.csv", "--pair", "RUS:PAK"], directory: folder.path)
        #expect(missing.status == 66)
        #expect(missing.standardError.contains("cannot open the file: no such file"))
        let other = try ProgramRun.ties(["import", "comtrade", fixture("comtrade/legacy.csv"), "--pair", "CHN:PAK"])
        #expect(other.status == 65)
        #expect(other.standardError.contains("the files name PAK, RUS"))
    }

    @Test func checkCountsNewsEventsApart() throws {
        let run = try ProgramRun.ties(["check", Fixtures.relation("real-data.yaml")])
        #expect(run.status == 0)
        #expect(
            run.standardOutput
                == "ok: Russia–Pakistan (official statistics and news): 1 event and 5 news events, 8 trade figures,"
                + " 2 sectors, 4 sources\n")
    }
}

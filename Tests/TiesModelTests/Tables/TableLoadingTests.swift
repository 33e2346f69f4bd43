import Foundation
import TestSupport
import Testing

@testable import TiesModel

/// Events and trade figures read from tables: on their own, and through a relation file.
@Suite struct TableLoadingTests {
    let folder = ScratchFolder("ties-tables")

    func load(_ name: String, tables: TableOptions = TableOptions()) -> Result<RelationLoader.Loaded, LoadFailure> {
        do throws(LoadFailure) {
            return .success(
                try RelationLoader.load(
                    fileAt: (folder.path as NSString).appendingPathComponent(name), displayName: name, tables: tables))
        } catch {
            return .failure(error)
        }
    }

    func messages(_ name: String, tables: TableOptions = TableOptions()) -> [String] {
        switch load(name, tables: tables) {
        case .success(let loaded): loaded.warnings.map(\.description)
        case .failure(let failure): failure.diagnostics.map(\.description)
        }
    }

    static let relationHead = """
        schema: 1
        title: A–B
        asOf: 2025-06-30
        parties:
          - {code: A, name: Aland}
          - {code: B, name: Bland, fiscalYearStart: 7}
        sources:
          - {id: press, title: Press}
          - {id: stats, title: Statistics office}
        sectors:
          - {id: energy, name: Energy, status: active}

        """

    @Test func anEventsTableOpensOnItsOwnWithDefaultMetadata() throws {
        folder.write(
            "Talks 2024.csv",
            "Date,KIND,title,place,sectors,source,confidence\n"
                + "2024-03-01,visit,First visit,Moscow,energy;trade,tass,high\n"
                + "2024-05,agreement,\"Energy deal, signed\",,energy,,\n")
        let loaded = try load("Talks 2024.csv").get()
        #expect(loaded.warnings.isEmpty)
        let relation = loaded.relation
        #expect(relation.title == "Talks 2024")
        #expect(relation.events.map(\.id) == ["Talks-2024-2", "Talks-2024-3"])
        #expect(relation.events.map(\.title) == ["First visit", "Energy deal, signed"])
        #expect(relation.events[1].date.description == "2024-05")
        #expect(relation.sectors.map(\.id) == ["energy", "trade"])
        #expect(relation.sectors.allSatisfy { $0.status == .unknown })
        #expect(relation.sources.map(\.id) == ["Talks-2024", "tass"])
        #expect(relation.events[1].provenance == Provenance(sources: ["Talks-2024"], confidence: .low))
        #expect(relation.events[0].provenance == Provenance(sources: ["tass"], confidence: .high))
    }

    @Test func aMissingRequiredColumnIsOneErrorNamingIt() {
        folder.write("e.csv", "date,title,plase\n2024-01-01,x,y\n")
        #expect(
            messages("e.csv") == [
                "e.csv:1:1: warning: unknown column \"plase\" (did you mean 'place'?) ignored",
                "e.csv:1:1: error: the table has no column 'kind'; it needs 'date', 'kind', 'title'",
            ])
    }

    @Test func everyBadRowIsReportedAtItsCellUpToTheCap() {
        var text = "date,kind,title,confidence\n2024-01-01,visit,fine,high\n2024-13-01,visit,bad month,high\n"
        text += "2024-01-02,,no kind,high\n2024-01-03,visit,bad confidence,sure\n"
        folder.write("e.csv", text)
        let found = messages("e.csv")
        #expect(found.count == 3)
        #expect(found[0].hasPrefix("e.csv:3:1: error: column date: "))
        #expect(found[1] == "e.csv:4:12: error: column kind: the cell is empty; every row needs a value here")
        #expect(found[2].hasPrefix("e.csv:5:33: error: column confidence: "))

        var many = "date,kind,title\n"
        for row in 0..<250 { many += "2024-02-30,visit,row \(row)\n" }
        folder.write("many.csv", many)
        let capped = messages("many.csv")
        #expect(capped.count == 101)
        #expect(capped.last?.contains("150 more problems not shown") == true)
    }

    @Test func overlongAndMissingTextsAreReportedAtTheirCellsWithTheRowsOtherProblems() {
        // Two bytes a letter: one letter more than the limit holds.
        let long = String(repeating: "ж", count: LoadLimits.valueBytes / 2 + 1)
        var text = "date,kind,title,description\n2024-01-01,visit,\(long),fine\n2024-01-02,visit,fine,\(long)\n"
        text += "2024-13-01,visit,\(long),\(long)\n2024-01-04,visit,,x\n2024-01-05,visit,last,\n"
        folder.write("e.csv", text)
        let tooLong = "a value of 65,538 bytes is longer than the limit of 65,536 bytes"
        let found = messages("e.csv")
        #expect(
            found == [
                "e.csv:2:18: error: column title: \(tooLong)",
                "e.csv:3:23: error: column description: \(tooLong)",
                "e.csv:4:1: error: column date: expected YYYY, YYYY-MM, YYYY-MM-DD or a range A..B, found \"2024-13-01\"",
                "e.csv:4:18: error: column title: \(tooLong)",
                "e.csv:4:32788: error: column description: \(tooLong)",
                "e.csv:5:18: error: column title: the cell is empty; every row needs a value here",
            ])
    }

    @Test func aRefusedCellIsReportedAtEveryRowThatHasIt() {
        let long = String(repeating: "p", count: LoadLimits.valueBytes + 1)
        folder.write(
            "e.csv", "date,kind,title,place\n2024,visit,a,\(long)\n2025,visit,b,\(long)\n2025,visit,c,Moscow\n")
        #expect(
            messages("e.csv") == [
                "e.csv:2:14: error: column place: a value of 65,537 bytes is longer than the limit of 65,536 bytes",
                "e.csv:3:14: error: column place: a value of 65,537 bytes is longer than the limit of 65,536 bytes",
            ])
    }

    @Test func aQuotedLineBreakIsNoTitleAsInARelationFile() {
        folder.write("e.csv", "date,kind,title,description\n2024,visit,\"\n\",fine\n2025,visit,ok,\"\r\n\"\n")
        #expect(
            messages("e.csv") == [
                "e.csv:2:12: error: column title: expected text, found an empty string",
                "e.csv:4:15: error: column description: expected text, found an empty string",
            ])
    }

    @Test func aDuplicateIDIsAnErrorAtItsCell() {
        folder.write("e.csv", "id,date,kind,title\na,2024,visit,x\na,2025,visit,y\n")
        #expect(messages("e.csv") == ["e.csv:3:1: error: column id: duplicate event id \"a\""])
    }

    @Test func aRelationFileTakesEventsAndFiguresFromTablesBesideIt() throws {
        folder.write(
            "r.yaml",
            Self.relationHead + """
                trade:
                  currency: USD
                  unit: million
                  source: stats
                  confidence: high
                  figures:
                    - {period: 2020, turnover: 100, source: press, confidence: medium}
                  table: data/trade.tsv
                events:
                  table: [data/events.csv]
                  items:
                    - {id: inline, date: 2019, kind: visit, title: Inline, source: press, confidence: high}

                """)
        try FileManager.default.createDirectory(
            atPath: (folder.path as NSString).appendingPathComponent("data"), withIntermediateDirectories: true)
        folder.write(
            "data/trade.tsv",
            "period\tmeasure\tvalue\treporter\tqualifier\n2021\tturnover\t120.5\t\t\nFY2021-22\texports:A\t80\tB\tover\n"
        )
        folder.write("data/events.csv", "date;kind;title;sectors\n2024-02-01;visit;From the table;energy\n")
        let loaded = try load("r.yaml").get()
        #expect(loaded.warnings.isEmpty)
        let relation = loaded.relation
        #expect(relation.events.map(\.id) == ["inline", "events-2"])
        #expect(relation.events[1].provenance == Provenance(sources: ["press"], confidence: .low))
        let figures = relation.trade.figures
        #expect(figures.count == 3)
        #expect(figures[1].turnover?.value == 120.5)
        #expect(figures[1].provenance == Provenance(sources: ["stats"], confidence: .high))
        #expect(figures[2].exports["A"]?.qualifier == .over)
        #expect(figures[2].period.description == "FY2021-22")
        #expect(
            loaded.locations.figures.map(\.description)
                == ["r.yaml:18:7", "data/trade.tsv:2:1", "data/trade.tsv:3:1"].map { name in
                    name.hasPrefix("data/") ? (folder.path as NSString).appendingPathComponent(name) : name
                })
    }

    @Test func tableProblemsInARelationNameTheTableAndUnknownReferencesAreErrors() {
        folder.write(
            "r.yaml",
            Self.relationHead + "trade: {currency: USD, unit: million, table: t.csv}\nevents: {table: missing.csv}\n")
        folder.write("t.csv", "period,value,measure,source\n2020,1,exports:C,press\n2021,2,imports,nosuch\n")
        let found = messages("r.yaml")
        let table = (folder.path as NSString).appendingPathComponent("t.csv")
        #expect(found.contains { $0.hasPrefix("\(table):2:8: error: column measure: ") && $0.contains("\"C\"") })
        #expect(
            found.contains(
                "\(table):3:8: error: column measure: expected a measure 'turnover' or 'exports:CODE' (a party's"
                    + " exports), found \"imports\""))
        #expect(found.contains { $0.hasPrefix("\(table):3:16: error: column source[0]: ") && $0.contains("nosuch") })
        #expect(
            found.contains {
                $0 == "r.yaml:13:17: error: events.table: \"missing.csv\": cannot open the file: no such file"
            })
        if case .failure(let failure) = load("r.yaml") { #expect(failure.kind == .unreadable) }
    }

    @Test func aTradeTableAloneIsRefusedWithTheWayToReadIt() {
        folder.write("trade.csv", "period,value,measure\n2020,1,turnover\n")
        #expect(
            messages("trade.csv") == [
                "trade.csv:1:1: error: a trade table names parties and fiscal years a relation file defines: read it"
                    + " through one, as `trade: {currency: USD, unit: million, table: trade.csv}`"
            ])
    }

    @Test func aWrongSeparatorIsNamed() {
        folder.write("e.csv", "date;kind;title\n2024;visit;x\n")
        #expect(
            messages("e.csv", tables: TableOptions(separator: 0x2C)).first?.hasSuffix(
                "as one column: is the separator a semicolon? (give --separator semicolon)") == true)
    }

    @Test func windows1252NeedsItsEncoding() throws {
        folder.write("e.csv", bytes: Array("date,kind,title\n2024,visit,Z".utf8) + [0xFC] + Array("rich\n".utf8))
        #expect(
            messages("e.csv") == [
                "e.csv:2:12: error: the text is not utf-8 (give the table's --encoding, such as windows-1252)"
            ])
        let loaded = try load("e.csv", tables: TableOptions(encoding: .windows1252)).get()
        #expect(loaded.relation.events.map(\.title) == ["Zürich"])
    }

    @Test func controlCharactersInCellsAreKeptForOutputsToShowSafely() throws {
        folder.write("e.csv", "date,kind,title\n2024,visit,\"a\u{1B}[31mred\"\n")
        let loaded = try load("e.csv").get()
        #expect(loaded.relation.events[0].title == "a\u{1B}[31mred")
        #expect(VisibleText.sanitize(loaded.relation.events[0].title) == "a␛[31mred")
    }
}

import Foundation
import TestSupport
import Testing

@testable import TiesModel

/// UN Comtrade downloads in both layouts, with the quirks real files have.
@Suite struct ComtradeTests {
    func imported(_ names: [String]) throws(LoadFailure) -> RelationLoader.Loaded {
        try RelationImport.comtrade(
            files: names.map { Fixtures.packageFile("Tests/Fixtures/comtrade/\($0)") }, pair: ("RUS", "PAK"))
    }

    func messages(_ names: [String], pair: (String, String) = ("RUS", "PAK")) -> [String] {
        do {
            let loaded = try RelationImport.comtrade(
                files: names.map { Fixtures.packageFile("Tests/Fixtures/comtrade/\($0)") }, pair: pair)
            return loaded.warnings.map(\.message)
        } catch {
            return error.diagnostics.map(\.message)
        }
    }

    func figure(_ relation: Relation, _ period: Period, reporter: String) -> TradeFigure? {
        relation.trade.figures.first { $0.period == period && $0.reporter == reporter }
    }

    @Test func theCurrentLayoutAsDownloadedQuotedWithTrailingCommasCRLFAndWindows1252() throws {
        let loaded = try imported(["plus-quirky.csv"])
        let relation = loaded.relation
        #expect(relation.parties.map(\.name) == ["Russian Federation", "Pakistan"])
        #expect(
            relation.sources.map(\.title) == [
                "UN Comtrade, reported by Pakistan", "UN Comtrade, reported by Russian Federation",
            ])
        let russia = try #require(figure(relation, .calendarYear(2021), reporter: "RUS"))
        #expect(russia.exports["RUS"] == Amount(698.31245725))
        #expect(russia.exports["PAK"] == Amount(120.4000005))
        #expect(russia.turnover == Amount(818.71245775), "summed in cents, without binary noise")
        #expect(russia.provenance == Provenance(sources: ["comtrade-rus"], confidence: .high))
        #expect(russia.note?.contains("CIF") == true)
        let pakistan = try #require(figure(relation, .calendarYear(2022), reporter: "PAK"))
        #expect(pakistan.exports == ["RUS": Amount(1920), "PAK": Amount(151)])
        #expect(figure(relation, .calendarYear(2022), reporter: "RUS") == nil, "Russia reported nothing for 2022")
        #expect(
            loaded.warnings.map(\.message) == [
                "skipped 6 rows not between the pair: 2 breakdowns by second partner, 2 other partners, 1 other"
                    + " flows (re-exports, re-imports, processing), 1 world totals"
            ])
    }

    /// Downloads come in UTF-8 or Windows-1252, so they are read either way unless the user
    /// says how: an explicit `--encoding utf-8` holds them to UTF-8.
    @Test func anEncodingTheUserGivesHoldsForComtradeFiles() {
        let file = Fixtures.packageFile("Tests/Fixtures/comtrade/plus-quirky.csv")
        #expect(throws: LoadFailure.self) {
            try RelationImport.comtrade(files: [file], pair: ("RUS", "PAK"), tables: TableOptions(encoding: .utf8))
        }
        #expect((try? RelationImport.comtrade(files: [file], pair: ("RUS", "PAK"))) != nil)
    }

    @Test func mirrorFiguresAreBothKeptAndTheirGapIsTheImportersExcess() throws {
        let relation = try imported(["plus-quirky.csv"]).relation
        let series = relation.tradeSeries(.exports(from: "RUS"))
        let points = series.points.filter { $0.period == .calendarYear(2021) }
        #expect(points.count == 2)
        #expect(points.allSatisfy { $0.isDisputed })
        let mirror = try #require(MirrorPair.of(points[0], in: series))
        #expect(mirror.exporterReport.figure.reporter == "RUS")
        #expect(mirror.importerReport.figure.reporter == "PAK")
        #expect(abs((mirror.gap ?? 0) - (742.11890312 / 698.31245725 - 1)) < 1e-9)
    }

    @Test func chaptersBelowTheTotalBecomeTheComposition() throws {
        let relation = try imported(["plus-quirky.csv"]).relation
        let russian2021 = relation.trade.composition.filter { $0.reporter == "RUS" && $0.period == .calendarYear(2021) }
        #expect(russian2021.map(\.chapter).sorted() == [10, 27, 31, 52])
        #expect(russian2021.first { $0.chapter == 52 }?.from == "PAK", "Russia's imports are Pakistan's exports")
        let composition = try #require(
            Composition(
                relation.trade, parties: relation.parties, period: .calendarYear(2022), measure: .exports(from: "RUS"),
                limit: 2))
        #expect(composition.reporters == ["RUS": "PAK"], "no Russian data for 2022: Pakistan's imports")
        #expect(composition.rows.map(\.chapter) == [27])
        #expect(composition.other?.chapters == 2)
        let first = try #require(composition.rows.first)
        #expect(abs(first.share - 0.6) < 1e-9, "of the reported total, $1,920m")
        #expect(composition.reportedTotal == 1920)
        #expect(abs((composition.unlisted ?? 0) - 1920 * 0.15) < 1e-6, "what no chapter accounts for")
        #expect(abs((first.change ?? 0) - (1920.0 / 742.11890312 - 1)) < 1e-6, "compared with Pakistan's own 2021")
        let russianReport = try #require(
            Composition(
                relation.trade, parties: relation.parties, period: .calendarYear(2021), measure: .exports(from: "RUS"),
                limit: 10))
        #expect(russianReport.reporters == ["RUS": "RUS"], "the exporter's own statistics come first")
        #expect(russianReport.rows.allSatisfy { $0.change == nil }, "no 2020 composition to compare with")
    }

    @Test func theIndexGivesEachCompositionWholeAndLimitedAsIfBuiltWithItsLimit() throws {
        let relation = try imported(["plus-quirky.csv"]).relation
        let index = RelationIndex(relation)
        var compared = 0
        for period in Composition.periods(relation.trade) {
            for measure in relation.tradeMeasures {
                let built = Composition(
                    relation.trade, parties: relation.parties, period: period, measure: measure, limit: .max)
                let kept = index.composition(of: measure, in: period)
                #expect(kept?.rows == built?.rows, "\(period) \(measure)")
                for limit in [1, 2, 3, 10] {
                    let limited = kept?.limited(to: limit)
                    let direct = Composition(
                        relation.trade, parties: relation.parties, period: period, measure: measure, limit: limit)
                    #expect(limited?.rows == direct?.rows, "\(period) \(measure) \(limit)")
                    #expect(limited?.other?.chapters == direct?.other?.chapters)
                    #expect(limited?.other?.value == direct?.other?.value)
                    #expect(limited?.other?.share == direct?.other?.share)
                    compared += direct?.other == nil ? 0 : 1
                }
            }
        }
        #expect(compared > 0, "some limits fold chapters")
    }

    @Test func thePascalCaseHeaderOfWebExportsIsTheSameLayout() throws {
        let relation = try imported(["plus-pascal.csv"]).relation
        #expect(relation.trade.figures.count == 2)
        #expect(relation.trade.figures.allSatisfy { $0.period == .calendarYear(2020) })
    }

    @Test func theLegacyLayoutWithFlowCodesNamesOrLetters() throws {
        let relation = try imported(["legacy.csv", "legacy-mx.csv"]).relation
        #expect(
            figure(relation, .calendarYear(2016), reporter: "RUS")?.exports == ["RUS": Amount(420), "PAK": Amount(62)])
        #expect(
            figure(relation, .calendarYear(2017), reporter: "PAK")?.exports == ["RUS": Amount(390), "PAK": Amount(48)])
        let chapter27 = relation.trade.composition.first { $0.period == .calendarYear(2017) && $0.chapter == 27 }
        #expect(chapter27?.value == Amount(150), "four-digit headings add up to their chapter")
    }

    @Test func monthlyRowsAreMonthPeriods() throws {
        let relation = try imported(["plus-monthly.csv"]).relation
        let may = YearMonth(year: 2023, month: 2)
        let february = try #require(figure(relation, .months(first: may, last: may), reporter: "PAK"))
        #expect(february.exports["RUS"] == Amount(120))
        #expect(february.period.isPartial)
    }

    @Test func aFileOfNeitherLayoutSaysWhichItLookedLikeAndWhatIsMissing() {
        #expect(
            messages(["neither.csv"]) == [
                "not a UN Comtrade download: the header looks most like the current UN Comtrade layout (47 columns)"
                    + " but lacks 'period', 'cmdcode', 'primaryvalue'"
            ])
    }

    @Test func badRowsAreReportedAtTheirCellsByColumnName() throws {
        let path = Fixtures.packageFile("Tests/Fixtures/comtrade/bad-rows.csv")
        do {
            _ = try imported(["bad-rows.csv"])
            Issue.record("bad rows loaded")
        } catch {
            #expect(
                error.diagnostics.map(\.description) == [
                    "\(path):2:213: error: column primaryValue: expected a value in US dollars (a number not below 0),"
                        + " found \"five\"",
                    "\(path):3:22: error: column period: expected a period YYYY or YYYYMM, found \"21\"",
                    "\(path):4:1: error: the row has 40 fields, the header 47",
                    "\(path):5:103: error: column cmdCode: expected a commodity code TOTAL or an HS code of 2, 4 or 6"
                        + " digits, found \"X1\"",
                ])
        }
    }

    @Test func aPairTheFilesDoNotHoldNamesTheCodesTheyDo() {
        #expect(
            messages(["legacy.csv"], pair: ("RUS", "IND")) == [
                "no rows between IND and RUS (the parties' iso3 codes); the files name PAK, RUS — give each party the"
                    + " `iso3` the files use"
            ])
    }

    @Test func aRelationNamesComtradeFilesBesideItsCuratedFigures() throws {
        let loaded = try RelationLoader.load(fileAt: Fixtures.relation("real-data.yaml"), displayName: "real-data.yaml")
        let relation = loaded.relation
        #expect(relation.sources.map(\.id) == ["press", "comtrade-pak", "comtrade-rus", "gdelt"])
        #expect(relation.trade.figures.filter { $0.period == .calendarYear(2021) }.count == 3)
        #expect(relation.trade.figures.contains { $0.reporter == "RU" }, "files' RUS is the relation's RU")
        #expect(relation.trade.composition.allSatisfy { ["RU", "PK"].contains($0.reporter) })
    }

    @Test func comtradeValuesNeedATradeSectionInDollars() throws {
        let folder = ScratchFolder("ties-comtrade")
        let file = Fixtures.packageFile("Tests/Fixtures/comtrade/legacy.csv")
        folder.write(
            "r.yaml",
            "schema: 1\ntitle: t\nasOf: 2025-01-01\nparties:\n  - {code: RUS, name: R}\n  - {code: PAK, name: P}\n"
                + "sources:\n  - {id: s, title: S}\ntrade: {currency: EUR, unit: million, comtrade: \"\(file)\"}\n")
        do {
            _ = try RelationLoader.load(
                fileAt: (folder.path as NSString).appendingPathComponent("r.yaml"), displayName: "r.yaml")
            Issue.record("loaded")
        } catch {
            #expect(
                error.diagnostics.map(\.description) == [
                    "r.yaml:9:49: error: trade.comtrade: UN Comtrade values are US dollars; this trade section is in EUR"
                ])
        }
    }
}

import Foundation
import TestSupport
import Testing

@testable import TiesModel

/// GDELT event exports: 57, 58 and 61 columns mixed, zipped or not; only the pair's events.
@Suite struct GDELTTests {
    func imported(_ names: [String]) throws(LoadFailure) -> RelationLoader.Loaded {
        try RelationImport.gdelt(
            files: names.map { Fixtures.packageFile("Tests/Fixtures/gdelt/\($0)") }, pair: ("RUS", "PAK"))
    }

    @Test func rowsOfEveryVersionBetweenThePairEitherWayBecomeNewsEvents() throws {
        let loaded = try imported(["mixed.export.CSV"])
        let events = loaded.relation.events
        #expect(
            events.map(\.id) == [
                "gdelt-107412345", "gdelt-296512345", "gdelt-1112345678", "gdelt-1112345679", "gdelt-1112345680",
            ])
        #expect(events.allSatisfy { $0.isNews })
        #expect(events.map(\.kind) == ["visit", "talks", "agreement", "exercise", "conflict"])
        #expect(events[0].title == "Russia → Pakistan: Make a visit")
        #expect(events[0].news?.url == nil, "57 columns have no SOURCEURL")
        #expect(events[1].news?.url == "http://example.com/a")
        #expect(events[2].place == "Moscow, Moskva, Russia", "2.0's geographic blocks are one column wider")
        #expect(
            events[2].news
                == NewsFacts(
                    cameo: "057", goldstein: 8, tone: 2.15, sources: 4, articles: 12,
                    url: "https://example.com/agreement"))
        #expect(events[2].provenance == Provenance(sources: ["gdelt"], confidence: .medium), "four sources corroborate")
        #expect(events[3].provenance.confidence == .low)
        #expect(loaded.relation.parties.map(\.name) == ["Russia", "Pakistan"])
        #expect(
            loaded.warnings.map(\.message) == ["skipped 2 GDELT rows not between the pair"],
            "domestic, one actor unknown")
    }

    @Test func aZipArchiveIsReadFromItsOneFile() throws {
        let events = try imported(["20230615103000.export.CSV.zip"]).relation.events
        #expect(events.map(\.id) == ["gdelt-1112345678", "gdelt-1112345679"])
    }

    @Test func badRowsAreReportedWithTheirColumn() {
        let path = Fixtures.packageFile("Tests/Fixtures/gdelt/bad-rows.CSV")
        do {
            _ = try imported(["bad-rows.CSV"])
            Issue.record("loaded")
        } catch {
            let found = error.diagnostics.map(\.description)
            #expect(
                found.contains(
                    "\(path):1:1: error: a GDELT row has 57, 58 or 61 tab-separated columns; this one has 40"))
            #expect(
                found.contains("\(path):2:12: error: column SQLDATE: expected a date YYYYMMDD, found \"2023-06-15\""))
            #expect(
                found.contains {
                    $0.hasPrefix("\(path):3:")
                        && $0.contains("column GoldsteinScale: expected a number from -10 to 10, found \"high\"")
                })
            #expect(
                found.contains {
                    $0.hasPrefix("\(path):4:")
                        && $0.hasSuffix(
                            "column EventCode: expected a CAMEO event code, found none (EventCode, EventBaseCode and"
                                + " EventRootCode are empty)")
                })
        }
    }

    @Test func theNewsLayerIsHiddenUntilAskedForWhenThereAreCuratedEvents() throws {
        let loaded = try RelationLoader.load(fileAt: Fixtures.relation("real-data.yaml"), displayName: "real-data.yaml")
        let index = RelationIndex(loaded.relation, locations: loaded.locations)
        #expect(index.newsEventCount == 5)
        #expect(index.curatedEventCount == 1)
        #expect(index.positions(matching: EventFilter()).count == 1)
        #expect(index.positions(matching: EventFilter(includesNews: true)).count == 6)
        let june2023 = 2023 * 12 + 5
        #expect(index.newsMonths[june2023]?.count == 1)
        #expect(index.newsMonths[june2023 + 1]?.count == 2)
        let july: Double = index.newsMonths[june2023 + 1]?.meanGoldstein ?? 0
        let expected: Double = (7.4 - 8) / 2
        #expect(abs(july - expected) < 1e-9)
    }

    @Test func newsEventsRoundTripThroughJSONAndYAML() throws {
        let relation = try imported(["mixed.export.CSV"]).relation
        let json = try relation.canonicalJSON()
        #expect(try RelationLoader.load(text: json, file: "r.json").relation == relation)
        let yaml = try relation.yaml()
        #expect(try RelationLoader.load(text: yaml, file: "r.yaml").relation == relation)
        #expect(!yaml.unicodeScalars.contains("\u{1B}"), "the escape in a URL is written as an escape")
    }
}

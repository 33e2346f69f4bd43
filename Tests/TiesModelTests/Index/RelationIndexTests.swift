import TestSupport
import Testing

@testable import TiesModel

/// What the dashboard asks of a loaded relation, answered from its index.
@Suite struct RelationIndexTests {
    let index: RelationIndex

    init() throws {
        index = RelationIndex(try RelationLoader.load(fileAt: Fixtures.relation("valid.yaml")).relation)
    }

    func ids(_ filter: EventFilter) -> [String] { index.positions(matching: filter).map { index.event(at: $0).id } }

    @Test func eventsAreInDateOrder() {
        #expect(ids(EventFilter()) == ["old-visit", "treaty", "summit", "festival"])
        #expect(index.position(ofEventID: "summit") == 2)
        #expect(index.position(ofEventID: "nothing") == nil)
    }

    @Test func filtersCombineFacetsWithAndAndValuesWithOr() {
        #expect(ids(EventFilter(kinds: ["visit"])) == ["old-visit", "summit"])
        #expect(ids(EventFilter(kinds: ["visit", "agreement"])) == ["old-visit", "treaty", "summit"])
        #expect(ids(EventFilter(sectors: ["culture"])) == ["treaty", "festival"])
        #expect(ids(EventFilter(years: [2024])) == ["summit", "festival"])
        #expect(ids(EventFilter(years: [2019, 2023])) == ["old-visit", "treaty"])
        #expect(ids(EventFilter(text: "TARIFFS")) == ["treaty"])
        #expect(ids(EventFilter(text: "sümmit")) == ["summit"])
        #expect(ids(EventFilter(text: "first minister")) == ["summit"])
        #expect(ids(EventFilter(kinds: ["visit"], years: [2019])) == ["old-visit"])
        #expect(ids(EventFilter(kinds: ["parade"])).isEmpty)
        #expect(ids(EventFilter(confidences: [.low])).allSatisfy { !$0.isEmpty })
    }

    @Test func aSpanKeepsTheEventsThatOverlapIt() throws {
        let first = try #require(Day(year: 2024, month: 1, day: 1))
        let last = try #require(Day(year: 2024, month: 3, day: 31))
        #expect(ids(EventFilter(span: DaySpan(first: first, last: last, label: "Q1"))) == ["summit"])
    }

    @Test func facetCountsAreUnderTheOtherFacets() {
        let kinds = index.counts(of: .kind, under: EventFilter(years: [2024]))
        #expect(kinds.map(\.value) == ["visit", "agreement", "festival"])
        #expect(kinds.map(\.count) == [1, 0, 1])
        let years = index.counts(of: .year, under: EventFilter(kinds: ["visit"]))
        #expect(years.map(\.value) == ["2024", "2023", "2019"])
        #expect(years.map(\.count) == [1, 0, 1])
    }

    @Test func timelineGroupsByYearAndMapsRowsBothWays() {
        let timeline = Timeline(positions: index.positions(matching: EventFilter()), index: index)
        #expect(timeline.groups.map(\.year) == [2019, 2023, 2024])
        #expect(timeline.rowCount == 7)
        #expect(
            (0..<7).map { timeline.row($0) } == [
                .year(2019, count: 1), .event(0), .year(2023, count: 1), .event(1), .year(2024, count: 2), .event(2),
                .event(3),
            ])
        #expect((0..<4).map { timeline.row(ofOrdinal: $0) } == [1, 3, 5, 6])
        #expect(timeline.group(atRow: 6)?.year == 2024)
        #expect(timeline.firstOrdinal(inOrAfter: 2020) == 1)
    }

    @Test func searchNarrowsWithinCandidatesAndSaysWhichHiddenFieldMatched() throws {
        let all = index.positions(matching: EventFilter())
        let summit = try #require(index.position(ofEventID: "summit"))
        #expect(index.positions(all, containing: "minister") == [summit])
        #expect(index.hiddenField(matching: "first minister", at: summit) == .people)
        #expect(index.hiddenField(matching: "summit", at: summit) == nil)
    }

    @Test func pastAndPlannedComeFromAsOfUnlessMarked() throws {
        let festival = try #require(index.position(ofEventID: "festival"))
        let summit = try #require(index.position(ofEventID: "summit"))
        #expect(index.isPlanned(festival))
        #expect(!index.isPlanned(summit))
    }

    @Test func sectorsLinkToTheirEvents() {
        #expect(index.positions(inSector: "trade").map { index.event(at: $0).id } == ["treaty", "summit"])
        #expect(index.positions(inSector: "nothing").isEmpty)
        #expect(index.eventKinds == ["visit", "agreement", "festival"])
        #expect(index.eventCountsBySector == ["trade": 2, "culture": 2])
    }

    @Test func aFilterTogglesAndClearsItsFacetsByTheirText() {
        var filter = EventFilter(text: "summit", includesNews: true)
        filter = filter.toggling("2024", in: .year).toggling("high", in: .confidence).toggling("visit", in: .kind)
        #expect(filter.years == [2024] && filter.confidences == [.high] && filter.kinds == ["visit"])
        #expect(filter.values(of: .year) == ["2024"] && filter.values(of: .confidence) == ["high"])
        #expect(filter.toggling("2024", in: .year).years.isEmpty, "a second toggle takes it out")
        #expect(filter.toggling("surely", in: .confidence) == filter, "not a confidence: nothing changes")
        #expect(filter.toggling("MMXXIV", in: .year) == filter)
        let cleared = filter.clearingFacets
        #expect(cleared == EventFilter(text: "summit", includesNews: true))
        #expect(EventFilter.Facet.allCases.allSatisfy { cleared.values(of: $0).isEmpty })
    }
}

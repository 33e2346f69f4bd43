import TestSupport
import Testing

@testable import TiesModel

@Suite struct QueryTests {
    let relation: Relation

    init() throws {
        relation = try RelationLoader.load(fileAt: Fixtures.relation("valid.yaml")).relation
    }

    @Test func seriesAreInPeriodOrderWithDisputesKept() {
        let series = relation.tradeSeries(.turnover)
        #expect(series.points.map(\.period.shortLabel) == ["2021", "2022", "2022", "2023", "FY23-24", "Jan–May 2024"])
        #expect(series.points.map(\.amount.value) == [100, 110, 90, 121, 150, 50])
        #expect(series.points.map(\.isDisputed) == [false, true, true, false, false, false])
        #expect(series.disputedPeriods.map(\.description) == ["2022"])
    }

    @Test func growthSpansOnlyComparablePeriods() throws {
        let growth = try #require(relation.tradeSeries(.turnover).spanGrowth())
        #expect(growth.from.period.description == "2021")
        #expect(growth.to.period.description == "2023")
        #expect(growth.change == 21)
        #expect(abs((growth.ratio ?? 0) - 0.21) < 1e-9)
        #expect(growth.years == 2)
        #expect(abs((growth.cagr ?? 0) - 0.10) < 1e-9)
        #expect(growth.isLikeForLike)
        #expect(relation.tradeSeries(.turnover).spanGrowth(fiscal: true) == nil)
    }

    @Test func aSeriesWithoutGrowthSaysWhy() {
        #expect(relation.tradeSeries(.turnover).missingGrowth == nil)
        func missing(keeping labels: Set<String>) -> TradeSeries.MissingGrowth? {
            var trade = relation.trade
            trade.figures = trade.figures.filter { labels.contains($0.period.shortLabel) }
            var kept = relation
            kept.trade = trade
            return kept.tradeSeries(.turnover).missingGrowth
        }
        #expect(missing(keeping: ["2021"]) == .fewerThanTwoPeriods)
        #expect(missing(keeping: []) == .fewerThanTwoPeriods)
        // Disputed, then partial: two periods, neither comparable.
        #expect(missing(keeping: ["2022", "Jan–May 2024"]) == .fewerThanTwoComparable)
        #expect(missing(keeping: ["2021", "2022"]) == .fewerThanTwoComparable)
        #expect(missing(keeping: ["2021", "2023"]) == nil)
    }

    @Test func growthBetweenAnyTwoPointsSaysWhetherItIsLikeForLike() throws {
        let series = relation.tradeSeries(.turnover)
        let growth = series.growth(from: series.points[0], to: series.points[4])
        #expect(growth.change == 50)
        #expect(!growth.isLikeForLike)
        #expect(growth.years == 2.5)
    }

    @Test func yearOnYearNeedsConsecutiveComparableYears() throws {
        #expect(relation.tradeSeries(.turnover).yearOnYear.isEmpty)
        let source = Provenance(sources: ["s"], confidence: .high)
        let figures = [2020, 2021, 2022].enumerated().map { index, year in
            TradeFigure(period: .calendarYear(year), turnover: Amount(Double(100 + index * 10)), provenance: source)
        }
        let changes = TradeSeries(measure: .turnover, figures: figures).yearOnYear
        #expect(changes.map { $0.to.period.description } == ["2021", "2022"])
        #expect(changes.map(\.change) == [10, 10])
    }

    @Test func exportSeriesFollowOneDirection() {
        let series = relation.tradeSeries(.exports(from: "TL"))
        #expect(series.points.map(\.amount.value) == [60, 70])
        #expect(relation.name(of: .exports(from: "TL")) == "Testland → Examplia")
        #expect(relation.tradeMeasures == [.turnover, .exports(from: "TL"), .exports(from: "EX")])
    }

    @Test func pastAndPlannedComeFromAsOf() throws {
        let festival = try #require(relation.events.first { $0.id == "festival" })
        let summit = try #require(relation.events.first { $0.id == "summit" })
        #expect(relation.status(of: festival) == .planned)
        #expect(relation.status(of: summit) == .past)
    }
}

import TestSupport
import TiesModel
import Testing

@testable import TiesRender

/// Every numeric path from data to screen is total: the smallest and largest values a file
/// may hold draw at every size and measure, never trap.
@Suite struct ExtremeNumbersTests {
    static let values: [Double] = [0, 5e-324, 2.2e-308, 1e-9, 0.001, 1, 999.999, 1e9, 1e14, Amount.largest]

    @Test(arguments: values)
    func everyValueDraws(_ value: Double) throws {
        var relation = try FrameSupport.fixture().relation
        for index in relation.trade.figures.indices {
            relation.trade.figures[index].turnover = Amount(index.isMultiple(of: 2) ? value : Amount.largest)
            relation.trade.figures[index].exports = ["TL": Amount(value)]
        }
        let index = RelationIndex(relation)
        for size in [Size(width: 120, height: 40), Size(width: 80, height: 24), Size(width: 40, height: 12)] {
            for measure in 0..<3 {
                var state = ViewState(index: index, size: size)
                for _ in 0..<measure { state.apply(.cycleMeasure) }
                FrameSupport.expectWellFormed(Dashboard.render(state).lines, size)
                state.apply(.openDetail)
                FrameSupport.expectWellFormed(Dashboard.render(state).lines, size)
            }
        }
    }

    @Test func aValueTooLargeToAddUpIsRefusedWhereItStands() {
        let text = """
            schema: 1
            title: A–B
            asOf: 2024-01-01
            parties: [{code: A, name: Aland}, {code: B, name: Bland}]
            sources: [{id: s, title: S}]
            trade:
              currency: USD
              unit: million
              figures:
                - {period: 2023, turnover: 1.5e308, source: s, confidence: high}
                - {period: 2022, turnover: 1e309, source: s, confidence: high}
                - {period: 2021, turnover: .nan, source: s, confidence: high}
            """
        #expect {
            try RelationLoader.load(text: text, file: "huge.yaml")
        } throws: { error in
            let messages = (error as? LoadFailure)?.diagnostics.map(\.description) ?? []
            #expect(
                messages == [
                    "huge.yaml:10:32: error: trade.figures[0].turnover: a trade value of 1.5e+308 is larger than ties"
                        + " can add up and draw (at most 1,000,000,000,000,000 in the file's unit)",
                    "huge.yaml:11:32: error: trade.figures[1].turnover: expected a number, found 1e309,"
                        + " which is not a finite number",
                    "huge.yaml:12:32: error: trade.figures[2].turnover: expected a number, found .nan,"
                        + " which is not a finite number",
                ])
            return true
        }
    }

    @Test func percentagesAreTotal() {
        #expect(Double.infinity.signedPercent == "n/a")
        #expect(Double.nan.signedPercent == "n/a")
        #expect((1e300).signedPercent == "+>100,000,000%")
        #expect((0.5).signedPercent == "+50.0%")
    }
}

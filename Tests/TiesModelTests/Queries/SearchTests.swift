import TestSupport
import Testing

@testable import TiesModel

@Suite struct SearchTests {
    let relation: Relation

    init() throws {
        relation = try RelationLoader.load(fileAt: Fixtures.relation("valid.yaml")).relation
    }

    @Test func searchIgnoresCaseAndDiacritics() {
        #expect("Islamabad".containsIgnoringCaseAndDiacritics("ISLÁMABAD"))
        #expect(!"Karachi".containsIgnoringCaseAndDiacritics("Lahore"))
    }

    @Test func sectorsMatchOnNameSummaryAndInitiatives() {
        let ids = { (text: String) in relation.sectors.filter { $0.matches(text: text) }.map(\.id) }
        #expect(ids("cult") == ["culture"])
        #expect(ids("tariff talks") == ["trade"])
        #expect(ids("is growing") == ["trade"])
        #expect(ids("none of these").isEmpty)
    }

    @Test func figuresMatchOnPeriodNoteAndSource() {
        let periods = { (text: String) in
            relation.trade.figures.filter { RelationIndex(relation).figure($0, matches: text) }.map(
                \.period.description)
        }
        #expect(periods("FY23-24") == ["FY2023-24"])
        #expect(periods("herald") == ["2022", "FY2023-24", "2024-01..2024-05"])
        #expect(periods("Jan–May") == ["2024-01..2024-05"])
    }
}

import Foundation
import TestSupport
import Testing

@testable import TiesModel

/// The bundled Russia–Pakistan relation: loads cleanly, is the file in relations/, and
/// covers what the op-ed names.
@Suite struct EmbeddedRelationTests {
    let relation: Relation

    init() throws {
        let loaded = try EmbeddedRelation.load()
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
        relation = loaded.relation
    }

    @Test func compiledTextIsTheRepositoryFile() throws {
        let onDisk = try String(
            contentsOfFile: Fixtures.packageFile("relations/russia-pakistan.yaml"), encoding: .utf8)
        #expect(EmbeddedRelation.text == onDisk)
    }

    @Test func meetsTheSizeTheIssueAsksFor() {
        #expect(relation.events.count >= 30)
        #expect(relation.trade.figures.count >= 12)
        #expect(relation.sectors.count >= 10)
        #expect(relation.asOf.description == "2025-12-31", "dated as of its data, not the op-ed")
        #expect(relation.sources.first { $0.id == "khorev-2025" }?.date?.description == "2025-01-25")
    }

    @Test func checksCleanWithoutAnyWarning() throws {
        let loaded = try EmbeddedRelation.load()
        #expect(loaded.warnings.map(\.description) == [])
    }

    @Test func theTenthCommissionIsLinkedToTheSectorsItNamed() throws {
        let commission = try #require(relation.events.first { $0.id == "igc-10-2025" })
        #expect(commission.date.displayText == "25–27 Nov 2025")
        #expect(commission.place == "Islamabad")
        #expect(Set(commission.sectors).isSuperset(of: ["transport", "energy", "pharma"]))
        #expect(
            commission.people.contains { $0.contains("Leghari") }
                && commission.people.contains { $0.contains("Tsivilev") })
    }

    @Test func coversEveryVisitTheOpEdNames() throws {
        let people = Set(relation.events.flatMap(\.people))
        for person in [
            "Mikhail Mishustin", "Alexei Overchuk", "Valentina Matvienko", "Sardar Ayaz Sadiq",
            "Abdul Aleem Khan", "Musadik Masood Malik", "Sardar Awais Ahmad Khan Leghari",
        ] {
            #expect(people.contains(person), "no event names \(person)")
        }
        let forum = try #require(relation.events.first { $0.id == "aleem-khan-forum-2024" })
        #expect(forum.date.displayText == "1–2 Oct 2024")
        let commission = try #require(relation.events.first { $0.id == "igc-9-2024" })
        #expect(commission.date.displayText == "2–4 Dec 2024")
    }

    @Test func unconfirmedItemsKeepOnlyTheOpEdsPrecision() throws {
        for id in ["malik-moscow-2024", "road-agreement-in-force-2024", "road-trial-shipment-2024"] {
            let event = try #require(relation.events.first { $0.id == id })
            #expect(event.date == EventDate(start: .year(2024)), "\(id) has an invented date")
            #expect(event.provenance.sources == ["khorev-2025"])
        }
        let victory = try #require(relation.events.first { $0.id == "victory-80-2025" })
        #expect(victory.date == EventDate(start: .year(2025)))
    }

    @Test func nothingThatTookPlaceIsShownAsPlanned() {
        let planned = relation.events.filter { relation.status(of: $0) == .planned }.map(\.id)
        #expect(!planned.contains("aman-2025"), "AMAN-25 took place in February 2025")
        #expect(!planned.contains("arabian-monsoon-2025"))
        #expect(!planned.contains("igc-9-2024"))
        #expect(planned.isEmpty)
    }

    @Test func sectorsCoverTheOpEd() throws {
        let ids = Set(relation.sectors.map(\.id))
        for id in [
            "trade", "transport", "food", "energy", "pharma", "digital", "education", "culture", "consular", "defence",
        ] {
            #expect(ids.contains(id), "missing sector \(id)")
        }
        let education = try #require(relation.sector(id: "education"))
        #expect(education.indicators.contains { $0.value == "+11%" })
        #expect(education.indicators.contains { $0.value.contains("medicine") })
        #expect(education.initiatives.contains { $0.contains("Russian Teacher Abroad") })
        #expect(education.initiatives.contains { $0.contains("Allama Iqbal Open University") })
        #expect(education.blockers.contains { $0.title.contains("diplomas") && $0.awaiting == "PK" })
        let consular = try #require(relation.sector(id: "consular"))
        #expect(consular.blockers.contains { $0.title.contains("readmission") })
        #expect(consular.initiatives.contains { $0.contains("visa") })
        let digital = try #require(relation.sector(id: "digital"))
        #expect(digital.indicators.contains { $0.value == "80+" })
    }

    @Test func disputedFiguresAreKeptAsPairs() {
        let disputed = relation.tradeSeries(.turnover).disputedPeriods.map(\.description)
        #expect(disputed == ["2015", "FY2022-23"])
        #expect(relation.trade.figures.filter { $0.period.isFiscal }.allSatisfy { $0.reporter == "PK" })
    }

    @Test func theGrowthClaimIsAClaimNotAFigure() throws {
        let claim = try #require(relation.claims.first { $0.id == "growth-50-5y" })
        #expect(claim.quantity == "+50%")
        #expect(claim.provenance.sources == ["khorev-2025"])
    }
}

import TestSupport
import Testing

@testable import TiesModel

@Suite struct ExportTests {
    @Test(arguments: ["embedded", "valid.yaml"])
    func jsonRoundTripGivesAnEqualRelation(_ name: String) throws {
        let original =
            name == "embedded"
            ? try EmbeddedRelation.load().relation
            : try RelationLoader.load(fileAt: Fixtures.relation(name)).relation
        let json = try original.canonicalJSON()
        let reloaded = try RelationLoader.load(text: json, file: "export.json")
        #expect(reloaded.warnings.isEmpty)
        #expect(reloaded.relation == original)
        #expect(try reloaded.relation.canonicalJSON() == json)
    }

    @Test func jsonKeepsQualifiersAndMultipleSources() throws {
        let relation = try RelationLoader.load(fileAt: Fixtures.relation("valid.yaml")).relation
        let json = try relation.canonicalJSON()
        #expect(json.contains("\"qualifier\" : \"over\""))
        #expect(json.contains("\"source\" : [\n        \"gazette\",\n        \"herald\"\n      ]"))
    }

    @Test func markdownBriefHasEverySection() throws {
        let relation = try RelationLoader.load(fileAt: Fixtures.relation("valid.yaml")).relation
        let brief = MarkdownBrief(index: RelationIndex(relation)).render()
        let lines = brief.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "# Testland–Examplia")
        for heading in ["## Trade (USD million)", "## Claims", "## Timeline", "### 2024", "## Sectors", "## Sources"] {
            #expect(lines.contains(heading), "missing \(heading)")
        }
        #expect(lines.contains("| 2022 | $110m | – | – | The Herald | high | **disputed** |") == false)
        #expect(lines.contains("| 2022 | $110m | – | – | The Gazette | high | **disputed** |"))
        #expect(lines.contains("| FY23-24 | >$150m | – | – | The Herald | medium | fiscal year |"))
        #expect(lines.contains("- Turnover: 2021 → 2023: $100m → $121m (+21.0%, CAGR +10.0%)"))
        #expect(
            lines.contains(
                "- **15 Sep 2024** · festival · Culture festival *(planned)* · The Herald, medium"))
    }

    @Test func markdownNeutralisesControlCharacters() throws {
        var relation = try RelationLoader.load(fileAt: Fixtures.relation("valid.yaml")).relation
        relation.title = "Evil\u{1B}]0;pwned\u{07}\u{202E}title\u{9B}"
        relation.events[0].title = "Row|with\u{1B}[2Jpipe"
        let brief = MarkdownBrief(index: RelationIndex(relation)).render()
        #expect(brief.hasPrefix("# Evil␛]0;pwned␇\u{FFFD}title\u{FFFD}\n"))
        #expect(brief.contains("Row|with␛[2Jpipe"))
        #expect(!brief.unicodeScalars.contains { VisibleText.isControl($0) && $0 != "\n" })
    }
}

import TestSupport
import Testing

@testable import TiesModel

/// Each kind of bad input gives its located diagnostic, from a fixture under Tests/Fixtures.
@Suite struct LoadingDiagnosticsTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let fixture: String
        let kind: LoadFailure.Kind
        let expected: [String]
        var testDescription: String { fixture }
    }

    static let cases: [Case] = [
        Case(
            fixture: "missing.yaml", kind: .unreadable,
            expected: ["missing.yaml:1:1: error: cannot open the file: no such file"]),
        Case(
            fixture: "a-directory", kind: .unreadable,
            expected: ["a-directory:1:1: error: cannot read the file: it is a directory"]),
        Case(fixture: "empty.yaml", kind: .invalid, expected: ["empty.yaml:1:1: error: the file is empty"]),
        Case(
            fixture: "only-comments.yaml", kind: .invalid,
            expected: ["only-comments.yaml:1:1: error: the document holds no data, only comments or blank lines"]),
        Case(
            fixture: "not-utf8.yaml", kind: .invalid,
            expected: ["not-utf8.yaml:78:21: error: the file is not UTF-8 text: byte 0xE9 at offset 1702"]),
        Case(
            fixture: "not-yaml.yaml", kind: .invalid,
            expected: [
                "not-yaml.yaml:65:12: error: not valid YAML: did not find expected ',' or ']'"
                    + " (while parsing a flow sequence at 64:13)"
            ]),
        Case(
            fixture: "not-a-mapping.yaml", kind: .invalid,
            expected: ["not-a-mapping.yaml:1:1: error: expected a mapping, found a list"]),
        Case(
            fixture: "wrong-types.yaml", kind: .invalid,
            expected: [
                "wrong-types.yaml:2:9: error: schema: expected a whole number, found a string \"one\"",
                "wrong-types.yaml:3:8: error: title: expected text, found a list",
            ]),
        Case(
            fixture: "missing-field.yaml", kind: .invalid,
            expected: ["missing-field.yaml:59:5: error: events[0]: missing required field 'title'"]),
        Case(
            fixture: "unknown-source.yaml", kind: .invalid,
            expected: [
                "unknown-source.yaml:66:23: error: events[0].source[1]: unknown source id \"harald\""
                    + " (did you mean 'herald'?)"
            ]),
        Case(
            fixture: "unknown-sector.yaml", kind: .invalid,
            expected: [
                "unknown-sector.yaml:72:22: error: events[1].sectors[1]: unknown sector id \"cultre\""
                    + " (did you mean 'culture'?)"
            ]),
        Case(
            fixture: "duplicate-id.yaml", kind: .invalid,
            expected: [
                "duplicate-id.yaml:76:9: error: events[2].id: duplicate event id \"treaty\" (first defined at 68:9)"
            ]),
        Case(
            fixture: "impossible-date.yaml", kind: .invalid,
            expected: [
                "impossible-date.yaml:77:11: error: events[2].date: expected YYYY, YYYY-MM, YYYY-MM-DD"
                    + " or a range A..B, found \"2024-13-01\""
            ]),
        Case(
            fixture: "range-backwards.yaml", kind: .invalid,
            expected: [
                "range-backwards.yaml:60:11: error: events[0].date: the range \"2024-03-02..2024-03-01\""
                    + " ends before it starts"
            ]),
        Case(
            fixture: "negative-value.yaml", kind: .invalid,
            expected: [
                "negative-value.yaml:38:17: error: trade.figures[3].turnover: a trade value cannot be negative,"
                    + " found -121"
            ]),
        Case(
            fixture: "unknown-confidence.yaml", kind: .invalid,
            expected: [
                "unknown-confidence.yaml:89:17: error: events[3].confidence: unknown confidence \"hihg\";"
                    + " expected high, medium or low (did you mean 'high'?)"
            ]),
        Case(
            fixture: "fiscal-without-reporter.yaml", kind: .invalid,
            expected: [
                "fiscal-without-reporter.yaml:42:15: error: trade.figures[4].period: a fiscal-year period needs"
                    + " a 'reporter' party to say when \"FY2023-24\" starts"
            ]),
        Case(
            fixture: "many-problems.yaml", kind: .invalid,
            expected: [
                "many-problems.yaml:4:7: error: asOf: expected a day YYYY-MM-DD, found \"2024-02-30\"",
                "many-problems.yaml:48:17: error: trade.figures[5].turnover: expected a number,"
                    + " found a string \"fifty\"",
                "many-problems.yaml:80:5: warning: events[2]: unknown key \"colour\" is ignored",
            ]),
    ]

    @Test(arguments: cases)
    func badInputGivesLocatedDiagnostics(_ testCase: Case) {
        #expect {
            try RelationLoader.load(fileAt: Fixtures.relation(testCase.fixture), displayName: testCase.fixture)
        } throws: { error in
            guard let failure = error as? LoadFailure else { return false }
            #expect(failure.diagnostics.map(\.description) == testCase.expected)
            #expect(failure.kind == testCase.kind)
            return true
        }
    }

    @Test func unknownKeyIsAWarningWithASuggestion() throws {
        let loaded = try RelationLoader.load(
            fileAt: Fixtures.relation("unknown-key.yaml"), displayName: "unknown-key.yaml")
        #expect(
            loaded.warnings.map(\.description) == [
                "unknown-key.yaml:63:5: warning: events[0]: unknown key \"plase\" is ignored (did you mean 'place'?)"
            ])
        #expect(loaded.relation.events[0].place == nil)
    }

    @Test func validFixtureLoadsWithoutWarnings() throws {
        let loaded = try RelationLoader.load(fileAt: Fixtures.relation("valid.yaml"))
        #expect(loaded.warnings.isEmpty)
        #expect(loaded.relation.title == "Testland–Examplia")
        #expect(loaded.relation.events.count == 4)
        #expect(loaded.relation.trade.figures.count == 6)
    }

    @Test func jsonIsAcceptedAsYAML() throws {
        let json = """
            {"schema": 1, "title": "A–B", "asOf": "2024-01-01",
             "parties": [{"code": "A", "name": "Aland"}, {"code": "B", "name": "Bland"}],
             "sources": [{"id": "s", "title": "S"}],
             "trade": {"currency": "USD", "unit": "million", "figures": []}}
            """
        let loaded = try RelationLoader.load(text: json, file: "inline.json")
        #expect(loaded.relation.parties.map(\.code) == ["A", "B"])
    }

    @Test func controlCharactersInValuesAreEscapedInMessages() {
        let text = "schema: \"\\e[31mred\"\n"
        #expect {
            try RelationLoader.load(text: text, file: "hostile.yaml")
        } throws: { error in
            let messages = (error as? LoadFailure)?.diagnostics.map(\.description) ?? []
            #expect(
                messages.contains(
                    "hostile.yaml:1:9: error: schema: expected a whole number, found a string \"\\u{1B}[31mred\""))
            return !messages.joined().contains("\u{1B}")
        }
    }

    @Test func suggestionsNeedACloseMatch() {
        #expect(Suggestion.closest(to: "hihg", in: ["high", "medium", "low"]) == "high")
        #expect(Suggestion.closest(to: "zzzz", in: ["high", "medium", "low"]) == nil)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
    }

    @Test func claimsIndicatorsAndBlockersWithoutASourceAreWarnedAboutAtTheirLines() throws {
        let text = """
            schema: 1
            title: t
            asOf: 2025-01-01
            parties:
              - {code: A, name: A}
              - {code: B, name: B}
            sources:
              - {id: s, title: S}
            trade: {currency: USD, unit: million, figures: []}
            claims:
              - {id: c1, text: Trade doubled, confidence: low}
            sectors:
              - id: energy
                name: Energy
                status: active
                indicators:
                  - {label: Oil, value: up, confidence: low}
                blockers:
                  - {title: Payments, confidence: low}
            events:
              - {id: gdelt-1, date: 2026-01-01, kind: visit, title: News, source: s, confidence: low,
                 news: {cameo: '042', goldstein: 1.9, tone: 2}}

            """
        let warnings = try RelationLoader.load(text: text, file: "w.yaml").warnings.map(\.description)
        #expect(
            warnings == [
                "w.yaml:11:5: warning: claims[0]: a claim without a source: say who made it and where",
                "w.yaml:17:9: warning: sectors[0].indicators[0]: an indicator without a source: say where it is stated",
                "w.yaml:19:9: warning: sectors[0].blockers[0]: a blocker without a source: say where it is stated",
            ], "a news event after asOf is not held to it")
    }
}

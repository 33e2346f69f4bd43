import Foundation
import TestSupport
import Testing

/// Any text in any field of a relation or theme, through every command and output, reaches
/// standard output and standard error as printable text and ties' own colour codes only.
@Suite struct SafeOutputPropertyTests {
    /// Scalars that can change what a terminal does or how a line reads.
    static let dangerous: [Unicode.Scalar] =
        (0x00...0x1F).compactMap(Unicode.Scalar.init) + ["\u{7F}"] + (0x80...0x9F).compactMap(Unicode.Scalar.init)
        + ["\u{200E}", "\u{200F}", "\u{061C}", "\u{2028}", "\u{2029}"]
        + (0x202A...0x202E).compactMap(Unicode.Scalar.init) + (0x2066...0x2069).compactMap(Unicode.Scalar.init)

    /// A hostile text: an escape sequence, an OSC title change, bidi overrides, and `count`
    /// scalars drawn from the dangerous set and from anywhere in Unicode.
    static func hostile(_ generator: inout SeededGenerator, count: Int) -> String {
        var scalars = String.UnicodeScalarView("x\u{1B}[2J\u{1B}]0;owned\u{07}\u{9B}31m\u{202E}".unicodeScalars)
        for _ in 0..<count {
            if Bool.random(using: &generator) {
                scalars.append(dangerous.randomElement(using: &generator) ?? "\u{1B}")
            } else if let scalar = Unicode.Scalar(UInt32.random(in: 0x20...0x10FFFF, using: &generator)) {
                scalars.append(scalar)
            }
        }
        scalars.append("y")
        return String(scalars)
    }

    /// `text` as a YAML double-quoted string: every scalar outside printable ASCII escaped.
    static func yaml(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value >= 0x20 && scalar.value < 0x7F: out.unicodeScalars.append(scalar)
            default: out += String(format: "\\U%08X", scalar.value)
            }
        }
        return out + "\""
    }

    /// Whether output holds only printable text, newlines, and (when allowed) SGR codes.
    static func offending(_ output: String, allowSGR: Bool) -> String? {
        var scalars = output.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            if scalar == "\u{1B}" && allowSGR && scalars.first == "[" {
                scalars.removeFirst()
                while let next = scalars.popFirst(), next != "m" {
                    guard ("0"..."9").contains(next) || next == ";" else { return "a CSI other than SGR" }
                }
                continue
            }
            if scalar == "\n" { continue }
            if dangerous.contains(scalar) { return "U+\(String(scalar.value, radix: 16, uppercase: true))" }
        }
        return nil
    }

    func relation(_ value: () -> String) -> String {
        """
        schema: 1
        title: \(Self.yaml(value()))
        asOf: 2024-06-30
        parties:
          - {code: A, name: \(Self.yaml(value()))}
          - {code: B, name: \(Self.yaml(value())), fiscalYearStart: 7}
        sources:
          - {id: s, title: \(Self.yaml(value())), author: \(Self.yaml(value())), publisher: \(Self.yaml(value())), url: \(Self.yaml(value()))}
        trade:
          currency: \(Self.yaml(value()))
          unit: million
          figures:
            - {period: 2023, turnover: 10, exports: {A: 4, B: 6}, note: \(Self.yaml(value())), source: s, confidence: high}
            - {period: FY2022-23, reporter: B, turnover: 9, source: s, confidence: low}
            - {period: FY2022-23, reporter: B, turnover: 8, source: s, confidence: low}
        claims:
          - {id: c, text: \(Self.yaml(value())), quantity: \(Self.yaml(value())), span: \(Self.yaml(value())), source: s, confidence: low}
        events:
          - id: e
            date: 2024-01-02
            title: \(Self.yaml(value()))
            kind: visit
            place: \(Self.yaml(value()))
            people: [\(Self.yaml(value()))]
            sectors: [k]
            description: \(Self.yaml(value()))
            source: s
            confidence: high
            \(Self.yaml(value())): unknown key with a hostile name
        sectors:
          - id: k
            name: \(Self.yaml(value()))
            status: active
            summary: \(Self.yaml(value()))
            initiatives: [\(Self.yaml(value()))]
            indicators: [{label: \(Self.yaml(value())), value: \(Self.yaml(value())), period: \(Self.yaml(value())), source: s, confidence: low}]
            blockers: [{title: \(Self.yaml(value())), description: \(Self.yaml(value())), awaiting: A, source: s, confidence: low}]

        """
    }

    /// `text` as one CSV cell: quoted, its quotes doubled.
    static func csv(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// Hostile text in the cells of an events table, a UN Comtrade download and a GDELT export,
    /// through every command that reads them.
    @Test(arguments: 0..<3)
    func dataFilesWriteOnlySafeText(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        let folder = ScratchFolder("ties-safe-data")
        func cell() -> String { Self.csv(Self.hostile(&generator, count: 10)) }
        let rows = (1...3).map { month in
            ["e\(month)", "2024-0\(month)-02", cell(), cell(), cell(), cell(), cell(), cell(), cell(), "high"]
                .joined(separator: ",")
        }
        let table = folder.url.appending(path: "events.csv").path
        try (["id,date,kind,title,place,sectors,people,description,source,confidence"] + rows)
            .joined(separator: "\n").write(toFile: table, atomically: true, encoding: .utf8)
        let comtrade = folder.url.appending(path: "comtrade.csv").path
        try String(contentsOfFile: Fixtures.packageFile("Tests/Fixtures/comtrade/legacy.csv"), encoding: .utf8)
            .replacingOccurrences(of: "Russian Federation", with: cell())
            .replacingOccurrences(of: "All Commodities", with: cell())
            .write(toFile: comtrade, atomically: true, encoding: .utf8)
        // GDELT rows are split at tabs and newlines, so its hostile text has neither.
        func field() -> String {
            String(
                String.UnicodeScalarView(
                    Self.hostile(&generator, count: 10).unicodeScalars.filter { !"\t\n\r".unicodeScalars.contains($0) })
            )
        }
        let gdelt = folder.url.appending(path: "news.export.CSV").path
        try String(contentsOfFile: Fixtures.packageFile("Tests/Fixtures/gdelt/mixed.export.CSV"), encoding: .utf8)
            .replacingOccurrences(of: "https://example.com/agreement", with: "https://example.com/" + field())
            .replacingOccurrences(of: "Moscow, Moskva, Russia", with: field())
            .write(toFile: gdelt, atomically: true, encoding: .utf8)
        let imported = folder.url.appending(path: "imported.yaml").path
        let runs: [([String], Bool)] = [
            (["check", table], false), (["render", "--size", "120x40", "--focus", "events", table], false),
            (["render", "--color", "always", "--size", "80x24", table], true),
            (["export", "--format", "json", table], false), (["export", "--format", "markdown", table], false),
            (["export", "--format", "yaml", table], false),
            (["import", "comtrade", "--pair", "RUS:PAK", comtrade], false),
            (["import", "comtrade", "--pair", "RUS:PAK", "--output", imported, comtrade], false),
            (["render", "--size", "120x40", imported], false),
            (["import", "gdelt", "--pair", "RUS:PAK", gdelt], false),
        ]
        for (arguments, allowSGR) in runs {
            let run = try ProgramRun.ties(arguments)
            #expect(run.status != 0 || !run.standardOutput.isEmpty || arguments.contains("--output"), "\(arguments)")
            if let found = Self.offending(run.standardOutput, allowSGR: allowSGR) {
                Issue.record("\(arguments.joined(separator: " ")) wrote \(found) to standard output")
            }
            if let found = Self.offending(run.standardError, allowSGR: false) {
                Issue.record("\(arguments.joined(separator: " ")) wrote \(found) to standard error")
            }
        }
    }

    @Test(arguments: 0..<4)
    func everyCommandWritesOnlySafeText(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        let folder = FileManager.default.temporaryDirectory.appending(path: "ties-safe-\(UUID().uuidString)")
        let themes = folder.appending(path: "config/ties/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "hostile.yaml").path
        try relation { Self.hostile(&generator, count: 12) }.write(toFile: file, atomically: true, encoding: .utf8)
        let broken = relation { Self.hostile(&generator, count: 12) }
            .replacingOccurrences(
                of: "sectors: [k]", with: "sectors: [\(Self.yaml(Self.hostile(&generator, count: 4)))]")
        let brokenFile = folder.appending(path: "broken.yaml").path
        try broken.write(toFile: brokenFile, atomically: true, encoding: .utf8)
        let theme = """
            name: \(Self.yaml(Self.hostile(&generator, count: 6)))
            summary: \(Self.yaml(Self.hostile(&generator, count: 6)))
            colors:
              text: \(Self.yaml(Self.hostile(&generator, count: 6)))
              \(Self.yaml(Self.hostile(&generator, count: 6))): red

            """
        try theme.write(to: themes.appending(path: "evil.yaml"), atomically: true, encoding: .utf8)
        let environment = ["XDG_CONFIG_HOME": folder.appending(path: "config").path, "COLORTERM": "truecolor"]
        let runs: [([String], Bool)] = [
            (["check", file], false), (["check", brokenFile], false), (["export", "--format", "json", file], false),
            (["export", "--format", "markdown", file], false), (["render", "--size", "120x40", file], false),
            (["render", "--size", "80x24", "--focus", "events", file], false),
            (["render", "--size", "60x20", "--focus", "sectors", file], false),
            (["render", "--color", "always", "--size", "120x40", file], true), (["themes"], false),
            (["render", "--theme", themes.appending(path: "evil.yaml").path, file], false),
        ]
        for (arguments, allowSGR) in runs {
            let run = try ProgramRun.ties(arguments, environment: environment)
            #expect(run.status != 0 || !run.standardOutput.isEmpty, "\(arguments) produced nothing")
            if let found = Self.offending(run.standardOutput, allowSGR: allowSGR) {
                Issue.record("\(arguments.joined(separator: " ")) wrote \(found) to standard output")
            }
            if let found = Self.offending(run.standardError, allowSGR: false) {
                Issue.record("\(arguments.joined(separator: " ")) wrote \(found) to standard error")
            }
        }
        let json = try ProgramRun.ties(["export", "--format", "json", file], environment: environment).standardOutput
        let round = folder.appending(path: "round.json").path
        try json.write(toFile: round, atomically: true, encoding: .utf8)
        let again = try ProgramRun.ties(["export", "--format", "json", round], environment: environment)
        #expect(again.standardOutput == json, "the escaped JSON holds the exact text")
    }
}

import Foundation
import TestSupport
import Testing

@testable import TiesModel

/// Files made to break a reader: each gets its own true message, at its own place, at once.
@Suite struct HostileInputTests {
    func messages(_ text: String) -> [String] {
        do {
            _ = try RelationLoader.load(text: text, file: "h.yaml")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    func messages(fileAt path: String) -> [String] {
        do {
            _ = try RelationLoader.load(fileAt: path, displayName: "f")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func aControlCharacterInTheMiddleIsReportedWhereItIs() {
        #expect(
            messages("schema: 1\ntitle: a\u{0}b\n") == [
                "h.yaml:2:9: error: a control character U+0000 (NUL) in the text; a data file cannot hold one"
                    + " (write it as an escape in a double-quoted string)"
            ])
        #expect(
            messages("schema: 1\n\ttitle: \u{1B}[31m\n").first?.hasPrefix(
                "h.yaml:2:9: error: a control character U+001B (ESC)") == true)
    }

    @Test func numbersSayWhatIsWrongWithThem() {
        let base = "schema: 1\ntitle: t\nasOf: 2024-01-01\nparties:\n  - {code: A, name: A, fiscalYearStart: 7.0}\n"
        #expect(
            messages(base).contains(
                "h.yaml:5:41: error: parties[0].fiscalYearStart: expected a whole number, found 7.0, which is not a whole number"
            ))
        #expect(
            messages("schema: 0x1\n").contains(
                "h.yaml:1:9: error: schema: expected a whole number, found 0x1, a number not written in decimal"))
        #expect(
            messages("schema: .inf\n").contains(
                "h.yaml:1:9: error: schema: expected a whole number, found .inf, which is not a finite number"))
    }

    @Test func tagsAreHonouredOrRefusedNeverIgnored() {
        #expect(
            messages("schema: !!str 1\n") == [
                "h.yaml:1:9: error: the YAML tag !!str before a bare value is not supported; put the value in quotes instead"
            ])
        #expect(messages("schema: !!int \"1\"\ntitle: t\n").allSatisfy { !$0.contains("schema") }, "!!int is honoured")
        #expect(
            messages("schema: 1\ntitle: !!binary aGVsbG8=\n").contains {
                $0.hasPrefix("h.yaml:2:8: error: title: expected text, found a value tagged \"!!binary\"")
            })
    }

    @Test func deepNestingIsOurMessageNotTheParsers() {
        let deep = "a: " + String(repeating: "[", count: 1_200) + String(repeating: "]", count: 1_200)
        #expect(messages(deep) == ["h.yaml:1:5: error: nested deeper than 1,000 levels"])
    }

    @Test func jsonSurrogatePairsDecodeToTheCharacter() throws {
        let json = """
            {"schema": 1, "title": "\\ud83c\\uddef\\ud83c\\uddf5 \\u00e9", "asOf": "2024-01-01",
             "parties": [{"code": "A", "name": "Aland"}, {"code": "B", "name": "Bland"}],
             "sources": [{"id": "s", "title": "a \\"quoted\\" \\\\ud83c"}],
             "trade": {"currency": "USD", "unit": "million", "figures": []}}
            """
        let loaded = try RelationLoader.load(text: json, file: "s.json")
        #expect(loaded.relation.title == "🇯🇵 é")
        #expect(loaded.relation.sources[0].title == "a \"quoted\" \\ud83c", "an escaped backslash is left alone")
    }

    @Test func specialFilesEachGetTheirOwnMessage() throws {
        let folder = ScratchFolder("ties-hostile")
        let fifo = folder.url.appending(path: "pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let loop = folder.url.appending(path: "loop").path
        #expect(symlink(loop, loop) == 0)
        let long = folder.url.appending(path: String(repeating: "x", count: 300)).path
        #expect(
            messages(fileAt: "/dev/null") == [
                "f:1:1: error: cannot read the file: it is a device, not a file (use '-' to read standard input)"
            ])
        #expect(
            messages(fileAt: "/dev/zero") == [
                "f:1:1: error: cannot read the file: it is a device, not a file (use '-' to read standard input)"
            ])
        #expect(
            messages(fileAt: fifo) == [
                "f:1:1: error: cannot read the file: it is a pipe with no writer, or nothing was written to it"
            ])
        #expect(
            messages(fileAt: loop) == [
                "f:1:1: error: cannot open the file: too many levels of symbolic links (a link loop?)"
            ])
        #expect(messages(fileAt: long) == ["f:1:1: error: cannot open the file: the file name is too long"])
    }

    @Test func aFileOverTheLimitIsRefusedAtOnce() throws {
        let path = FileManager.default.temporaryDirectory.appending(path: "ties-big-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        #expect(truncate(path, off_t(LoadLimits.defaultFileBytes + 1)) == 0, "a sparse file, nothing written")
        #expect(
            messages(fileAt: path) == [
                "f:1:1: error: the file is larger than the limit of 64 MiB; raise it with --max-file-size"
                    + " (or give events as a table, which is read as a stream)"
            ])
    }

    @Test func aLongValueIsRefusedAndShownShortened() {
        let long = String(repeating: "é", count: LoadLimits.valueBytes)
        let found = messages("schema: 1\ntitle: \(long)\n")
        #expect(
            found.contains(
                "h.yaml:2:8: error: title: a value of 131,072 bytes is longer than the limit of 65,536 bytes"))
        let unknown = messages("schema: 1\n\(String(repeating: "k", count: 500)): 1\n")
        #expect(
            unknown.contains {
                $0.contains("warning: unknown key \"" + String(repeating: "k", count: 80) + "…\" is ignored")
            })
        #expect(unknown.allSatisfy { $0.count < 400 }, "no line of megabytes")
    }

    @Test func suggestionsStayCheapOnHugeAndManyUnknownIDs() {
        // Two 20,000-character ids and a thousand misspelt references: each is compared in a
        // bounded way, so this checks as fast as any file of its size.
        let huge = String(repeating: "s", count: 20_000)
        var text = "schema: 1\ntitle: t\nasOf: 2024-01-01\nparties: [{code: A, name: A}, {code: B, name: B}]\n"
        text += "sources:\n  - {id: \(huge), title: S}\n  - {id: source-one, title: S}\n"
        text += "trade: {currency: USD, unit: million, figures: []}\nevents:\n"
        for index in 0..<1_000 {
            text += "  - {id: e\(index), date: 2020, title: T, kind: visit, source: \(huge)x, confidence: low}\n"
        }
        let found = messages(text)
        #expect(found.count == 101, "100 shown and a count of the rest")
        #expect(found.last == "h.yaml:1:1: note: 901 more problems not shown (100 shown)")
        #expect(found.first?.contains("found \"" + String(repeating: "s", count: 80) + "…\"") == true)
    }
}

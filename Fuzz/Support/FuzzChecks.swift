import Foundation
import TiesModel
import TiesRender

/// What each fuzz target checks of one input, shared with the regression tests that replay
/// the inputs fuzzing found (`Tests/Fixtures/fuzz/TARGET/`): nil when all holds, otherwise
/// what did not. A crash or a hang inside is a finding too.
public enum FuzzChecks {
    /// The checks of a target by name (`relation`, `text`, …); nil for an unknown target.
    public static func check(_ target: String, _ bytes: [UInt8]) -> String?? {
        switch target {
        case "relation": relation(bytes)
        case "theme": theme(bytes)
        case "dates": dates(bytes)
        case "text": text(bytes)
        case "table": table(bytes)
        case "comtrade": comtrade(bytes)
        case "gdelt": gdelt(bytes)
        default: .none
        }
    }

    /// Any bytes as a relation file: a file that loads is indexed, exported both ways and drawn.
    public static func relation(_ bytes: [UInt8]) -> String? {
        guard
            let loaded = try? RelationLoader.load(
                bytes: bytes, file: "fuzz.yaml", tables: TableOptions(readsDataFiles: false))
        else { return nil }
        let index = RelationIndex(loaded.relation, locations: loaded.locations)
        _ = try? loaded.relation.canonicalJSON()
        _ = MarkdownBrief(index: index).render()
        for size in [Size(width: 120, height: 40), Size(width: 60, height: 20)] {
            for focus in PanelSet.standard.ids {
                var state = ViewState(index: index, size: size, focus: focus)
                _ = Dashboard.render(state)
                state.apply(.openDetail)
                _ = Dashboard.render(state)
                state.apply(.closeOverlay)
                state.apply(.cycleKindFilter)
                state.apply(.startSearch)
                state.apply(.searchText("a"))
                _ = Dashboard.render(state)
            }
        }
        return nil
    }

    /// Any bytes as a theme file: a theme that loads resolves every role at every depth visibly.
    public static func theme(_ bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let loaded = try? ThemeLoader.load(text: text, file: "fuzz.yaml", fallback: ThemeCatalog.defaultFaces)
        else { return nil }
        for depth in ColorDepth.allCases {
            _ = loaded.theme.invisibleRoles(at: depth)
            for background in Theme.backgroundRoles {
                for role in Role.allCases {
                    let look = loaded.theme.look(Style(role, background: background), depth: depth)
                    if depth != .none, look.foreground != .terminalDefault, look.foreground == look.background {
                        return "\(role.key) on \(background.key) is invisible at \(depth)"
                    }
                }
            }
        }
        return nil
    }

    /// Any text as a date, an event date and a period: what parses prints back to itself.
    public static func dates(_ bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        if let point = DatePoint(parsing: text) {
            guard DatePoint(parsing: point.description) == point, point.firstDay <= point.lastDay else {
                return "date \(point) does not round-trip"
            }
            _ = point.displayText
            _ = point.firstDay.ordinal
        }
        if case .success(let date) = EventDate.parse(text) {
            guard case .success(date) = EventDate.parse(date.description) else { return "event date \(date)" }
            _ = date.displayText(omittingYear: date.firstDay.year, rangeSeparator: "–")
        }
        for start in [nil, 1, 7, 12] {
            if case .success(let period) = Period.parse(text, fiscalYearStart: start) {
                guard case .success(period) = Period.parse(period.description, fiscalYearStart: start) else {
                    return "period \(period)"
                }
                _ = (period.shortLabel, period.spanText, period.monthCount, period.firstDay, period.lastDay)
            }
        }
        return nil
    }

    /// Any bytes as a delimited table: every record reads back the same after being written
    /// out again quoted; as an events table, what loads is indexed, exported and drawn.
    public static func table(_ bytes: [UInt8]) -> String? {
        let encoding: TableEncoding = bytes.first.map { $0 & 1 == 0 ? .utf8 : .windows1252 } ?? .utf8
        guard let records = tableRecords(bytes, encoding: encoding) else { return nil }
        if tableRecords(bytes, encoding: encoding, batch: 3) != records {
            return "records read in batches differ from records read one by one"
        }
        var written: [UInt8] = []
        for record in records {
            written += Array(
                record.map { "\"" + ($0 ?? "").replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
                    .joined(separator: ",").utf8)
            written += [0x0D, 0x0A]
        }
        if !records.isEmpty, records.allSatisfy({ !$0.contains(nil) }) {
            guard let again = tableRecords(written, encoding: .utf8, separator: 0x2C) else {
                return "records written out again do not read"
            }
            let nonEmpty = records.filter { !$0.allSatisfy { $0?.isEmpty ?? false } || $0.count > 1 }
            let againNonEmpty = again.filter { !$0.allSatisfy { $0?.isEmpty ?? false } || $0.count > 1 }
            guard againNonEmpty == nonEmpty else { return "records changed when written out and read again" }
        }
        guard
            let loaded = try? RelationLoader.load(
                tableBytes: bytes, file: "fuzz.csv", tables: TableOptions(encoding: encoding))
        else { return nil }
        let index = RelationIndex(loaded.relation, locations: loaded.locations)
        guard index.eventCount == loaded.relation.events.count, loaded.locations.events.count == index.eventCount else {
            return "an event without its location"
        }
        _ = try? loaded.relation.canonicalJSON()
        _ = MarkdownBrief(index: index).render()
        var state = ViewState(index: index, size: Size(width: 100, height: 30), focus: .events)
        _ = Dashboard.render(state)
        state.apply(.moveToEnd)
        state.apply(.openDetail)
        _ = Dashboard.render(state)
        return nil
    }

    /// Any bytes as a UN Comtrade download for RUS and PAK: what imports checks, exports both
    /// ways and is drawn with the composition view open.
    public static func comtrade(_ bytes: [UInt8]) -> String? {
        imported(bytes, name: "fuzz.csv") { path throws(LoadFailure) in
            try RelationImport.comtrade(files: [path], pair: ("RUS", "PAK"))
        }
    }

    /// Any bytes as a GDELT export: the pair's news events import, export and draw.
    public static func gdelt(_ bytes: [UInt8]) -> String? {
        imported(bytes, name: "fuzz.export.CSV") { path throws(LoadFailure) in
            try RelationImport.gdelt(files: [path], pair: ("RUS", "PAK"))
        }
    }

    /// Writes the bytes to a file, imports it, and checks what came out.
    private static func imported(
        _ bytes: [UInt8], name: String, _ load: (String) throws(LoadFailure) -> RelationLoader.Loaded
    ) -> String? {
        let path = FuzzFiles.write(bytes, name: name)
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard let loaded = try? load(path) else { return nil }
        guard let yaml = try? loaded.relation.yaml() else { return "the imported relation does not encode as YAML" }
        let again: RelationLoader.Loaded
        do {
            again = try RelationLoader.load(text: yaml, file: "again.yaml", tables: TableOptions(readsDataFiles: false))
        } catch {
            return "the imported relation, written as YAML, does not load: \(error)"
        }
        guard again.relation == loaded.relation else { return "the imported relation changes through YAML" }
        let index = RelationIndex(loaded.relation, locations: loaded.locations)
        _ = MarkdownBrief(index: index).render()
        var state = ViewState(index: index, size: Size(width: 80, height: 24))
        _ = Dashboard.render(state)
        state.apply(.toggleTradeView)
        _ = Dashboard.render(state)
        state.apply(.cycleMeasure)
        _ = Dashboard.render(state)
        state.apply(.toggleNews)
        state.apply(.focusNumber(2))
        state.apply(.openDetail)
        _ = Dashboard.render(state)
        return nil
    }

    /// The records of a table, read one by one or (`batch`) in batches of that many; nil when
    /// it cannot be read (an empty one).
    private static func tableRecords(
        _ bytes: [UInt8], encoding: TableEncoding, separator: UInt8? = nil, batch: Int? = nil
    ) -> [[String?]]? {
        let sink = DiagnosticSink(file: "fuzz.csv")
        guard
            let reader = try? DelimitedReader(
                bytes: bytes, displayName: "fuzz.csv", separator: separator, encoding: encoding, sink: sink)
        else { return nil }
        var records: [[String?]] = []
        if let batch {
            while let read = try? reader.nextBatch(limit: batch) {
                records += (0..<read.count).map { read[$0].fields }
            }
        } else {
            while let record = try? reader.next() {
                records.append(record.fields)
            }
        }
        return records
    }

    /// Any bytes as text on the way to a terminal: safe, within its width, measured as drawn.
    public static func text(_ bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        let width = bytes.count % 37 + 1
        var canvas = Canvas(size: Size(width: width, height: 3))
        let written = canvas.write(text, x: 0, y: 0)
        let truncated = TextWrap.truncate(text, width: width)
        canvas.write(truncated, x: 0, y: 1)
        for line in TextWrap.lines(text, width: width) {
            // Only a single character wider than the line (a wide one in one column) may overflow.
            guard DisplayWidth.of(line) <= width || line.count == 1 else {
                return "a wrapped line is wider than \(width)"
            }
        }
        guard DisplayWidth.of(truncated) <= width, written <= width else { return "text overflows \(width)" }
        for row in canvas.lines {
            guard DisplayWidth.of(row) == width else { return "a row is not \(width) columns" }
            guard !row.unicodeScalars.contains(where: VisibleText.isControl) else { return "a control reached a cell" }
        }
        let safe = VisibleText.sanitize(text)
        guard !safe.unicodeScalars.contains(where: VisibleText.isControl) else { return "sanitize left a control" }
        if !text.unicodeScalars.contains(where: VisibleText.isControl) {
            var full = Canvas(size: Size(width: 4096, height: 1))
            let drawn = full.write(text, x: 0, y: 0)
            if drawn < 4096, drawn != DisplayWidth.of(text) {
                return "measured \(DisplayWidth.of(text)), drawn \(drawn)"
            }
        }
        return nil
    }
}

/// Scratch files for readers that take a path: one per input, removed after it.
enum FuzzFiles {
    /// Writes the bytes to a file of their own (checks run side by side in the tests), named
    /// to end as `name` does, so readers that go by the extension take it.
    static func write(_ bytes: [UInt8], name: String) -> String {
        let path = NSTemporaryDirectory() + "ties-fuzz-\(getpid())-\(UUID().uuidString)-\(name)"
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }
}

/// Reads UN Comtrade downloads for a pair of countries: the totals each side reports of its
/// trade with the other, and what lies below them by HS chapter.
///
/// Rows of other partners (the world, third countries), other flows (re-exports,
/// re-imports, processing) and breakdowns by customs procedure, transport mode or second
/// partner are skipped and counted — a download holds them as a matter of course. A row
/// with a bad number or period is an error at its cell.
struct ComtradeReader {
    /// A flow as one side reports it: goods from `exporter` to the other party.
    struct Flow: Hashable {
        var period: Period
        /// The reporter's alpha-3 code.
        var reporter: String
        /// The exporter's alpha-3 code.
        var exporter: String
    }

    /// What the files hold for the pair, in US dollars.
    struct Data {
        /// The total of each flow.
        var totals: [Flow: Double] = [:]
        /// Each flow's values by chapter, by the detail level they were given at (2, 4, 6).
        var chapters: [Flow: [Int: [Int: Double]]] = [:]
        /// The names the files give the pair's codes.
        var names: [String: String] = [:]
        /// Every reporter and partner code seen, for naming them when the pair is not there.
        var codesSeen: Set<String> = []
        /// Rows skipped, by why.
        var skipped: [String: Int] = [:]
        /// Rows read.
        var rows = 0
        /// Rows between the pair, good or bad.
        var pairRows = 0

        /// The value of a flow in each chapter: a chapter's own row where the file has one,
        /// else the sum of its finest rows (4- or 6-digit codes partition their chapter).
        func chapterValues(of flow: Flow) -> [Int: Double] {
            (chapters[flow] ?? [:]).mapValues { levels in
                levels[2] ?? levels.max { $0.key < $1.key }?.value ?? 0
            }
        }
    }

    /// The pair's alpha-3 codes.
    let pair: (String, String)
    let sink: DiagnosticSink

    /// Reads one file into `data`; a file that is not a Comtrade download is reported.
    func read(_ reader: DelimitedReader, header: DelimitedReader.Record, into data: inout Data) {
        guard let layout = ComtradeLayout(header: header, file: reader.file, sink: sink) else { return }
        reader.wanted = layout.wanted
        TableReading.forEachRow(reader, sink) { record in
            data.rows += 1
            row(record, layout: layout, file: reader.file, into: &data)
        }
    }

    private func row(_ record: DelimitedReader.Record, layout: ComtradeLayout, file: String, into data: inout Data) {
        var fields = record.fields
        // Real downloads end each row with a comma: one empty field more than the header.
        if fields.count == layout.width + 1, fields.last == "" { fields.removeLast() }
        guard fields.count == layout.width else {
            sink.error(
                "the row has \(fields.count) fields, the header \(layout.width)",
                at: record.location(of: 0, in: file), path: "")
            return
        }
        func cell(_ column: ComtradeLayout.Column) -> String? {
            layout.index(column).flatMap { fields[$0] }
        }
        func report(_ message: String, _ column: ComtradeLayout.Column) {
            sink.error(
                message, at: record.location(of: layout.index(column) ?? 0, in: file),
                path: "column \(layout.name(column))")
        }
        func skip(_ reason: String) { data.skipped[reason, default: 0] += 1 }

        let reporter = (cell(.reporter) ?? "").uppercased()
        let partner = (cell(.partner) ?? "").uppercased()
        if !reporter.isEmpty { data.codesSeen.insert(reporter) }
        if !partner.isEmpty { data.codesSeen.insert(partner) }
        let pairCodes = [pair.0, pair.1]
        guard pairCodes.contains(reporter), pairCodes.contains(partner), reporter != partner else {
            return skip(partner == "W00" || partner == "WLD" ? "world totals" : "other partners")
        }
        data.pairRows += 1
        for (column, total) in [
            (ComtradeLayout.Column.partner2, ["0", ""]), (.customs, ["C00", ""]), (.transport, ["0", ""]),
        ]
        where !total.contains(cell(column) ?? "") {
            return skip(
                "breakdowns by \(column == .partner2 ? "second partner" : column == .customs ? "customs procedure" : "transport mode")"
            )
        }
        guard let flow = cell(.flow) else { return report("the cell is empty; every row needs a flow", .flow) }
        let exports: Bool
        switch flow.lowercased() {
        case "x", "2", "export", "exports": exports = true
        case "m", "1", "import", "imports": exports = false
        default: return skip("other flows (re-exports, re-imports, processing)")
        }
        guard let period = Self.period(cell(.period) ?? "", frequency: cell(.frequency)) else {
            return report(
                "expected a period YYYY or YYYYMM, found \(FieldReading.quoted(cell(.period) ?? ""))", .period)
        }
        guard let text = cell(.value), !text.isEmpty else {
            return report("the cell is empty; every row needs a value in US dollars", .value)
        }
        guard let value = Double(text), value.isFinite, value >= 0, value <= Amount.largest else {
            return report(
                "expected a value in US dollars (a number not below 0), found \(FieldReading.quoted(text))", .value)
        }
        let flowKey = Flow(period: period, reporter: reporter, exporter: exports ? reporter : partner)
        if let name = cell(.reporterName), !name.isEmpty { data.names[reporter] = name }
        if let name = cell(.partnerName), !name.isEmpty { data.names[partner] = name }
        let commodity = cell(.commodity) ?? ""
        if commodity.uppercased() == "TOTAL" {
            data.totals[flowKey, default: 0] += value
            return
        }
        guard commodity.count >= 2, commodity.count <= 8, commodity.allSatisfy(\.isASCII),
            commodity.allSatisfy(\.isNumber), let chapter = Int(commodity.prefix(2)), (1...99).contains(chapter)
        else {
            return report(
                "expected a commodity code TOTAL or an HS code of 2, 4 or 6 digits, found \(FieldReading.quoted(commodity))",
                .commodity)
        }
        let level = commodity.count
        data.chapters[flowKey, default: [:]][chapter, default: [:]][level, default: 0] += value
    }

    /// A Comtrade period: `2021` (a year), `202205` (a month); `freqCode` A or M says which
    /// when given.
    static func period(_ text: String, frequency: String?) -> Period? {
        guard text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) else { return nil }
        if text.count == 4, let year = Int(text), (1900...2200).contains(year), frequency?.uppercased() != "M" {
            return .calendarYear(year)
        }
        if text.count == 6, let year = Int(text.prefix(4)), let month = Int(text.suffix(2)),
            (1900...2200).contains(year),
            (1...12).contains(month)
        {
            let yearMonth = YearMonth(year: year, month: month)
            return .months(first: yearMonth, last: yearMonth)
        }
        return nil
    }
}

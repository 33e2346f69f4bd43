/// Reads GDELT event exports into the news events of a pair of countries.
///
/// GDELT files are tab-separated without a header or quoting. Version 1.0 rows have 57
/// columns (events before April 2013) or 58 (with `SOURCEURL` after); version 2.0 rows have
/// 61, with an `ADM2Code` after each geographic block's `ADM1Code`. The version is told per
/// row by its column count, so one file may mix them. Only rows whose two actors'
/// countries (`Actor1CountryCode`, `Actor2CountryCode`) are the pair, either way round, are
/// kept; the rest are counted.
struct GDELTReader {
    /// Where a layout keeps what ties reads.
    struct Layout {
        let place: Int
        let url: Int?

        /// The layouts, by their number of columns.
        static let all: [Int: Layout] = [
            57: Layout(place: 50, url: nil), 58: Layout(place: 50, url: 57), 61: Layout(place: 52, url: 60),
        ]

        /// The layout of a row with this many columns, if GDELT has one.
        static func of(columns: Int) -> Layout? { all[columns] }
    }

    // The columns shared by every layout.
    static let id = 0, date = 1, actor1Name = 6, actor1Country = 7, actor2Name = 16, actor2Country = 17
    static let eventCode = 26, baseCode = 27, rootCode = 28, goldstein = 30, sources = 32, articles = 33, tone = 34

    /// The columns read; the others are skipped without being decoded.
    static let wanted: [Bool] = {
        var wanted = [Bool](repeating: false, count: Layout.all.keys.max() ?? 0)
        let shared = [
            id, date, actor1Name, actor1Country, actor2Name, actor2Country, eventCode, baseCode, rootCode, goldstein,
            sources, articles, tone,
        ]
        for column in shared + Layout.all.values.flatMap({ [$0.place] + ($0.url.map { [$0] } ?? []) }) {
            wanted[column] = true
        }
        return wanted
    }()

    /// The id of the source every news event cites.
    static let sourceID = "gdelt"
    /// That source.
    static let source = Source(
        id: sourceID, title: "GDELT event database", author: "The GDELT Project", url: "https://www.gdeltproject.org/")
    /// What every news event cites: one shared list.
    static let citation = [sourceID]
    /// Events reported by at least this many sources are of medium confidence, the others low.
    static let corroboratingSources = 3

    /// The pair's CAMEO country codes (ISO alpha-3 for both Russia and Pakistan).
    let pair: (String, String)
    let sink: DiagnosticSink

    /// What was read beyond the events.
    struct Tally {
        var rows = 0
        var skipped = 0
        var codesSeen: Set<String> = []
        /// How often each actor name goes with each country code, for naming the parties
        /// (counted over the first rows of the pair, which is plenty).
        var names: [String: [String: Int]] = [:]
        var namedRows = 0
        /// Each title built once, by what it is made of: titles repeat from row to row.
        var titles: [String: String] = [:]

        /// The name most often given to a country code, title-cased.
        func name(of code: String) -> String? {
            names[code]?.max { ($0.value, $1.key) < ($1.value, $0.key) }.map { GDELTReader.actorName($0.key, code) }
        }
    }

    /// The pair's event in a row, if it holds one (else nil; a bad row is reported).
    func event(_ record: DelimitedReader.Record, file: String, tally: inout Tally) -> Event? {
        if record.fields.first == "GLOBALEVENTID" { return nil }  // a header some exports add
        tally.rows += 1
        return row(record, file: file, tally: &tally)
    }

    private func row(_ record: DelimitedReader.Record, file: String, tally: inout Tally) -> Event? {
        let fields = record.fields
        guard let layout = Layout.of(columns: fields.count) else {
            sink.error(
                "a GDELT row has 57, 58 or 61 tab-separated columns; this one has \(fields.count)",
                at: record.location(of: 0, in: file), path: "")
            return nil
        }
        func cell(_ index: Int) -> String { fields[index] ?? "" }
        let first = cell(Self.actor1Country).uppercased()
        let second = cell(Self.actor2Country).uppercased()
        guard (first == pair.0 && second == pair.1) || (first == pair.1 && second == pair.0) else {
            tally.skipped += 1
            if tally.codesSeen.count < 100 {
                if !first.isEmpty { tally.codesSeen.insert(first) }
                if !second.isEmpty { tally.codesSeen.insert(second) }
            }
            return nil
        }
        if tally.namedRows < 10_000 {
            tally.namedRows += 1
            tally.names[first, default: [:]][cell(Self.actor1Name), default: 0] += 1
            tally.names[second, default: [:]][cell(Self.actor2Name), default: 0] += 1
        }
        func report(_ message: String, _ index: Int, _ name: String) {
            sink.error(message, at: record.location(of: index, in: file), path: "column \(name)")
        }
        let id = cell(Self.id)
        guard !id.isEmpty, id.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            report("expected a GLOBALEVENTID (digits), found \(FieldReading.quoted(id))", Self.id, "GLOBALEVENTID")
            return nil
        }
        let dateText = cell(Self.date)
        guard let date = Self.day(dateText) else {
            report("expected a date YYYYMMDD, found \(FieldReading.quoted(dateText))", Self.date, "SQLDATE")
            return nil
        }
        func number(_ index: Int, _ name: String, _ range: ClosedRange<Double>) -> Double? {
            let text = cell(index)
            guard let value = Double(text), range.contains(value) else {
                report(FieldReading.outOfRange(range, found: FieldReading.quoted(text)), index, name)
                return nil
            }
            return value
        }
        guard let goldstein = number(Self.goldstein, "GoldsteinScale", NewsFacts.goldsteinRange),
            let tone = number(Self.tone, "AvgTone", NewsFacts.toneRange)
        else { return nil }
        let sources = Int(cell(Self.sources)) ?? 1
        let articles = Int(cell(Self.articles)) ?? 1
        let base = cell(Self.baseCode)
        let root = cell(Self.rootCode)
        // The most precise code the row gives; a row with none says nothing of what happened.
        guard let code = [cell(Self.eventCode), base, root].first(where: { !$0.isEmpty }) else {
            report(
                "expected a CAMEO event code, found none (EventCode, EventBaseCode and EventRootCode are empty)",
                Self.eventCode, "EventCode")
            return nil
        }
        let titleKey = [cell(Self.actor1Name), first, cell(Self.actor2Name), second, base, root].joined(separator: "\t")
        let title: String
        if let known = tally.titles[titleKey] {
            title = known
        } else {
            let what = CAMEOKinds.name(baseCode: base, rootCode: root)
            title =
                "\(Self.actorName(cell(Self.actor1Name), first)) → \(Self.actorName(cell(Self.actor2Name), second)): \(what)"
            tally.titles[titleKey] = title
        }
        let place = cell(layout.place)
        let url = layout.url.map(cell) ?? ""
        return Event(
            id: "gdelt-\(id)", date: date, title: title,
            kind: CAMEOKinds.kind(baseCode: base, rootCode: root), place: place.isEmpty ? nil : place,
            provenance: Provenance(
                sources: Self.citation, confidence: sources >= Self.corroboratingSources ? .medium : .low),
            news: NewsFacts(
                cameo: code, goldstein: goldstein, tone: tone, sources: sources,
                articles: articles, url: url.isEmpty ? nil : url))
    }

    /// `RUSSIA` → `Russia`; an empty name is the country code.
    static func actorName(_ name: String, _ country: String) -> String {
        guard !name.isEmpty else { return country }
        return name.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined(
            separator: " ")
    }

    /// `20230615` as a day.
    static func day(_ text: String) -> EventDate? {
        guard text.count == 8, text.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(text),
            let day = Day(year: number / 10000, month: number / 100 % 100, day: number % 100)
        else { return nil }
        return EventDate(start: .day(day))
    }
}

import Foundation
import TiesModel
import TiesRender

/// A relation with `count` synthetic events on the embedded relation's parties, sources,
/// trade and sectors.
func synthetic(events count: Int) throws -> Relation {
    var relation = try EmbeddedRelation.load().relation
    let kinds = [
        "visit", "agreement", "forum", "commission", "exercise", "route", "statement", "summit",
        "commemoration", "talks",
    ]
    let titles = [
        "Talks on energy and trade number", "Переговоры о сотрудничестве номер", "توانائی پر مذاکرات نمبر",
        "Delegation visit on food security", "Signing of a memorandum on transport",
    ]
    let places = ["Islamabad", "Moscow", "Karachi", "Saint Petersburg", "Lahore", "Kazan", "Astana", "Samarkand"]
    let sectors = relation.sectors.map(\.id)
    let sources = relation.sources.map(\.id)
    var events: [Event] = []
    events.reserveCapacity(count)
    var seed: UInt64 = 42
    func next() -> Int {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int(seed >> 33)
    }
    for index in 0..<count {
        let year = 2000 + index * 25 / max(1, count)
        guard let day = Day(year: year, month: next() % 12 + 1, day: next() % 28 + 1),
            let date = EventDate(start: .day(day))
        else { continue }
        events.append(
            Event(
                id: "e\(index)", date: date, title: "\(titles[next() % titles.count]) \(index)",
                kind: kinds[next() % kinds.count], place: places[next() % places.count],
                sectors: [sectors[next() % sectors.count]],
                provenance: Provenance(sources: [sources[next() % sources.count]], confidence: .medium)))
    }
    relation.events = EventStore(events)
    return relation
}

/// Times each key on synthetic relations of the given sizes and prints a table.
func keyBench(sizes: [Int]) throws {
    let size = Size(width: 120, height: 40)
    let theme = ThemeCatalog.builtIn().theme(named: "default") ?? Theme(name: "default", faces: [:])

    let embeddedLoad = (0..<20).map { _ in milliseconds(clock.measure { _ = try? EmbeddedRelation.load() }) }.sorted()
    print("Loading and validating the embedded relation: median \(text(embeddedLoad[10]))")
    print("")
    print(
        "| measure (120×40, timeline focused) | target | "
            + sizes.map { "\($0.grouped) events" }.joined(separator: " | ")
            + " |")
    print("|---|---:|" + sizes.map { _ in "---:|" }.joined())

    var rows: [(String, String, [String])] = [
        ("build the index (once per load)", "—", []),
        ("one-row move (j), with its frame", "≤ 1 ms", []),
        ("search keystroke, with its frame", "≤ 15 ms", []),
        ("next / previous match (n, N)", "≤ 15 ms", []),
        ("kind filter (f), with its frame", "≤ 15 ms", []),
        ("year filter (y), with its frame", "≤ 15 ms", []),
        ("sector filter (e in Sectors), with its frame", "≤ 15 ms", []),
        ("Esc clearing the filters", "≤ 10 ms", []),
        ("open an event's detail", "≤ 5 ms", []),
        ("open a sector's detail", "≤ 5 ms", []),
        ("open a trade figure's detail", "≤ 5 ms", []),
        ("frame as ANSI text", "—", []),
    ]

    for count in sizes {
        let relation = try synthetic(events: count)
        var index: RelationIndex?
        let build = clock.measure { index = RelationIndex(relation) }
        guard let index else { continue }
        var state = ViewState(index: index, size: size, focus: .events)
        state.apply(.moveToEnd)
        state.apply(.move(-20))
        func sample(_ sample: Sample) -> String { "\(text(sample.median)) (worst \(text(sample.worst)))" }
        rows[0].2.append(text(milliseconds(build)))
        rows[1].2.append(sample(measure(state, Array(repeating: [.move(1)], count: 50))))
        rows[2].2.append(sample(measureTyping(state, "energy and")))
        var searching = state
        searching.apply(.startSearch)
        searching.apply(.searchText("energy"))
        searching.apply(.commitSearch)
        rows[3].2.append(
            sample(
                measure(
                    searching, Array(repeating: [.nextMatch], count: 10) + Array(repeating: [.previousMatch], count: 10)
                )))
        rows[4].2.append(sample(measure(state, (1...10).map { Array(repeating: Action.cycleKindFilter, count: $0) })))
        rows[5].2.append(sample(measure(state, Array(repeating: [.toggleYearFilter], count: 10))))
        var sectors = state
        sectors.apply(.focusNumber(3))
        rows[6].2.append(
            sample(measure(sectors, (0..<10).map { Array(repeating: Action.move(1), count: $0) + [.showInTimeline] })))
        var filtered = state
        filtered.apply(.cycleKindFilter)
        rows[7].2.append(sample(measure(filtered, Array(repeating: [.back], count: 10))))
        rows[8].2.append(sample(measure(state, Array(repeating: [.openDetail], count: 10))))
        rows[9].2.append(
            sample(measure(sectors, (0..<10).map { Array(repeating: Action.move(1), count: $0 % 6) + [.openDetail] })))
        var trade = state
        trade.apply(.focusNumber(1))
        rows[10].2.append(
            sample(measure(trade, (0..<10).map { Array(repeating: Action.move(-1), count: $0 % 6) + [.openDetail] })))
        let canvas = Dashboard.render(state)
        let ansi = (0..<50).map { _ in
            milliseconds(clock.measure { _ = FrameWriter.ansi(canvas, theme: theme, depth: .indexed256) })
        }.sorted()
        rows[11].2.append(text(ansi[25]))
    }
    for row in rows {
        print("| \(row.0) | \(row.1) | " + row.2.joined(separator: " | ") + " |")
    }
}

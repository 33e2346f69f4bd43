import CSV
import Foundation
import SwiftCSV
import TiesModel
import TiesRender

/// The median of `runs` timings of `body`, in milliseconds.
func median(runs: Int, _ body: () throws -> Void) throws -> Double {
    var samples: [Double] = []
    for _ in 0..<runs {
        let start = clock.now
        try body()
        samples.append(milliseconds(clock.now - start))
    }
    samples.sort()
    return samples[samples.count / 2]
}

/// Times reading, loading and using each events table, and prints one table of results.
func tableBench(files: [String]) throws {
    let size = Size(width: 120, height: 40)
    var rows: [(String, String, [String])] = [
        ("parse only: ties' reader (streaming)", "—", []),
        ("parse only: CSV.swift 2.5.2 (streaming)", "—", []),
        ("parse only: SwiftCSV 0.10.0 (whole file)", "—", []),
        ("load: read, check and intern every row", "—", []),
        ("build the index", "—", []),
        ("first frame after the load", "—", []),
        ("fully loaded (load + index + frame)", "≤ 150 ms at 100k, ≤ 1.5 s at 1M", []),
        ("one-row move (j), with its frame", "≤ 2 ms", []),
        ("page down, with its frame", "≤ 2 ms", []),
        ("jump to the end (G), with its frame", "≤ 2 ms", []),
        ("search keystroke, with its frame", "≤ 20 ms at 100k, ≤ 150 ms at 1M", []),
        ("kind filter (f), with its frame", "≤ 20 ms at 100k, ≤ 150 ms at 1M", []),
    ]
    var names: [String] = []
    for file in files {
        let runs =
            (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int).map {
                $0 > 50_000_000 ? 3 : 7
            } ?? 3
        var count = 0
        rows[0].2.append(
            text(
                try median(runs: runs) {
                    let sink = DiagnosticSink(file: file)
                    let reader = try DelimitedReader(
                        path: file, displayName: file, separator: nil, encoding: .utf8, sink: sink)
                    count = 0
                    while let batch = try reader.nextBatch(limit: 2048) { count += batch.count }
                }))
        names.append("\((count - 1).grouped) rows")
        rows[1].2.append(
            text(
                try median(runs: runs) {
                    guard let stream = InputStream(fileAtPath: file) else { return }
                    let reader = try CSVReader(stream: stream)
                    var rows = 0
                    while reader.next() != nil { rows += 1 }
                    precondition(rows == count, "CSV.swift read \(rows) rows, ties \(count)")
                }))
        rows[2].2.append(
            text(
                try median(runs: runs) {
                    let csv = try CSV<Enumerated>(
                        url: URL(fileURLWithPath: file), delimiter: .comma, loadColumns: false)
                    precondition(csv.rows.count == count - 1, "SwiftCSV read \(csv.rows.count) rows")
                }))
        var loaded: RelationLoader.Loaded?
        rows[3].2.append(text(try median(runs: runs) { loaded = try RelationLoader.load(fileAt: file) }))
        guard let loaded else { continue }
        var index: RelationIndex?
        rows[4].2.append(
            text(try median(runs: runs) { index = RelationIndex(loaded.relation, locations: loaded.locations) }))
        guard let index else { continue }
        rows[5].2.append(text(try median(runs: runs) { _ = Dashboard.render(ViewState(index: index, size: size)) }))
        rows[6].2.append(
            text(
                try median(runs: runs) {
                    let loaded = try RelationLoader.load(fileAt: file)
                    let index = RelationIndex(loaded.relation, locations: loaded.locations)
                    _ = Dashboard.render(ViewState(index: index, size: size))
                }))
        var state = ViewState(index: index, size: size, focus: .events)
        state.apply(.move(20))
        func sample(_ sample: Sample) -> String { "\(text(sample.median)) (worst \(text(sample.worst)))" }
        rows[7].2.append(sample(measure(state, Array(repeating: [.move(1)], count: 50))))
        rows[8].2.append(sample(measure(state, Array(repeating: [.page(1)], count: 20))))
        rows[9].2.append(sample(measure(state, Array(repeating: [.moveToEnd], count: 20))))
        rows[10].2.append(sample(measureTyping(state, "forum on tr")))
        rows[11].2.append(sample(measure(state, (1...10).map { Array(repeating: Action.cycleKindFilter, count: $0) })))
    }
    print("| measure (120×40, timeline focused) | target | " + names.joined(separator: " | ") + " |")
    print("|---|---:|" + names.map { _ in "---:|" }.joined())
    for row in rows {
        print("| \(row.0) | \(row.1) | " + row.2.joined(separator: " | ") + " |")
    }
}

// ties-bench: times the work behind one frame, with relations of growing size.
//
// Usage: swift run -c release ties-bench
//
// For each relation size it builds the view state once, then renders the 120×40 dashboard
// (events panel focused, selection moving) and writes it as ANSI text, many times, and
// prints the median and 90th percentile per frame. Frame cost should not grow with the
// number of events: only visible rows are drawn.
import Foundation
import TiesModel
import TiesRender

func synthetic(events count: Int) throws -> Relation {
    var relation = try EmbeddedRelation.load().relation
    let template = relation.events
    relation.events = (0..<count).compactMap { index in
        var event = template[index % template.count]
        event.id = "e\(index)"
        let year = 1990 + index * 35 / max(1, count)
        guard let day = Day(year: year, month: index % 12 + 1, day: index % 28 + 1),
            let date = EventDate(start: .day(day))
        else { return nil }
        event.date = date
        return event
    }
    return relation
}

func measure(_ iterations: Int, _ body: () -> Void) -> (median: Duration, p90: Duration) {
    let clock = ContinuousClock()
    var samples: [Duration] = []
    for _ in 0..<iterations {
        samples.append(clock.measure(body))
    }
    samples.sort()
    return (samples[samples.count / 2], samples[samples.count * 9 / 10])
}

func format(_ duration: Duration) -> String {
    let micros = Double(duration.components.attoseconds) / 1e12 + Double(duration.components.seconds) * 1e6
    return micros >= 1000 ? String(format: "%.2f ms", micros / 1000) : String(format: "%.0f µs", micros)
}

let clock = ContinuousClock()
let loadTime = measure(20) { _ = try? EmbeddedRelation.load() }
print("load + validate the embedded relation: median \(format(loadTime.median)), p90 \(format(loadTime.p90))")
let theme = ThemeCatalog.builtIn().theme(named: "default") ?? Theme(name: "default", faces: [:])
print("")
print("| events | build view state | render frame 120×40 (median / p90) | frame as ANSI text (median) |")
print("|---:|---:|---:|---:|")
for count in [38, 1_000, 10_000, 100_000] {
    let relation = try synthetic(events: count)
    var state = ViewState(relation: relation, size: Size(width: 120, height: 40))
    let build = clock.measure {
        state = ViewState(relation: relation, size: Size(width: 120, height: 40), focus: .events)
    }
    state.apply(.moveToEnd)
    var step = -1
    let frame = measure(300) {
        state.apply(.move(step))
        step = -step
        _ = Dashboard.render(state)
    }
    let canvas = Dashboard.render(state)
    let ansi = measure(300) { _ = FrameWriter.ansi(canvas, theme: theme, depth: .indexed256) }
    print("| \(count) | \(format(build)) | \(format(frame.median)) / \(format(frame.p90)) | \(format(ansi.median)) |")
}

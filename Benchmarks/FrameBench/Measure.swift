import Foundation
import TiesModel
import TiesRender

let clock = ContinuousClock()

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

func text(_ value: Double) -> String {
    value >= 100
        ? String(format: "%.0f ms", value)
        : value >= 1
            ? String(format: "%.2f ms", value)
            : String(format: "%.0f µs", value * 1000)
}

struct Sample {
    var median: Double
    var worst: Double
}

/// Runs `body` for each of `inputs` on a fresh copy of `state`, timing the action and the
/// frame drawn after it.
func measure(_ state: ViewState, _ actions: [[Action]]) -> Sample {
    var samples: [Double] = []
    for sequence in actions {
        var copy = state
        for action in sequence.dropLast() { copy.apply(action) }
        guard let last = sequence.last else { continue }
        let elapsed = clock.measure {
            copy.apply(last)
            _ = Dashboard.render(copy)
        }
        samples.append(milliseconds(elapsed))
    }
    samples.sort()
    return Sample(median: samples[samples.count / 2], worst: samples.last ?? 0)
}

/// Times each keystroke of a search typed one character at a time.
func measureTyping(_ state: ViewState, _ query: String) -> Sample {
    var copy = state
    copy.apply(.startSearch)
    var samples: [Double] = []
    var typed = ""
    for character in query {
        typed.append(character)
        let text = typed
        let elapsed = clock.measure {
            copy.apply(.searchText(text))
            _ = Dashboard.render(copy)
        }
        samples.append(milliseconds(elapsed))
    }
    samples.sort()
    return Sample(median: samples[samples.count / 2], worst: samples.last ?? 0)
}

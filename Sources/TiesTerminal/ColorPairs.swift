@preconcurrency import CNcursesw
import TiesRender

/// Allocates ncurses colour pairs on demand and recycles them when the terminal runs out.
///
/// A pair in use by the frame being drawn is never recycled, so a frame's colours stay
/// right even when a theme needs more pairs than the terminal has.
struct ColorPairs {
    private struct Colors: Hashable {
        let foreground: TerminalColor
        let background: TerminalColor
    }

    private var pairs: [Colors: Int32] = [:]
    private var lastUse: [Int32: Int] = [:]
    private var frame = 0
    /// Whether a pair was recycled since ``takeRecycled()`` last said.
    private var recycled = false
    private let limit: Int32
    private let define: (Int32, Int32, Int32) -> Void

    /// Pairs 1 … limit-1 are ours; pair 0 is the terminal default.
    ///
    /// `define` tells the terminal a pair's colours (ncurses' `init_extended_pair` by default).
    init(limit: Int32, define: @escaping (Int32, Int32, Int32) -> Void = { _ = init_extended_pair($0, $1, $2) }) {
        self.limit = max(1, min(limit, 32767))
        self.define = define
    }

    /// Whether a pair was recycled (the terminal ran out of pairs) since the last call: a row
    /// drawn before may then show a pair that now means other colours.
    mutating func takeRecycled() -> Bool {
        defer { recycled = false }
        return recycled
    }

    /// Marks the start of a frame.
    mutating func beginFrame() { frame += 1 }

    /// The pair for two colours, allocating or recycling one if needed.
    mutating func pair(foreground: TerminalColor, background: TerminalColor) -> Int32 {
        let key = Colors(foreground: foreground, background: background)
        if foreground == .terminalDefault && background == .terminalDefault { return 0 }
        if let existing = pairs[key] {
            lastUse[existing] = frame
            return existing
        }
        let number: Int32
        if Int32(pairs.count) + 1 < limit {
            number = Int32(pairs.count) + 1
        } else if let (oldest, use) = lastUse.min(by: { $0.value < $1.value }), use < frame {
            number = oldest
            pairs = pairs.filter { $0.value != oldest }
            recycled = true
        } else {
            return 0
        }
        define(number, Self.index(foreground), Self.index(background))
        pairs[key] = number
        lastUse[number] = frame
        return number
    }

    private static func index(_ color: TerminalColor) -> Int32 {
        switch color {
        case .terminalDefault: -1
        case .palette(let index): Int32(index)
        case .rgb(let r, let g, let b):
            Int32(ThemeColor.rgb(r, g, b).resolved(to: .indexed256).paletteIndex)
        }
    }
}

extension TerminalColor {
    /// The palette index of a palette colour; 7 otherwise.
    var paletteIndex: Int {
        if case .palette(let index) = self { return index }
        return 7
    }
}

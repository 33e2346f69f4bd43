/// Where everything goes on a screen of a given size; a pure function of the size, the
/// panels and the focus.
///
/// - Wide (at least 120×32): the side panels share the top row, the main panel is below.
/// - Medium: the side panels share the left column, the main panel is on the right.
/// - Narrow (under 80 columns or 24 rows): one panel at a time under a tab strip.
/// - Below ``minimumSize``: the "terminal too small" screen.
///
/// The title bar is always the top row and the status line the bottom row.
public struct Layout: Sendable {
    /// The arrangements of panels.
    public enum Mode: String, Sendable {
        /// Side panels in a row above the main panel.
        case wide
        /// Side panels in a column beside the main panel.
        case medium
        /// One panel at a time, with a tab strip.
        case narrow
        /// Too small to draw the dashboard.
        case tooSmall
    }

    /// The smallest size the dashboard is drawn at.
    public static let minimumSize = Size(width: 40, height: 12)

    /// The arrangement chosen.
    public let mode: Mode
    /// The screen size.
    public let size: Size
    /// The title bar.
    public let titleBar: Rect
    /// The status line.
    public let statusLine: Rect
    /// The tab strip, in the narrow layout only.
    public let tabStrip: Rect?
    /// Each visible panel's outer rectangle (border included), in focus order.
    public let panels: [(id: PanelID, rect: Rect)]

    /// Lays out a screen; `focus` decides the one panel shown in the narrow layout.
    public init(size: Size, panels set: PanelSet, focus: PanelID) {
        self.size = size
        titleBar = Rect(x: 0, y: 0, width: size.width, height: 1)
        statusLine = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
        let body = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
        let main = set.entries.filter { if case .main = $0.place { true } else { false } }.map(\.panel.id)
        let side = set.entries.compactMap { entry -> (PanelID, wide: Int, medium: Int)? in
            if case .side(let wide, let medium) = entry.place { return (entry.panel.id, wide, medium) }
            return nil
        }
        var rects: [PanelID: Rect] = [:]
        if size.width < Self.minimumSize.width || size.height < Self.minimumSize.height {
            mode = .tooSmall
            tabStrip = nil
        } else if size.width >= 160 && size.height >= 45 && !side.isEmpty && !main.isEmpty {
            // Large: the side panels stacked in a left column, the timeline the full height on
            // the right — rows go where the events are, not to a sectors list's blank rows.
            mode = .wide
            tabStrip = nil
            rects = Self.columns(body, leftWidth: body.width * 9 / 20, side: side, main: main)
        } else if size.width >= 120 && size.height >= 32 {
            mode = .wide
            tabStrip = nil
            let topHeight = side.isEmpty ? 0 : main.isEmpty ? body.height : body.height * 11 / 20
            let top = Rect(x: body.x, y: body.y, width: body.width, height: topHeight)
            for (id, rect) in zip(side.map(\.0), Self.split(top.width, side.map(\.wide))) {
                rects[id] = Rect(x: top.x + rect.start, y: top.y, width: rect.length, height: top.height)
            }
            let bottom = Rect(x: body.x, y: body.y + topHeight, width: body.width, height: body.height - topHeight)
            for (id, rect) in zip(main, Self.split(bottom.width, main.map { _ in 1 })) {
                rects[id] = Rect(x: bottom.x + rect.start, y: bottom.y, width: rect.length, height: bottom.height)
            }
        } else if size.width >= 80 && size.height >= 24 {
            mode = .medium
            tabStrip = nil
            let leftWidth = side.isEmpty ? 0 : main.isEmpty ? body.width : body.width / 2
            rects = Self.columns(body, leftWidth: leftWidth, side: side, main: main)
        } else {
            mode = .narrow
            tabStrip = Rect(x: 0, y: 1, width: size.width, height: 1)
            rects[focus] = Rect(x: 0, y: 2, width: size.width, height: size.height - 3)
        }
        panels = set.ids.compactMap { id in rects[id].map { (id, $0) } }
    }

    /// The side panels stacked in a left column `leftWidth` wide (by their medium weights), the
    /// main panels stacked in the rest.
    private static func columns(
        _ body: Rect, leftWidth: Int, side: [(PanelID, wide: Int, medium: Int)], main: [PanelID]
    ) -> [PanelID: Rect] {
        var rects: [PanelID: Rect] = [:]
        let left = Rect(x: body.x, y: body.y, width: leftWidth, height: body.height)
        for (id, rect) in zip(side.map(\.0), split(left.height, side.map(\.medium))) {
            rects[id] = Rect(x: left.x, y: left.y + rect.start, width: left.width, height: rect.length)
        }
        let right = Rect(x: body.x + leftWidth, y: body.y, width: body.width - leftWidth, height: body.height)
        for (id, rect) in zip(main, split(right.height, main.map { _ in 1 })) {
            rects[id] = Rect(x: right.x, y: right.y + rect.start, width: right.width, height: rect.length)
        }
        return rects
    }

    /// Splits a length into parts by weight; the last part takes what rounding leaves.
    private static func split(_ length: Int, _ weights: [Int]) -> [(start: Int, length: Int)] {
        let total = max(1, weights.reduce(0, +))
        var start = 0
        var parts: [(Int, Int)] = []
        for (index, weight) in weights.enumerated() {
            let part = index == weights.count - 1 ? length - start : length * weight / total
            parts.append((start, part))
            start += part
        }
        return parts
    }

    /// A panel's outer rectangle, if it is shown.
    public func rect(_ id: PanelID) -> Rect? { panels.first { $0.id == id }?.rect }

    /// The rectangle of an overlay: most of the screen, centred, below the title bar.
    public var overlay: Rect {
        let width = min(size.width - 2, max(40, size.width * 4 / 5))
        let height = max(3, size.height - 4)
        return Rect(x: (size.width - width) / 2, y: 2, width: width, height: height)
    }

    /// The panel at a cell, if any.
    public func panel(atX x: Int, y: Int) -> PanelID? {
        panels.first { $0.rect.contains(x: x, y: y) }?.id
    }

    /// The panel beside `id` in a direction (-1 left, +1 right), by the rectangles on screen:
    /// the nearest one horizontally whose rows overlap it most.
    public func panel(beside id: PanelID, direction: Int) -> PanelID? {
        guard let from = rect(id) else { return nil }
        let candidates = panels.filter { other in
            other.id != id && (direction > 0 ? other.rect.x >= from.maxX : other.rect.maxX <= from.x)
        }
        func overlap(_ rect: Rect) -> Int { max(0, min(rect.maxY, from.maxY) - max(rect.y, from.y)) }
        func gap(_ rect: Rect) -> Int { direction > 0 ? rect.x - from.maxX : from.x - rect.maxX }
        return candidates.filter { overlap($0.rect) > 0 }
            .min { (gap($0.rect), -overlap($0.rect), $0.rect.y) < (gap($1.rect), -overlap($1.rect), $1.rect.y) }?.id
    }
}

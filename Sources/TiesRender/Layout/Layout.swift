/// Where everything goes on a screen of a given size; a pure function of the size.
///
/// - Wide (at least 120×32): trade and sectors side by side above the events timeline.
/// - Medium: trade above sectors on the left, the events timeline on the right.
/// - Narrow (under 80 columns or 24 rows): one panel at a time under a tab strip.
/// - Below ``minimumSize``: the "terminal too small" screen.
///
/// The title bar is always the top row and the status line the bottom row.
public struct Layout: Hashable, Sendable {
    /// The arrangements of panels.
    public enum Mode: String, Sendable {
        /// Trade and sectors side by side above the timeline.
        case wide
        /// Trade over sectors on the left, timeline on the right.
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
    /// Each visible panel's outer rectangle (border included).
    public let panels: [Panel: Rect]

    /// Lays out a screen; `focus` decides the one panel shown in the narrow layout.
    public init(size: Size, focus: Panel) {
        self.size = size
        titleBar = Rect(x: 0, y: 0, width: size.width, height: 1)
        statusLine = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
        let body = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
        if size.width < Self.minimumSize.width || size.height < Self.minimumSize.height {
            mode = .tooSmall
            tabStrip = nil
            panels = [:]
        } else if size.width >= 120 && size.height >= 32 {
            mode = .wide
            tabStrip = nil
            let topHeight = body.height * 11 / 20
            let leftWidth = body.width * 11 / 20
            panels = [
                .trade: Rect(x: 0, y: body.y, width: leftWidth, height: topHeight),
                .sectors: Rect(x: leftWidth, y: body.y, width: body.width - leftWidth, height: topHeight),
                .events: Rect(x: 0, y: body.y + topHeight, width: body.width, height: body.height - topHeight),
            ]
        } else if size.width >= 80 && size.height >= 24 {
            mode = .medium
            tabStrip = nil
            let leftWidth = body.width / 2
            let tradeHeight = body.height * 3 / 5
            panels = [
                .trade: Rect(x: 0, y: body.y, width: leftWidth, height: tradeHeight),
                .sectors: Rect(x: 0, y: body.y + tradeHeight, width: leftWidth, height: body.height - tradeHeight),
                .events: Rect(x: leftWidth, y: body.y, width: body.width - leftWidth, height: body.height),
            ]
        } else {
            mode = .narrow
            tabStrip = Rect(x: 0, y: 1, width: size.width, height: 1)
            panels = [focus: Rect(x: 0, y: 2, width: size.width, height: size.height - 3)]
        }
    }

    /// The inside of a panel, within its border.
    public func inner(_ panel: Panel) -> Rect? {
        panels[panel].map { $0.inset(by: 1) }
    }

    /// The rectangle of an overlay: most of the screen, centred, below the title bar.
    public var overlay: Rect {
        let width = min(size.width - 2, max(40, size.width * 4 / 5))
        let height = max(3, size.height - 4)
        return Rect(x: (size.width - width) / 2, y: 2, width: width, height: height)
    }

    /// The panel at a cell, if any.
    public func panel(atX x: Int, y: Int) -> Panel? {
        panels.first { $0.value.contains(x: x, y: y) }?.key
    }

    /// The rows a panel's scrolling list gets: its inner height less the panel's fixed rows.
    public func listHeight(_ panel: Panel) -> Int {
        guard let inner = inner(panel) else { return 1 }
        return max(1, inner.height - Self.fixedRows(panel) - claimRows(panel))
    }

    /// The rows the trade panel keeps for claims below its chart: a quarter of a tall panel.
    public func claimRows(_ panel: Panel) -> Int {
        guard panel == .trade, let inner = inner(panel), inner.height >= 14 else { return 0 }
        return inner.height / 4
    }

    /// The rows a panel keeps for itself above and below its scrolling list.
    public static func fixedRows(_ panel: Panel) -> Int {
        switch panel {
        case .trade: 4  // measure line above; axis, selected value and growth below
        case .events: 1  // filter line
        case .sectors: 1  // column headings
        }
    }

    /// The first row of a panel's scrolling list.
    public func listTop(_ panel: Panel) -> Int? {
        inner(panel).map { $0.y + 1 }
    }
}

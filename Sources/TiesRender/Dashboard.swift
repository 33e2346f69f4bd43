/// Draws the whole dashboard for a view state into a canvas.
///
/// A pure function of the state (and of what the program loop adds: a banner, loading
/// progress): the same input always gives the same frame, which is what the tests compare
/// with expected lines of text.
public enum Dashboard {
    /// The frame for a state.
    public static func render(_ state: ViewState, chrome: Chrome = Chrome(), table: KeyTable = .standard) -> Canvas {
        var canvas = Canvas(size: state.size)
        let layout = state.layout
        guard layout.mode != .tooSmall else {
            TooSmallScreen.draw(&canvas, size: state.size)
            return canvas
        }
        TitleBar.draw(&canvas, layout.titleBar, state: state, chrome: chrome)
        if let tabs = layout.tabStrip { TabStrip.draw(&canvas, tabs, state: state) }
        for (id, rect) in layout.panels {
            state.panels.panel(id)?.draw(&canvas, in: rect, state: state)
        }
        OverlayView.draw(&canvas, state: state, table: table)
        if let banner = chrome.banner { BannerView.draw(&canvas, banner, layout: layout) }
        StatusLine.draw(&canvas, layout.statusLine, state: state, table: table)
        return canvas
    }
}

/// What the program loop shows around the dashboard: a banner and loading progress.
public struct Chrome: Sendable, Equatable {
    /// A message above the status line (e.g. why a reload failed), if any.
    public var banner: String?
    /// Progress of a load under way, from 0 to 1, with what it is reading; nil when idle.
    public var loading: Loading?

    /// Progress of a load.
    public struct Loading: Sendable, Equatable {
        /// What is read.
        public var what: String
        /// How far, 0–1, when the size is known.
        public var fraction: Double?
        /// Rows read so far, for tables.
        public var rows: Int

        /// Creates progress.
        public init(what: String, fraction: Double?, rows: Int) {
            self.what = what
            self.fraction = fraction
            self.rows = rows
        }
    }

    /// Creates chrome.
    public init(banner: String? = nil, loading: Loading? = nil) {
        self.banner = banner
        self.loading = loading
    }
}

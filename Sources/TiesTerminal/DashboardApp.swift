import Foundation
import TiesModel
import TiesRender

/// The interactive dashboard: draws frames, reads keys and mouse, applies actions.
///
/// It blocks on input while idle (no timer, no output); with a watched file it wakes once
/// a second for one `stat`. SIGINT, SIGTERM and SIGHUP restore the terminal and end the
/// program with 130, 143 and 129.
public struct DashboardApp {
    /// How the dashboard is run.
    public struct Options: Sendable {
        /// The themes `t` cycles through, with the chosen one.
        public var catalog: ThemeCatalog
        /// When to use colour.
        public var color: ColorPreference
        /// Whether to take the mouse (clicks and wheel) from the terminal.
        public var mouse: Bool
        /// A relation file to reload when it changes.
        public var watch: String?

        /// Creates options.
        public init(catalog: ThemeCatalog, color: ColorPreference, mouse: Bool, watch: String?) {
            self.catalog = catalog
            self.color = color
            self.mouse = mouse
            self.watch = watch
        }
    }

    private var state: ViewState
    private let options: Options
    private let table = KeyTable.standard

    /// Creates the dashboard for a starting state.
    public init(state: ViewState, options: Options) {
        self.state = state
        self.options = options
    }

    /// Runs until the user quits or a signal arrives; returns the exit status.
    ///
    /// Throws, with the terminal untouched, when it cannot be driven (e.g. `TERM` unknown).
    public mutating func run(environment: [String: String]) throws(TerminalError) -> Int32 {
        let screen = try CursesScreen(environment: environment, color: options.color, mouse: options.mouse)
        TerminalSignals.install()
        defer {
            screen.close()
            TerminalSignals.restore()
        }
        if !screen.unicode { state.apply(.useSymbols(.ascii)) }
        state.apply(.resize(screen.size))
        var watcher = options.watch.map(RelationWatcher.init(path:))
        draw(screen)
        while true {
            let event = screen.read(timeout: watcher == nil ? nil : 1000)
            if let signal = TerminalSignals.take() { return 128 + signal }
            var changed = true
            switch event {
            case .key(let key):
                if let action = InputRouter.action(for: key, in: state, table: table) { state.apply(action) }
            case .click(let x, let y):
                state.apply(.click(x: x, y: y))
            case .wheel(let x, let y, let rows):
                state.apply(.scroll(x: x, y: y, rows: rows))
            case .resize:
                state.apply(.resize(screen.size))
                screen.invalidate()
            case .none, .ignored:
                changed = false
            }
            if state.shouldQuit { return 0 }
            if watcher?.changed() == true, let path = watcher?.path {
                reload(path)
                changed = true
            }
            if changed { draw(screen) }
        }
    }

    private func draw(_ screen: CursesScreen) {
        let theme =
            options.catalog.theme(named: state.themeName)
            ?? Theme(name: ThemeCatalog.defaultName, faces: ThemeCatalog.defaultFaces)
        screen.draw(Dashboard.render(state, table: table), theme: theme)
    }

    private mutating func reload(_ path: String) {
        do {
            let loaded = try RelationLoader.load(fileAt: path)
            state.apply(.reload(loaded.relation))
            state.apply(.banner(nil))
        } catch {
            let first = error.diagnostics.first { $0.severity == .error } ?? error.diagnostics.first
            state.apply(.banner("reload failed, showing the last good data: \(first?.description ?? "unknown error")"))
        }
    }
}

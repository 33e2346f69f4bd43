import Foundation
import TiesModel
import TiesRender

/// The interactive dashboard: the program loop that draws frames, reads keys and the mouse,
/// applies actions, and owns what is not view state — the banner, quitting, loading.
///
/// Loading and reloading run on a thread of their own: the first frame is drawn at once
/// (saying what is loading), keys work throughout and `q` quits at once. It blocks on input
/// while idle (no timer, no output); with a watched file it wakes once a second for one
/// `stat`, and while loading a hundred times a second to see it end (progress is redrawn ten
/// times a second). SIGINT, SIGTERM and SIGHUP
/// restore the terminal and end the program with 130, 143 and 129.
public struct DashboardApp {
    /// How the dashboard is run.
    public struct Options: Sendable {
        /// The themes `t` cycles through.
        public var catalog: ThemeCatalog
        /// The theme to start with.
        public var theme: String
        /// The chart symbols to start with.
        public var symbols: SymbolSet
        /// The panel focused at the start.
        public var focus: PanelID
        /// When to use colour.
        public var color: ColorPreference
        /// Whether to take the mouse (clicks and wheel) from the terminal.
        public var mouse: Bool

        /// Creates options.
        public init(
            catalog: ThemeCatalog, theme: String, symbols: SymbolSet, focus: PanelID = .trade,
            color: ColorPreference, mouse: Bool
        ) {
            self.catalog = catalog
            self.theme = theme
            self.symbols = symbols
            self.focus = focus
            self.color = color
            self.mouse = mouse
        }
    }

    /// A loaded and indexed relation, with the warnings its file raised.
    public struct Loaded: Sendable {
        /// The indexed relation.
        public var index: RelationIndex
        /// Problems that did not stop loading.
        public var warnings: [Diagnostic]

        /// Creates a loaded relation.
        public init(index: RelationIndex, warnings: [Diagnostic]) {
            self.index = index
            self.warnings = warnings
        }
    }

    /// What the dashboard shows first.
    public enum Start: Sendable {
        /// A relation already loaded (the bundled one).
        case ready(RelationIndex)
        /// A file to load on a thread of its own; with `watch`, reloaded when it changes, and
        /// waited for when it does not load.
        case file(path: String, name: String, watch: Bool, load: BackgroundLoad.Work)
    }

    /// How a run ended.
    public enum Outcome: Sendable {
        /// The user quit.
        case quit
        /// A signal ended it; the exit status is 128 plus its number.
        case signal(Int32)
        /// The file did not load (and was not watched): its diagnostics, for standard error.
        case failed(LoadFailure)
    }

    private let start: Start
    private let options: Options
    private let table = KeyTable.standard

    private var state: ViewState?
    private var banner: String?
    private var waitingMessage: [String] = []
    private var pending: BackgroundLoad?
    private var watcher: RelationWatcher?
    private var size = Size(width: 80, height: 24)
    private var symbols: SymbolSet

    /// Creates the dashboard.
    public init(start: Start, options: Options) {
        self.start = start
        self.options = options
        symbols = options.symbols
    }

    /// Runs until the user quits or a signal arrives.
    ///
    /// Throws, with the terminal untouched, when it cannot be driven (e.g. `TERM` unknown).
    public mutating func run(environment: [String: String]) throws(TerminalError) -> Outcome {
        let screen = try CursesScreen(environment: environment, color: options.color, mouse: options.mouse)
        TerminalSignals.install()
        defer {
            screen.close()
            TerminalSignals.restore()
        }
        if !screen.unicode { symbols = .ascii }
        size = screen.size
        switch start {
        case .ready(let index):
            show(index)
        case .file(let path, _, let watch, let load):
            pending = BackgroundLoad(load)
            if watch { watcher = RelationWatcher(path: path) }
        }
        draw(screen)
        let clock = ContinuousClock()
        var progressShown = clock.now
        while true {
            // While a load runs, its end is looked for every 2 ms (so the data shows as soon
            // as it is ready) and its progress redrawn every 100 ms.
            let timeout: Int32? = pending != nil ? 2 : watcher != nil ? 1000 : nil
            let event = screen.read(timeout: timeout)
            if let signal = TerminalSignals.take() { return .signal(signal) }
            var changed = false
            if pending != nil, clock.now - progressShown >= .milliseconds(100) {
                progressShown = clock.now
                changed = true
            }
            switch event {
            case .key(let key):
                switch handle(key) {
                case .quit?: return .quit
                case .open(let url)?: state?.say(SystemActions.open(url, environment: environment))
                case .copy(let text)?: SystemActions.copy(text)
                case .edit(let location)?:
                    if case .file(let path, _, _, let load) = start {
                        // Reloaded only if the editor changed the file, and once: a watcher
                        // takes the change as seen.
                        var file = watcher ?? RelationWatcher(path: path)
                        screen.suspend()
                        let problem = SystemActions.edit(location, environment: environment)
                        screen.resume()
                        if let problem {
                            state?.say(problem)
                        } else if file.changed() {
                            if watcher != nil { watcher = file }
                            if pending == nil { pending = BackgroundLoad(load) }
                        }
                    } else {
                        state?.say("the bundled relation has no file to edit (ties export --format yaml writes one)")
                    }
                case nil: break
                }
                changed = true
            case .click(let x, let y):
                state?.apply(.click(x: x, y: y))
                changed = true
            case .wheel(let x, let y, let rows):
                state?.apply(.scroll(x: x, y: y, rows: rows))
                changed = true
            case .resize:
                size = screen.size
                state?.apply(.resize(screen.size))
                screen.invalidate()
                changed = true
            case .none, .ignored:
                break
            }
            if let result = pending?.take() {
                pending = nil
                if let outcome = finish(result) { return outcome }
                changed = true
            }
            if pending == nil, watcher?.changed() == true, case .file(_, _, _, let load) = start {
                pending = BackgroundLoad(load)
                changed = true
            }
            if changed { draw(screen) }
        }
    }

    /// The theme and symbols the dashboard ended with (to remember them), once it has run.
    public var look: (theme: String, symbols: SymbolSet)? {
        state.map { ($0.themeName, $0.symbols) }
    }

    /// Applies a key; returns what the program must do beyond it.
    private mutating func handle(_ key: Key) -> Effect? {
        guard var current = state else {
            return table.action(for: key, focus: options.focus) == .quit ? .quit : nil
        }
        guard let action = InputRouter.action(for: key, in: current, table: table) else { return nil }
        if action == .back && current.overlay == nil && current.search == nil && current.filter.isEmpty
            && banner != nil
        {
            banner = nil
            return nil
        }
        let effect = current.apply(action)
        state = current
        return effect
    }

    private mutating func show(_ index: RelationIndex) {
        if var current = state {
            current.load(index)
            state = current
        } else {
            var fresh = ViewState(
                index: index, size: size, themeNames: options.catalog.names, theme: options.theme, symbols: symbols,
                focus: options.focus)
            fresh.apply(.resize(size))
            state = fresh
        }
    }

    /// Takes a finished load: shows it, or says why it failed.
    private mutating func finish(_ result: Result<Loaded, LoadFailure>) -> Outcome? {
        switch result {
        case .success(let loaded):
            show(loaded.index)
            let warnings = loaded.warnings.filter { $0.severity == .warning }.count
            banner =
                warnings == 0
                ? nil : "\(warnings.counting("warning")) in the file; 'ties check' lists them"
            waitingMessage = []
        case .failure(let failure):
            guard watcher != nil else {
                return state == nil ? .failed(failure) : nil
            }
            let errors = failure.diagnostics.filter { $0.severity == .error }
            let count = errors.count.counting("problem")
            let first = errors.first?.description ?? "the file cannot be read"
            if state == nil {
                waitingMessage = ["Waiting for the file to be fixed (\(count)):"] + errors.prefix(5).map(\.description)
            } else {
                banner = "reload failed (\(count)), showing the last good data: \(first)"
            }
        }
        return nil
    }

    private func draw(_ screen: CursesScreen) {
        let theme =
            (options.catalog.theme(named: state?.themeName ?? options.theme)
            ?? Theme(name: ThemeCatalog.defaultName, faces: ThemeCatalog.defaultFaces)).painted(for: screen.background)
        var chrome = Chrome(banner: banner)
        if let pending, case .file(_, let name, _, _) = start {
            chrome.loading = Chrome.Loading(
                what: name, fraction: pending.progress.fraction, rows: pending.progress.rows)
        }
        if let state {
            screen.draw(Dashboard.render(state, chrome: chrome, table: table), theme: theme)
        } else {
            var title = ""
            if case .file(_, let name, _, _) = start { title = name }
            screen.draw(
                MessageScreen.render(size: size, title: title, lines: waitingMessage, chrome: chrome, symbols: symbols),
                theme: theme)
        }
    }
}

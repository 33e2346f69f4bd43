import ArgumentParser
import Foundation
import TiesModel
import TiesRender
import TiesTerminal

/// `ties [FILE]`: the interactive dashboard.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Show a relation in the interactive dashboard: the bundled Russia–Pakistan one, or FILE.",
        discussion: """
            When standard input or output is not a terminal, prints one frame (as 'ties render') instead.

            Exit status: 0 quit, 2 the terminal cannot be driven (TERM unset or unknown), 64 bad usage, \
            65 invalid data, 66 a file cannot be read, 129/130/143 ended by SIGHUP/SIGINT/SIGTERM.
            """
    )

    @OptionGroup var display: DisplayOptions

    @Flag(inversion: .prefixedNo, help: "Use the mouse (--no-mouse keeps the terminal's own text selection).")
    var mouse = true

    @Flag(help: "Reload FILE when it changes; a broken edit keeps the last good data and shows why.")
    var watch = false

    @Flag(help: "Forget the remembered theme and chart symbols (kept in $XDG_STATE_HOME/ties/settings).")
    var reset = false

    @Option(
        help: "The frame size when output is not a terminal: WxH (80x24 or 80×24), each from 1 to 1000.",
        transform: Size.parse)
    var size = Size(width: 80, height: 24)

    @OptionGroup var input: InputOptions

    @Argument(
        help: "A relation file (YAML or JSON) or an events table (.csv, .tsv); the bundled relation when omitted.")
    var file: String?

    func validate() throws {
        if watch && file == nil { throw ValidationError("--watch needs a FILE to watch") }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        if reset { RememberedSettings.reset(environment: environment) }
        let interactive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
        let remembered = interactive && !reset ? RememberedSettings.load(environment: environment) : nil
        let (catalog, theme) = try display.themes(environment: environment, remembered: remembered)
        guard interactive else {
            let index: RelationIndex
            do {
                index = try RelationInput.index(file, input)
            } catch {
                throw ExitStatus.status(for: error)
            }
            let state = ViewState(
                index: index, size: size, themeNames: catalog.names, theme: theme.name, symbols: display.chosenSymbols()
            )
            try FrameText.print(state, theme: theme, color: display.color, environment: environment)
            return
        }
        if let info = TerminalInfo(term: environment["TERM"] ?? "") {
            let depth = display.color.depth(
                environment: environment, isTerminal: true, terminalColors: info.colors, allowsTruecolor: false)
            warnAboutInvisibleRoles(theme, catalog: catalog, depth: depth)
        }
        let start: DashboardApp.Start
        if let file {
            start = .file(path: file, name: (file as NSString).lastPathComponent, watch: watch) {
                progress throws(LoadFailure) in
                let loaded = try RelationInput.loadQuietly(file, input, progress: progress)
                return DashboardApp.Loaded(
                    index: RelationIndex(loaded.relation, locations: loaded.locations), warnings: loaded.warnings)
            }
        } else {
            do {
                let loaded = try RelationInput.load(nil, input)
                start = .ready(RelationIndex(loaded.relation, locations: loaded.locations))
            } catch {
                throw ExitStatus.status(for: error)
            }
        }
        var app = DashboardApp(
            start: start,
            options: DashboardApp.Options(
                catalog: catalog, theme: theme.name, symbols: display.chosenSymbols(remembered: remembered),
                color: display.color, mouse: mouse))
        let outcome: DashboardApp.Outcome
        do {
            outcome = try app.run(environment: environment)
        } catch {
            Output.error(["ties: \(error)"])
            throw ExitCode(2)
        }
        if let look = app.look {
            RememberedSettings(theme: look.theme, symbols: look.symbols).save(environment: environment)
        }
        switch outcome {
        case .quit:
            return
        case .signal(let number):
            throw ExitCode(128 + number)
        case .failed(let failure):
            Output.error(failure.diagnostics.map(\.description))
            throw ExitStatus.status(for: failure)
        }
    }
}

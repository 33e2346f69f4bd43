import ArgumentParser
import Foundation
import TiesModel
import TiesRender

/// `ties render`: prints one frame of the dashboard as text.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print one frame of the dashboard: exactly H lines of W columns.",
        discussion: "Exit status: 0 ok, 64 bad usage, 65 invalid data, 66 a file cannot be read."
    )

    @Option(help: "The frame size, WxH (80x24 or 80×24), each from 1 to 1000.", transform: Size.parse)
    var size = Size(width: 80, height: 24)

    @Option(help: "The focused panel: trade, events or sectors.")
    var focus: PanelID = .trade

    @OptionGroup var display: DisplayOptions

    @OptionGroup var input: InputOptions

    @Argument(
        help: "A relation file (YAML or JSON) or an events table (.csv, .tsv); the bundled relation when omitted.")
    var file: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let (catalog, theme) = try display.themes(environment: environment)
        let index: RelationIndex
        do {
            index = try RelationInput.index(file, input)
        } catch {
            throw ExitStatus.status(for: error)
        }
        warnAboutInvisibleRoles(
            theme, catalog: catalog, depth: FrameText.depth(display.color, environment: environment))
        let state = ViewState(
            index: index, size: size, themeNames: catalog.names, theme: theme.name, symbols: display.chosenSymbols(),
            focus: focus)
        try FrameText.print(state, theme: theme, color: display.color, environment: environment)
    }
}

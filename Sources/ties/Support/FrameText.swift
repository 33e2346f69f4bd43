import Foundation
import TiesRender
import TiesTerminal

/// Prints one frame of the dashboard to standard output, as `ties render` does.
enum FrameText {
    /// Prints the frame for a state, coloured as `color` decides for standard output.
    static func print(
        _ state: ViewState, theme: Theme, color: ColorPreference, environment: [String: String]
    ) throws {
        let depth = depth(color, environment: environment)
        let canvas = Dashboard.render(state)
        let lines = depth == .none ? FrameWriter.plain(canvas) : FrameWriter.ansi(canvas, theme: theme, depth: depth)
        try Output.frame(lines)
    }

    /// The colour depth for standard output: the terminal's own when it is one (16 colours
    /// for `--color always` when terminfo does not know `TERM`).
    static func depth(_ color: ColorPreference, environment: [String: String]) -> ColorDepth {
        let colors = TerminalInfo(term: environment["TERM"] ?? "")?.colors ?? 16
        return color.depth(
            environment: environment, isTerminal: isatty(STDOUT_FILENO) == 1, terminalColors: colors,
            allowsTruecolor: true)
    }
}

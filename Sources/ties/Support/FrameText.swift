import Foundation
import TiesRender

/// Prints one frame of the dashboard to standard output, as `ties render` does.
enum FrameText {
    /// Prints the frame for a state, coloured as `color` decides for standard output.
    static func print(_ state: ViewState, theme: Theme, color: ColorPreference, environment: [String: String]) {
        let depth = color.depth(
            environment: environment, isTerminal: isatty(STDOUT_FILENO) == 1, terminalColors: 8,
            allowsTruecolor: true)
        let canvas = Dashboard.render(state)
        let lines = depth == .none ? FrameWriter.plain(canvas) : FrameWriter.ansi(canvas, theme: theme, depth: depth)
        Swift.print(lines.joined(separator: "\n"))
    }
}

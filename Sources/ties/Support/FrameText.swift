import TiesRender

/// A frame as the lines `render` prints.
enum FrameText {
    /// Plain lines without colour, SGR-coloured lines otherwise.
    static func lines(_ canvas: Canvas, theme: Theme, depth: ColorDepth) -> [String] {
        depth == .none ? FrameWriter.plain(canvas) : FrameWriter.ansi(canvas, theme: theme, depth: depth)
    }
}

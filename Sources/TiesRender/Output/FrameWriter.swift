/// Turns a canvas into lines of text for standard output: plain, or with ANSI SGR colours.
///
/// The only escape sequences it ever writes are SGR colour and attribute codes
/// (`ESC [ … m`); cell text has been cleaned of control characters by the canvas.
public enum FrameWriter {
    /// The rows as plain text, each exactly the canvas's width in display columns.
    public static func plain(_ canvas: Canvas) -> [String] {
        canvas.lines
    }

    /// The rows with SGR codes for a theme at a colour depth; each row ends with a reset.
    public static func ansi(_ canvas: Canvas, theme: Theme, depth: ColorDepth) -> [String] {
        var codes: [Style: String] = [:]
        return (0..<canvas.size.height).map { y in
            var line = ""
            var current: String?
            for x in 0..<canvas.size.width {
                let cell = canvas[x, y]
                guard !cell.isContinuation else { continue }
                let code = codes[cell.style] ?? sgr(cell.style, theme: theme, depth: depth)
                codes[cell.style] = code
                if code != current {
                    line += "\u{1B}[" + code + "m"
                    current = code
                }
                line += cell.text
            }
            return line + "\u{1B}[0m"
        }
    }

    /// The SGR parameters for a style: reset, attributes, foreground, background.
    public static func sgr(_ style: Style, theme: Theme, depth: ColorDepth) -> String {
        let look = theme.look(style, depth: depth)
        var codes = ["0"]
        if look.attributes.contains(.bold) { codes.append("1") }
        if look.attributes.contains(.dim) { codes.append("2") }
        if look.attributes.contains(.underline) { codes.append("4") }
        if look.attributes.contains(.reverse) { codes.append("7") }
        codes += colorCodes(look.foreground, foreground: true)
        codes += colorCodes(look.background, foreground: false)
        return codes.joined(separator: ";")
    }

    private static func colorCodes(_ color: TerminalColor, foreground: Bool) -> [String] {
        switch color {
        case .terminalDefault:
            return []
        case .palette(let index) where index < 8:
            return [String((foreground ? 30 : 40) + index)]
        case .palette(let index) where index < 16:
            return [String((foreground ? 90 : 100) + index - 8)]
        case .palette(let index):
            return [foreground ? "38" : "48", "5", String(index)]
        case .rgb(let r, let g, let b):
            return [foreground ? "38" : "48", "2", String(r), String(g), String(b)]
        }
    }
}

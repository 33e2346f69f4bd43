/// A screen with no data yet: the title bar and a few lines of message, centred — shown while
/// a relation loads, or while `--watch` waits for a broken file to be fixed.
public enum MessageScreen {
    /// The frame: `title` in the title bar, `lines` in the middle (the first one stressed),
    /// the loading progress from `chrome`, and how to quit.
    public static func render(
        size: Size, title: String, lines: [String], chrome: Chrome = Chrome(), symbols: SymbolSet = .braille
    ) -> Canvas {
        var canvas = Canvas(size: size)
        guard size.width >= Layout.minimumSize.width, size.height >= 4 else {
            TooSmallScreen.draw(&canvas, size: size)
            return canvas
        }
        let bar = Rect(x: 0, y: 0, width: size.width, height: 1)
        canvas.fill(bar, style: Style(.title, background: .selection, [.bold]))
        let glyphs = Glyphs.for(symbols)
        let separator = glyphs.titleDivider
        canvas.write(
            " ties\(separator)\(title)", x: 0, y: 0, style: Style(.title, background: .selection, [.bold]),
            limit: size.width)
        var body = lines
        if let loading = chrome.loading {
            let percent = loading.fraction.map { "\(Int(($0 * 100).rounded(.down)))%" } ?? "…"
            let rows = loading.rows > 0 ? "\(glyphs.separator)\(loading.rows.grouped) rows" : ""
            body.insert("Loading \(loading.what) \(percent)\(rows)", at: 0)
        }
        let quit = KeyTable.standard.label(for: .quit)
        let wrapped = body.flatMap { TextWrap.lines($0, width: size.width - 4) } + ["", "\(quit) quits"]
        let shown = wrapped.suffix(max(1, size.height - 2))
        let top = max(1, (size.height - shown.count) / 2)
        for (offset, line) in shown.enumerated() {
            let x = max(0, (size.width - DisplayWidth.of(line)) / 2)
            let style = offset == 0 ? Style(.title, [.bold]) : offset == shown.count - 1 ? Style(.muted) : Style(.text)
            canvas.write(line, x: x, y: top + offset, style: style, clip: canvas.bounds)
        }
        let status = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
        canvas.fill(status, style: Style(.text, background: .selection))
        return canvas
    }
}

import TiesModel

/// The top row: the program, the relation's title and date, the theme and symbols.
enum TitleBar {
    static func draw(_ canvas: inout Canvas, _ rect: Rect, state: ViewState, chrome: Chrome) {
        let style = Style(.title, background: .selection, [.bold])
        canvas.fill(rect, style: style)
        let asOf = DatePoint.day(state.relation.asOf).displayText
        let glyphs = Glyphs.for(state.symbols)
        let bar = glyphs.titleDivider
        let left = " ties\(bar)\(state.relation.title)\(bar)as of \(asOf)"
        let right: String
        if let loading = chrome.loading {
            let percent = loading.fraction.map { " \(Int(($0 * 100).rounded(.down)))%" } ?? ""
            right = "loading \(loading.what)\(percent)\(glyphs.separator)\(loading.rows.grouped) rows "
        } else {
            right = "theme \(state.themeName)\(glyphs.separator)\(state.symbols.rawValue) "
        }
        let used = canvas.write(left, x: rect.x, y: rect.y, style: style, limit: rect.width)
        let rightWidth = DisplayWidth.of(right)
        if used + rightWidth + 2 <= rect.width {
            canvas.write(right, x: rect.maxX - rightWidth, y: rect.y, style: Style(.muted, background: .selection))
        }
    }
}

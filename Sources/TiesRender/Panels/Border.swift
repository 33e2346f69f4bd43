/// Draws a panel's border with its title, in the focused or unfocused style.
enum Border {
    /// Draws a border around `rect`, a left title and a right title made of `info`'s parts.
    ///
    /// The parts come most important first (a count before a key hint) and are joined by the
    /// symbol set's separator; where they do not all fit, the last ones are left out whole, and
    /// only a first part that does not fit alone is cut.
    static func draw(
        _ canvas: inout Canvas, _ rect: Rect, title: String, info: [String] = [], focused: Bool,
        symbols: SymbolSet, background: Role = .background
    ) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let symbolGlyphs = Glyphs.for(symbols)
        let glyphs = focused ? symbolGlyphs.focusedBox : symbolGlyphs.box
        let style = Style(focused ? .focusedBorder : .border, background: background)
        let inner = String(repeating: glyphs.horizontal, count: rect.width - 2)
        canvas.write(glyphs.topLeft + inner + glyphs.topRight, x: rect.x, y: rect.y, style: style)
        canvas.write(glyphs.bottomLeft + inner + glyphs.bottomRight, x: rect.x, y: rect.maxY - 1, style: style)
        for y in rect.y + 1..<rect.maxY - 1 {
            canvas.write(glyphs.vertical, x: rect.x, y: y, style: style)
            canvas.write(glyphs.vertical, x: rect.maxX - 1, y: y, style: style)
        }
        let titleStyle = Style(focused ? .focusedBorder : .title, background: background, focused ? [.bold] : [])
        let titleText = TextWrap.truncate(" \(title) ", width: rect.width - 4, ellipsis: symbolGlyphs.ellipsis)
        let used = canvas.write(titleText, x: rect.x + 2, y: rect.y, style: titleStyle)
        let room = rect.width - 4 - used - 1
        var parts = info.filter { !$0.isEmpty }
        let separator = symbolGlyphs.separator
        while parts.count > 1, DisplayWidth.of(" \(parts.joined(separator: separator)) ") > room {
            parts.removeLast()
        }
        if !parts.isEmpty, room > 3 {
            let infoText = TextWrap.truncate(
                " \(parts.joined(separator: separator)) ", width: room, ellipsis: symbolGlyphs.ellipsis)
            canvas.write(
                infoText, x: rect.maxX - 2 - DisplayWidth.of(infoText), y: rect.y,
                style: Style(.muted, background: background))
        }
    }
}

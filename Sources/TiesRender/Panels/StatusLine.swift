/// The bottom row: the focused panel's name and its key hints, or the search prompt.
enum StatusLine {
    static func draw(_ canvas: inout Canvas, _ rect: Rect, state: ViewState, table: KeyTable) {
        let base = Style(.text, background: .selection)
        canvas.fill(rect, style: base)
        var x = rect.x
        x += canvas.write(
            " \(state.focus.name) ", x: x, y: rect.y,
            style: Style(.focusedBorder, background: .selection, [.bold, .reverse]))
        x += 1
        if let search = state.search, search.isEditing {
            let count = state.matches(search.text, in: search.panel).count
            x += canvas.write("/", x: x, y: rect.y, style: Style(.accent, background: .selection))
            x += canvas.write(search.text, x: x, y: rect.y, style: base, clip: rect)
            x += canvas.write(
                Glyphs.for(state.symbols).cursor, x: x, y: rect.y, style: Style(.accent, background: .selection),
                clip: rect)
            let note =
                search.text.isEmpty
                ? "  type to search \(search.panel.name)" : "  \(count) match\(count == 1 ? "" : "es")"
            let separator = Glyphs.for(state.symbols).separator
            canvas.write(
                note + "\(separator)Enter keep\(separator)Esc cancel", x: x, y: rect.y,
                style: Style(.muted, background: .selection), clip: rect)
            return
        }
        let hints = table.hints(for: state.focus)
        let fixed = hints.filter { $0.action == .toggleHelp || $0.action == .quit }
        let fixedWidth = fixed.reduce(0) { $0 + DisplayWidth.of($1.hintKeys) + DisplayWidth.of($1.hint ?? "") + 3 }
        var right = rect.maxX - fixedWidth
        guard right > x else { return }
        for binding in fixed {
            right += canvas.write(binding.hintKeys, x: right, y: rect.y, style: Style(.accent, background: .selection))
            right += canvas.write(
                " \(binding.hint ?? "")  ", x: right, y: rect.y, style: Style(.muted, background: .selection),
                clip: rect)
        }
        let limit = rect.maxX - fixedWidth
        for binding in hints where !fixed.contains(where: { $0.action == binding.action }) {
            let key = binding.hintKeys
            let word = binding.hint ?? ""
            let width = DisplayWidth.of(key) + 1 + DisplayWidth.of(word) + 2
            guard x + width <= limit else { break }
            x += canvas.write(key, x: x, y: rect.y, style: Style(.accent, background: .selection))
            x += canvas.write(" \(word)  ", x: x, y: rect.y, style: Style(.muted, background: .selection))
        }
    }
}

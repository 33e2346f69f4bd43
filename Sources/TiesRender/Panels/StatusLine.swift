/// The bottom row: the focused panel's name and its key hints (or the open overlay's), or
/// the search prompt. Every key it names comes from the key table.
enum StatusLine {
    static func draw(_ canvas: inout Canvas, _ rect: Rect, state: ViewState, table: KeyTable) {
        let base = Style(.text, background: .selection)
        canvas.fill(rect, style: base)
        var x = rect.x
        let name = state.focusedPanel?.shortName ?? state.focus.rawValue
        x += canvas.write(
            " \(name) ", x: x, y: rect.y, style: Style(.focusedBorder, background: .selection, [.bold, .reverse]))
        x += 1
        if let search = state.search, search.isEditing {
            drawSearch(&canvas, rect, x: x, search: search, state: state, table: table)
            return
        }
        if let notice = state.notice {
            // A notice takes the line: it answers the key just pressed.
            canvas.write(
                TextWrap.truncate(notice, width: rect.maxX - x - 1, ellipsis: Glyphs.for(state.symbols).ellipsis), x: x,
                y: rect.y, style: Style(.warning, background: .selection), clip: rect)
            return
        }
        if state.overlay == nil {
            if let search = state.search, !search.text.isEmpty {
                // On a match, where it is when the row does not show it.
                let matchPlace = state.matchPlace
                let hidden =
                    matchPlace == nil ? nil : state.panels.panel(search.panel)?.hiddenMatch(search.text, in: state)
                let place =
                    (matchPlace.map { "\($0.place)/\($0.count)" } ?? "\(search.matches.count.grouped) matches")
                    + (hidden.map { " in \($0)" } ?? "")
                x += canvas.write(
                    "\(table.label(for: .startSearch))\(search.text) \(place)  ", x: x, y: rect.y,
                    style: Style(.accent, background: .selection), clip: rect)
            }
        }
        let hints: [KeyTable.Binding]
        switch state.overlay {
        case .detail?: hints = table.hints(in: .detail)
        case .help?: hints = table.hints(in: .help)
        case .filter(let picker)?: hints = table.hints(in: picker.jumpsToYear ? .yearJump : .picker)
        case nil: hints = table.hints(for: state.focus).filter { $0.action.map(state.offers) ?? true }
        }
        let fixed = hints.filter { $0.action == .toggleHelp || $0.action == .quit }
        let fixedWidth = fixed.reduce(0) { $0 + width(of: $1) }
        var right = rect.maxX - fixedWidth
        guard right > x else { return }
        for binding in fixed { right += drawHint(&canvas, binding, x: right, y: rect.y, clip: rect) }
        let limit = rect.maxX - fixedWidth
        for binding in hints where !fixed.contains(where: { $0.action == binding.action }) {
            guard x + width(of: binding) <= limit else { break }
            x += drawHint(&canvas, binding, x: x, y: rect.y, clip: rect)
        }
    }

    private static func width(of binding: KeyTable.Binding) -> Int {
        DisplayWidth.of(binding.hintKeys) + 1 + DisplayWidth.of(binding.hint ?? "") + 2
    }

    private static func drawHint(_ canvas: inout Canvas, _ binding: KeyTable.Binding, x: Int, y: Int, clip: Rect) -> Int
    {
        var used = canvas.write(binding.hintKeys, x: x, y: y, style: Style(.accent, background: .selection), clip: clip)
        used += canvas.write(
            " \(binding.hint ?? "")  ", x: x + used, y: y, style: Style(.muted, background: .selection), clip: clip)
        return used
    }

    private static func drawSearch(
        _ canvas: inout Canvas, _ rect: Rect, x start: Int, search: Search, state: ViewState, table: KeyTable
    ) {
        var x = start
        let base = Style(.text, background: .selection)
        x += canvas.write(
            table.label(for: .startSearch), x: x, y: rect.y, style: Style(.accent, background: .selection))
        x += canvas.write(search.text, x: x, y: rect.y, style: base, clip: rect)
        x += canvas.write(
            Glyphs.for(state.symbols).cursor, x: x, y: rect.y, style: Style(.accent, background: .selection),
            clip: rect)
        let count = search.matches.count
        let panelName = state.panels.panel(search.panel)?.shortName ?? search.panel.rawValue
        let note =
            search.text.isEmpty ? "  type to search \(panelName)" : "  \(count.grouped) match\(count == 1 ? "" : "es")"
        let separator = Glyphs.for(state.symbols).separator
        let keep = table.label(for: .commitSearch, in: .searchTyping)
        let cancel = table.label(for: .back, in: .searchTyping)
        canvas.write(
            note + "\(separator)\(keep) keep\(separator)\(cancel) cancel", x: x, y: rect.y,
            style: Style(.muted, background: .selection), clip: rect)
    }
}

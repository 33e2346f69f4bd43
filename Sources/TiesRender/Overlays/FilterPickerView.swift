import TiesModel

/// The filter picker drawn over the dashboard: the facets as tabs (with how many values each
/// has chosen), the values of the one shown with their counts — chosen ones ticked, those
/// that would leave nothing dimmed — and what the draft would leave.
enum FilterPickerView {
    static func draw(_ canvas: inout Canvas, picker: FilterPicker, state: ViewState, table: KeyTable) {
        let rect = state.layout.overlay
        let inner = OverlayView.inner(rect)
        let glyphs = Glyphs.for(state.symbols)
        canvas.fill(rect, style: Style(background: .overlay))
        Border.draw(
            &canvas, rect, title: picker.jumpsToYear ? "Jump to a year" : "Filter the timeline",
            info: [
                picker.jumpsToYear
                    ? "\(table.label(for: .applyFilter, in: .yearJump)) jumps"
                    : "\(picker.wouldShow.counting("event")) would show"
            ],
            focused: true,
            symbols: state.symbols, background: .overlay)
        guard inner.height >= 3 else { return }
        var x = inner.x
        for facet in EventFilter.Facet.allCases where !picker.jumpsToYear || facet == .year {
            let count = picker.draft.values(of: facet).count
            let label = " \(facet.rawValue)\(count > 0 ? " (\(count))" : "") "
            let style =
                facet == picker.facet
                ? Style(.title, background: .overlay, [.bold, .reverse]) : Style(.muted, background: .overlay)
            x += canvas.write(label, x: x, y: inner.y, style: style, clip: inner) + 1
        }
        let choices = picker.choices
        let listTop = inner.y + 2
        let height = max(1, inner.maxY - listTop)
        let start = max(0, min(picker.cursor - height / 2, choices.count - height))
        if choices.isEmpty {
            canvas.write("No values.", x: inner.x, y: listTop, style: Style(.muted, background: .overlay), clip: inner)
        }
        let countWidth = max(1, choices.map { DisplayWidth.of($0.count.grouped) }.max() ?? 1)
        for (offset, choice) in choices.dropFirst(start).prefix(height).enumerated() {
            let y = listTop + offset
            let selected = start + offset == picker.cursor
            let role: Role = choice.count == 0 && !choice.isChosen ? .muted : .text
            let background: Role = selected ? .selection : .overlay
            let row = Rect(x: inner.x, y: y, width: inner.width, height: 1)
            canvas.fill(row, style: Style(background: background))
            let box =
                picker.jumpsToYear
                ? "" : choice.isChosen ? glyphs.chosen : glyphs.notChosen
            var used = canvas.write(
                (selected ? glyphs.selected : " ") + " \(box)", x: row.x, y: y,
                style: Style(choice.isChosen ? .accent : role, background: background, [.bold]), clip: row)
            let count = choice.count.grouped
            let labelWidth = max(1, row.width - used - countWidth - 2)
            used += canvas.write(
                TextWrap.truncate(choice.label, width: labelWidth, ellipsis: glyphs.ellipsis), x: row.x + used, y: y,
                style: Style(role, background: background, choice.isChosen ? [.bold] : []), clip: row)
            canvas.write(
                String(repeating: " ", count: countWidth - DisplayWidth.of(count)) + count,
                x: row.maxX - countWidth - 1, y: y, style: Style(.muted, background: background), clip: row)
        }
    }
}

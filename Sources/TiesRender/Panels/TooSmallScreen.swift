/// The screen shown when the terminal is smaller than the dashboard's minimum.
enum TooSmallScreen {
    static func draw(_ canvas: inout Canvas, size: Size) {
        let minimum = Layout.minimumSize
        let message =
            "terminal too small — need \(minimum.width)×\(minimum.height), have \(size.width)×\(size.height)"
        var lines = TextWrap.lines(message, width: max(1, size.width))
        lines.append("\(KeyTable.standard.label(for: .quit)) quits")
        let top = max(0, (size.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < size.height {
            let x = max(0, (size.width - DisplayWidth.of(line)) / 2)
            let style = offset == lines.count - 1 ? Style(.muted) : Style(.warning, [.bold])
            canvas.write(line, x: x, y: top + offset, style: style)
        }
    }
}

/// A message of up to three lines just above the status line, inside the panels' borders.
enum BannerView {
    static func draw(_ canvas: inout Canvas, _ banner: String, layout: Layout) {
        let width = max(1, layout.size.width - 4)
        let lines = TextWrap.lines(banner, width: width).prefix(3)
        let bottom = layout.statusLine.y - 1
        for (offset, line) in lines.enumerated() {
            let y = bottom - lines.count + offset
            canvas.writePadded(
                " \(line)", x: 1, y: y, width: layout.size.width - 2,
                style: Style(.warning, background: .overlay, [.bold]))
        }
    }
}

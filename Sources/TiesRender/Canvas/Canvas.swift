import TiesModel

/// A grid of styled cells that panels draw into; the only thing a widget touches.
///
/// Text written to a canvas is turned into what a terminal cell can hold (see ``DrawnText``:
/// control characters become placeholders, flags their letters), measured in display columns
/// as the C library measures them, and clipped: a wide character that would not fit is never split but
/// replaced by a space, and overwriting half of a wide character blanks the other half.
public struct Canvas: Hashable, Sendable {
    /// The size in cells.
    public let size: Size
    private var cells: [Cell]
    /// The runs of cells that link to web addresses, in the order they were drawn.
    public private(set) var links: [Hyperlink] = []

    /// Creates a canvas filled with blank cells.
    public init(size: Size, fill: Style = .plain) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        cells = Array(repeating: .blank(fill), count: self.size.width * self.size.height)
    }

    /// The whole canvas as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    /// The cell at a column and row; a blank cell outside the canvas.
    public subscript(x: Int, y: Int) -> Cell {
        guard bounds.contains(x: x, y: y) else { return .blank() }
        return cells[y * size.width + x]
    }

    /// Whether a row holds the same cells as the same row of another canvas of the same width.
    public func hasSameRow(_ y: Int, as other: Canvas) -> Bool {
        guard size.width == other.size.width, y >= 0, y < size.height, y < other.size.height else { return false }
        let range = (y * size.width)..<((y + 1) * size.width)
        return cells[range] == other.cells[range]
    }

    // MARK: - Writing

    /// Marks `width` columns from `(x, y)` as linking to `url` (clipped to the canvas); an
    /// address ``Hyperlink/isSafe(_:)`` refuses is not linked, its text stays as drawn.
    public mutating func link(_ url: String, x: Int, y: Int, width: Int, id: Int) {
        guard y >= 0, y < size.height, Hyperlink.isSafe(url) else { return }
        let start = max(0, x)
        let end = min(size.width, x + width)
        guard start < end else { return }
        links.append(Hyperlink(x: start, y: y, width: end - start, url: url, id: id))
    }

    /// Writes text from `(x, y)`, clipped to `limit` columns and to `clip`; returns columns written.
    @discardableResult
    public mutating func write(
        _ text: String, x: Int, y: Int, style: Style = .plain, limit: Int = .max, clip: Rect? = nil
    ) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        guard y >= area.y, y < area.maxY else { return 0 }
        let end = min(area.maxX, x + min(limit, size.width))
        var column = x
        // One pass over the characters, stopping at the end column: a megabyte of text costs
        // no more than the cells it fills.
        characters: for character in text {
            if column >= end { break }
            // Most characters are one printable scalar of width 1 or 2: drawn as they are,
            // without building pieces.
            var scalars = character.unicodeScalars.makeIterator()
            if let first = scalars.next(), scalars.next() == nil, !VisibleText.isControl(first),
                !DrawnText.isRegionalIndicator(first)
            {
                let width = first.isASCII ? 1 : DisplayWidth.of(first)
                if width > 0 {
                    if column + width > end {
                        if column < end && column >= area.x { put(Cell.blank(style), x: column, y: y) }
                        column = end
                        break characters
                    }
                    if column >= area.x { put(Cell(String(character), width: width, style: style), x: column, y: y) }
                    column += width
                    continue
                }
            }
            for piece in DrawnText.cells(of: character) {
                guard piece.width > 0 else {
                    appendCombining(piece.text, before: column, y: y, from: x)
                    continue
                }
                if column + piece.width > end {
                    if column < end && column >= area.x { put(Cell.blank(style), x: column, y: y) }
                    column = end
                    break characters
                }
                if column >= area.x { put(Cell(piece.text, width: piece.width, style: style), x: column, y: y) }
                column += piece.width
            }
        }
        return max(0, column - x)
    }

    /// Fills a rectangle with blank cells in a style.
    public mutating func fill(_ rect: Rect, style: Style) {
        let area = rect.intersection(bounds)
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { put(.blank(style), x: x, y: y) }
        }
    }

    /// Writes text padded with blanks to exactly `width` columns.
    public mutating func writePadded(_ text: String, x: Int, y: Int, width: Int, style: Style) {
        fill(Rect(x: x, y: y, width: width, height: 1), style: style)
        write(text, x: x, y: y, style: style, limit: width)
    }

    // MARK: - Reading

    /// The rows as plain text, each exactly `size.width` columns wide.
    public var lines: [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width where !self[x, y].isContinuation { line += self[x, y].text }
            return line
        }
    }

    // MARK: - Helpers

    /// Puts a cell, keeping wide characters whole: a half that is overwritten blanks its pair.
    private mutating func put(_ cell: Cell, x: Int, y: Int) {
        guard bounds.contains(x: x, y: y) else { return }
        // Whatever is drawn over a link ends it: a banner over an address is not a link.
        if !links.isEmpty { links.removeAll { $0.y == y && x >= $0.x - 1 && x < $0.x + $0.width } }
        let index = y * size.width + x
        if cells[index].isContinuation, x > 0 {
            cells[index - 1] = .blank(cells[index - 1].style)
        }
        if cells[index].width == 2, x + 1 < size.width {
            cells[index + 1] = .blank(cells[index + 1].style)
        }
        cells[index] = cell
        if cell.width == 2 {
            if x + 1 < size.width {
                if cells[index + 1].width == 2, x + 2 < size.width {
                    cells[index + 2] = .blank(cells[index + 2].style)
                }
                cells[index + 1] = Cell("", width: 0, style: cell.style)
            } else {
                cells[index] = .blank(cell.style)
            }
        }
    }

    /// Attaches zero-width marks to the character just written, if any (at most as many as a
    /// terminal cell holds).
    private mutating func appendCombining(_ marks: String, before column: Int, y: Int, from start: Int) {
        var target = column - 1
        while target >= start, target >= 0, self[target, y].isContinuation { target -= 1 }
        guard target >= start, bounds.contains(x: target, y: y) else { return }
        let index = y * size.width + target
        let room = DrawnText.markLimit + 1 - cells[index].text.unicodeScalars.count
        guard room > 0 else { return }
        cells[index].text.unicodeScalars.append(contentsOf: marks.unicodeScalars.prefix(room))
    }
}

/// A terminal screen as tmux's `capture-pane -p -e` reports it: each cell's character and
/// the colours and attributes its SGR codes gave it.
///
/// Used to check what a user would see: text drawn in the colour of its own background is
/// invisible, whatever the characters say.
public struct ColoredScreen: Sendable, Equatable {
    /// A colour as SGR sets it: the terminal's default, a palette index, or 24-bit.
    public enum Color: Hashable, Sendable {
        /// The terminal's own foreground or background.
        case terminalDefault
        /// A palette index, 0–255 (30–37/90–97 and 40–47/100–107 map to 0–15).
        case palette(Int)
        /// 24-bit colour.
        case rgb(Int, Int, Int)
    }

    /// One cell.
    public struct Cell: Hashable, Sendable {
        /// The character shown.
        public var character: Character
        /// The text colour, after reverse video is applied.
        public var foreground: Color
        /// The background colour, after reverse video is applied.
        public var background: Color
        /// Whether the text is bold.
        public var bold: Bool

        /// Whether the cell holds a character other than a space.
        public var isVisibleCharacter: Bool { !character.isWhitespace }
        /// Whether its text cannot be told from its background.
        public var isInvisible: Bool { foreground != .terminalDefault && foreground == background }
    }

    /// The rows of cells.
    public let rows: [[Cell]]

    /// Parses the lines of `capture-pane -p -e`, whose colour codes carry from one line to
    /// the next (tmux writes only what changes from the cell before, across line ends too).
    public init(capture lines: [String]) {
        var pen = Pen()
        rows = lines.map { Self.parse($0, pen: &pen) }
    }

    /// The cells that hold a visible character drawn in its own background's colour.
    public var invisibleCells: [(x: Int, y: Int, cell: Cell)] {
        rows.enumerated().flatMap { y, row in
            row.enumerated().compactMap { x, cell in
                cell.isVisibleCharacter && cell.isInvisible ? (x, y, cell) : nil
            }
        }
    }

    /// The number of cells that hold a visible character.
    public var visibleCellCount: Int { rows.reduce(0) { $0 + $1.count(where: \.isVisibleCharacter) } }

    private struct Pen {
        var foreground = Color.terminalDefault
        var background = Color.terminalDefault
        var bold = false
        var reverse = false
    }

    private static func parse(_ line: String, pen: inout Pen) -> [Cell] {
        var cells: [Cell] = []
        var scalars = line.unicodeScalars[...]
        var pending = ""
        func flush() {
            for character in pending {
                let (foreground, background) =
                    pen.reverse ? (pen.background, pen.foreground) : (pen.foreground, pen.background)
                cells.append(Cell(character: character, foreground: foreground, background: background, bold: pen.bold))
            }
            pending = ""
        }
        while let scalar = scalars.popFirst() {
            guard scalar == "\u{1B}" else {
                pending.unicodeScalars.append(scalar)
                continue
            }
            flush()
            guard scalars.first == "[" else {
                // Not CSI (e.g. OSC 8 from the program): skip to its terminator.
                while let next = scalars.popFirst(), next != "\u{07}", next != "\\" {}
                continue
            }
            scalars.removeFirst()
            var parameters = ""
            while let next = scalars.popFirst() {
                if next == "m" { break }
                parameters.unicodeScalars.append(next)
            }
            apply(parameters, to: &pen)
        }
        flush()
        return cells
    }

    private static func apply(_ parameters: String, to pen: inout Pen) {
        var codes = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }[...]
        if codes.isEmpty { codes = [0] }
        while let code = codes.popFirst() {
            switch code {
            case 0: pen = Pen()
            case 1: pen.bold = true
            case 22: pen.bold = false
            case 7: pen.reverse = true
            case 27: pen.reverse = false
            case 30...37: pen.foreground = .palette(code - 30)
            case 90...97: pen.foreground = .palette(code - 90 + 8)
            case 39: pen.foreground = .terminalDefault
            case 40...47: pen.background = .palette(code - 40)
            case 100...107: pen.background = .palette(code - 100 + 8)
            case 49: pen.background = .terminalDefault
            case 38, 48:
                let color: Color
                if codes.first == 5 {
                    codes.removeFirst()
                    color = .palette(codes.popFirst() ?? 0)
                } else if codes.first == 2 {
                    codes.removeFirst()
                    color = .rgb(codes.popFirst() ?? 0, codes.popFirst() ?? 0, codes.popFirst() ?? 0)
                } else {
                    color = .terminalDefault
                }
                if code == 38 { pen.foreground = color } else { pen.background = color }
            default: break
            }
        }
    }
}

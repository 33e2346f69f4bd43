/// One terminal cell: a grapheme (or nothing, under a wide character), its width, its style.
public struct Cell: Hashable, Sendable {
    /// The grapheme shown; empty for the right half of a wide character.
    public var text: String
    /// 1 for a normal cell, 2 for the left half of a wide character, 0 for its right half.
    public var width: Int
    /// How the cell looks.
    public var style: Style

    /// Creates a cell.
    public init(_ text: String, width: Int = 1, style: Style = .plain) {
        self.text = text
        self.width = width
        self.style = style
    }

    /// A blank cell in a style.
    public static func blank(_ style: Style = .plain) -> Cell { Cell(" ", style: style) }

    /// Whether this is the right half of a wide character.
    public var isContinuation: Bool { width == 0 }
}

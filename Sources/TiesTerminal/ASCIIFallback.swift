/// ASCII stand-ins for the characters ties draws, for terminals without a UTF-8 locale.
///
/// Without UTF-8, ncurses would draw every other character blank; a readable stand-in
/// (or `?` for text in other scripts) keeps the dashboard legible.
enum ASCIIFallback {
    private static let table: [Character: String] = [
        "─": "-", "│": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+", "╭": "+", "╮": "+", "╰": "+", "╯": "+",
        "–": "-", "—": "-", "·": ".", "…": "~", "→": ">", "←": "<", "↑": "^", "↓": "v", "▶": ">", "▷": "-",
        "◐": "~", "◷": "*", "▏": "_", "⣿": "#", "⡇": ":", "█": "#", "▉": "#", "▊": "#", "▋": "#", "▌": ":",
        "▍": ":", "▎": ":", "×": "x", "−": "-", "’": "'", "‘": "'", "“": "\"", "”": "\"", "␛": "^[",
        "\u{FFFD}": "?",
    ]

    /// The ASCII text for one cell's grapheme.
    static func text(for grapheme: String) -> String {
        guard let character = grapheme.first else { return " " }
        if character.isASCII { return String(character) }
        if let replacement = table[character] { return String(replacement.prefix(1)) }
        return "?"
    }
}

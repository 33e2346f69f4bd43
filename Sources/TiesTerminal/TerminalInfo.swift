@preconcurrency import CNcursesw

/// What terminfo says about a terminal type, read without touching any terminal.
public struct TerminalInfo: Sendable {
    /// The colours the terminal has (terminfo's `colors`); 0 when it has none.
    public let colors: Int
    /// Whether the terminal can move the cursor to any cell (terminfo's `cup`).
    public let isAddressable: Bool
    /// Whether the terminal has an alternate screen to draw on (terminfo's `smcup`), which
    /// gives the shell's screen back untouched on exit.
    public let hasAlternateScreen: Bool

    /// The description of a terminal type, or nil when terminfo does not know it.
    public init?(term: String) {
        var colors: Int32 = 0
        var addressable: Int32 = 0
        var alternate: Int32 = 0
        guard !term.isEmpty, ties_probe_terminal(term, &colors, &addressable, &alternate) == 1 else { return nil }
        self.colors = max(0, Int(colors))
        isAddressable = addressable != 0
        hasAlternateScreen = alternate != 0
    }
}

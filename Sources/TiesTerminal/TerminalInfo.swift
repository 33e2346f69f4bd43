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
    /// The bytes that give the screen back after a crash: reset attributes, leave keypad mode
    /// and the alternate screen, show the cursor.
    let restoreBytes: [UInt8]

    /// The description of a terminal type, or nil when terminfo does not know it.
    public init?(term: String) {
        var colors: Int32 = 0
        var addressable: Int32 = 0
        var alternate: Int32 = 0
        var restore = [CChar](repeating: 0, count: 256)
        var used = 0
        guard !term.isEmpty,
            ties_probe_terminal_restore(term, &colors, &addressable, &alternate, &restore, restore.count, &used) == 1
        else { return nil }
        self.colors = max(0, Int(colors))
        isAddressable = addressable != 0
        hasAlternateScreen = alternate != 0
        restoreBytes = restore.prefix(used).map { UInt8(bitPattern: $0) }
    }
}

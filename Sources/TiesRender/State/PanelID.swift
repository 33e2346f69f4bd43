/// The name of a panel: each panel type declares its own, so adding a panel adds a name.
public struct PanelID: Hashable, Sendable, RawRepresentable, CustomStringConvertible {
    /// The name, as `--focus` and tests write it: `trade`, `events`, `sectors`.
    public let rawValue: String

    /// Creates a panel name.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The name.
    public var description: String { rawValue }
}

/// The characters charts and borders are drawn with.
public enum SymbolSet: String, CaseIterable, Sendable {
    /// Braille dots: two steps per cell.
    case braille
    /// Block elements: eight steps per cell.
    case block
    /// Plain ASCII, for terminals without Unicode.
    case ascii
}

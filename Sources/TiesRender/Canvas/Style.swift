/// How a cell looks, in semantic terms: a foreground role, a background role, attributes.
///
/// Roles are resolved to colours by a ``Theme`` only when a frame is written, so changing
/// the theme never changes what is drawn, only how it is coloured.
public struct Style: Hashable, Sendable {
    /// The role whose colour the text takes.
    public var foreground: Role
    /// The role whose colour the cell's background takes.
    public var background: Role
    /// Bold, underline, reverse.
    public var attributes: Attributes

    /// Creates a style.
    public init(_ foreground: Role = .text, background: Role = .background, _ attributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// Plain text on the panel background.
    public static let plain = Style()

    /// The same style on another background.
    public func on(_ background: Role) -> Style {
        Style(foreground, background: background, attributes)
    }
}

/// Text attributes every terminal supports.
public struct Attributes: OptionSet, Hashable, Sendable {
    /// The bits.
    public let rawValue: UInt8

    /// Creates attributes from bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Bold or bright text.
    public static let bold = Attributes(rawValue: 1)
    /// Underlined text.
    public static let underline = Attributes(rawValue: 2)
    /// Foreground and background swapped.
    public static let reverse = Attributes(rawValue: 4)
    /// Dim text, where the terminal supports it.
    public static let dim = Attributes(rawValue: 8)
}

/// A named mapping of semantic roles to faces (colour and attributes).
///
/// A role a theme does not name falls back to the built-in default theme, so a user's theme
/// may set only the colours it cares about.
public struct Theme: Hashable, Sendable {
    /// Whether a theme is made for a dark or a light background.
    public enum Appearance: String, Hashable, Sendable, CaseIterable {
        /// Light text on a dark background.
        case dark
        /// Dark text on a light background.
        case light
    }

    /// The theme's name, e.g. `okabe-ito`.
    public var name: String
    /// A one-line description.
    public var summary: String
    /// The background the theme is made for.
    public var appearance: Appearance
    /// The faces the theme sets itself.
    public var faces: [Role: Face]
    /// The theme that supplies every role this one leaves out.
    public var fallback: [Role: Face]

    /// Creates a theme.
    public init(
        name: String, summary: String = "", appearance: Appearance = .dark, faces: [Role: Face],
        fallback: [Role: Face] = [:]
    ) {
        self.name = name
        self.summary = summary
        self.appearance = appearance
        self.faces = faces
        self.fallback = fallback
    }

    /// The theme as drawn on a terminal whose own background is `terminal` (nil: unknown).
    ///
    /// A theme that keeps the terminal's background but colours its text for the other kind
    /// (light greys on a light terminal) would be nearly invisible there: it paints the
    /// background it is made for instead, as a light theme always does. A theme whose text is
    /// the terminal's own colour (mono) suits any background and is left alone.
    public func painted(for terminal: Appearance?) -> Theme {
        guard let terminal, terminal != appearance, face(.background).color == .terminalDefault,
            face(.text).color != .terminalDefault
        else { return self }
        var theme = self
        theme.faces[.background] = Face(appearance == .dark ? .rgb(0x24, 0x29, 0x33) : .rgb(0xFB, 0xFB, 0xF9))
        return theme
    }

    /// The face for a role: the theme's own, the fallback's, or the terminal default.
    public func face(_ role: Role) -> Face {
        faces[role] ?? fallback[role] ?? Face()
    }
}

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

    /// The face for a role: the theme's own, the fallback's, or the terminal default.
    public func face(_ role: Role) -> Face {
        faces[role] ?? fallback[role] ?? Face()
    }
}

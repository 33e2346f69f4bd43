import TiesModel

/// A semantic colour role; a ``Theme`` gives each one a colour.
public enum Role: Hashable, Sendable, CaseIterable {
    /// The screen's background (`default` keeps the terminal's own).
    case background
    /// Ordinary text.
    case text
    /// Secondary text: dates, sources, hints.
    case muted
    /// Titles: the title bar, panel titles, headings.
    case title
    /// Borders of unfocused panels.
    case border
    /// The border and title of the focused panel.
    case focusedBorder
    /// The background of the selected row.
    case selection
    /// Highlights: key names in hints, search matches.
    case accent
    /// Rises and good news.
    case positive
    /// Falls and bad news.
    case negative
    /// Warnings: low confidence, partial periods, banners.
    case warning
    /// Disputed figures.
    case disputed
    /// Planned events (after the relation's date).
    case planned
    /// Fiscal-year periods.
    case fiscal
    /// The background of overlays (detail, help).
    case overlay
    /// A badge for an event kind.
    case kind(KindBadge)
    /// A badge for a sector status.
    case status(SectorStatus)
    /// The bars of a chart series: 0 turnover, 1 and 2 each direction.
    case series(Int)

    /// Every role, for themes and tests.
    public static let allCases: [Role] =
        [
            .background, .text, .muted, .title, .border, .focusedBorder, .selection, .accent, .positive,
            .negative, .warning, .disputed, .planned, .fiscal, .overlay,
        ] + KindBadge.allCases.map(Role.kind) + SectorStatus.allCases.map(Role.status) + (0..<3).map(Role.series)

    /// The key a theme file uses: `text`, `focused-border`, `kind.visit`, `status.growing`, `series.1`.
    public var key: String {
        switch self {
        case .background: "background"
        case .text: "text"
        case .muted: "muted"
        case .title: "title"
        case .border: "border"
        case .focusedBorder: "focused-border"
        case .selection: "selection"
        case .accent: "accent"
        case .positive: "positive"
        case .negative: "negative"
        case .warning: "warning"
        case .disputed: "disputed"
        case .planned: "planned"
        case .fiscal: "fiscal"
        case .overlay: "overlay"
        case .kind(let badge): "kind.\(badge.rawValue)"
        case .status(let status): "status.\(status.rawValue)"
        case .series(let index): "series.\(index)"
        }
    }

    /// The role a theme file key names, if any.
    public init?(key: String) {
        guard let role = Role.allCases.first(where: { $0.key == key }) else { return nil }
        self = role
    }
}

/// The event kinds that get their own badge; any other kind shows as `other`.
public enum KindBadge: String, CaseIterable, Sendable {
    /// An official visit.
    case visit
    /// An agreement, memorandum or contract.
    case agreement
    /// A forum or conference.
    case forum
    /// An intergovernmental commission.
    case commission
    /// A military exercise.
    case exercise
    /// A new transport route or shipment.
    case route
    /// A public statement.
    case statement
    /// A summit of leaders.
    case summit
    /// A commemoration or anniversary.
    case commemoration
    /// Any other kind.
    case other

    /// The badge for a kind word.
    public init(kind: String) {
        self = KindBadge(rawValue: kind.lowercased()) ?? .other
    }
}

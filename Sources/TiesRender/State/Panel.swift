/// The three panels of the dashboard, in focus order.
public enum Panel: Int, CaseIterable, Sendable, Hashable {
    /// Trade growth.
    case trade = 1
    /// The events timeline.
    case events = 2
    /// Cooperation sectors.
    case sectors = 3

    /// The name shown in titles, tabs and the status line.
    public var name: String {
        switch self {
        case .trade: "Trade"
        case .events: "Events"
        case .sectors: "Sectors"
        }
    }

    /// The panel after this one, wrapping around.
    public var next: Panel { Panel(rawValue: rawValue % 3 + 1) ?? .trade }
    /// The panel before this one, wrapping around.
    public var previous: Panel { Panel(rawValue: (rawValue + 1) % 3 + 1) ?? .trade }
}

/// The characters charts and borders are drawn with.
public enum SymbolSet: String, CaseIterable, Sendable {
    /// Braille dots: two steps per cell.
    case braille
    /// Block elements: eight steps per cell.
    case block
    /// Plain ASCII, for terminals without Unicode.
    case ascii

    /// The set after this one, wrapping around.
    public var next: SymbolSet {
        let all = SymbolSet.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }
}

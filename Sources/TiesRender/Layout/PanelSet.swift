/// The panels of the dashboard in focus order (their numbers), each with its place on screen.
///
/// A panel is one type conforming to ``DashboardPanel`` and one entry here: focus cycling,
/// number keys, tabs, clicks, directional focus, search and detail need nothing else.
public struct PanelSet: Sendable {
    /// Where a panel goes in the wide and medium layouts.
    public enum Place: Sendable {
        /// The main list: the bottom row of the wide layout, the right column of the medium one.
        case main
        /// Beside the other side panels: the top row of the wide layout (sharing its width by
        /// `wide`) and the left column of the medium one (sharing its height by `medium`).
        case side(wide: Int, medium: Int)
    }

    /// One panel and its place.
    public struct Entry: Sendable {
        /// The panel.
        public let panel: any DashboardPanel
        /// Its place.
        public let place: Place

        /// Creates an entry.
        public init(panel: any DashboardPanel, place: Place) {
            self.panel = panel
            self.place = place
        }
    }

    /// The entries, in focus order.
    public let entries: [Entry]

    /// Creates a set of panels.
    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// The panels of ties.
    public static let standard = PanelSet(entries: [
        Entry(panel: TradePanel(), place: .side(wide: 11, medium: 3)),
        Entry(panel: EventsPanel(), place: .main),
        Entry(panel: SectorsPanel(), place: .side(wide: 9, medium: 2)),
    ])

    /// The panel ids in focus order.
    public var ids: [PanelID] { entries.map(\.panel.id) }

    /// The panel with an id.
    public func panel(_ id: PanelID) -> (any DashboardPanel)? { entries.first { $0.panel.id == id }?.panel }

    /// The number of a panel (1 for the first).
    public func number(of id: PanelID) -> Int { (ids.firstIndex(of: id) ?? 0) + 1 }

    /// The panel after (`step` 1) or before (`step` -1) one, wrapping around.
    public func neighbour(of id: PanelID, step: Int) -> PanelID {
        let all = ids
        guard let index = all.firstIndex(of: id), !all.isEmpty else { return all.first ?? id }
        return all[((index + step) % all.count + all.count) % all.count]
    }
}

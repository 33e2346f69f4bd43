/// A search over the items of one panel, with its matches found once per change of text.
public struct Search: Hashable, Sendable {
    /// The text searched for.
    public var text: String
    /// Whether the user is still typing it.
    public var isEditing: Bool
    /// The panel searched.
    public var panel: PanelID
    /// The selection when the search started, restored when it is cancelled.
    public var origin: Int
    /// The items of the panel that match, in list order (ascending).
    public var matches: [Int] = []
}

/// The overlay drawn over the dashboard, if any.
public enum Overlay: Hashable, Sendable {
    /// The detail of the selected item, scrolled by a number of lines.
    case detail(scroll: Int)
    /// The key help, scrolled by a number of lines.
    case help(scroll: Int)
    /// The filter picker.
    case filter(FilterPicker)
}

import TiesModel

/// A panel of the dashboard: a list of items it draws into its rectangle, searches and
/// describes in detail.
///
/// Everything generic — focus, numbers, tabs, clicks, scrolling, search, the detail
/// overlay — works through this protocol, so a new panel is one new type (and one entry in
/// ``PanelSet``).
public protocol DashboardPanel: Sendable {
    /// The panel's name in code, `--focus` and tests.
    var id: PanelID { get }
    /// The title on its border, e.g. `Trade growth`.
    var title: String { get }
    /// The short name for tabs and the status line, e.g. `Trade`.
    var shortName: String { get }

    /// The number of items in the panel's list.
    func itemCount(in state: ViewState) -> Int
    /// The item selected when the dashboard opens or the data is reloaded without a match.
    func initialSelection(in state: ViewState) -> Int

    /// The number of rows the list takes (items plus any headings).
    func rowCount(in state: ViewState) -> Int
    /// The row an item is drawn on.
    func row(ofItem item: Int, in state: ViewState) -> Int
    /// The item on a row, if the row holds one.
    func item(atRow row: Int, in state: ViewState) -> Int?
    /// How many rows above an item belong with it (a year heading) when scrolling to it.
    func rowsKeptAbove(item: Int, in state: ViewState) -> Int
    /// The items a selection may rest on, ascending, when the view shows only some of them
    /// (one per period, say); nil when every item can be selected. Moving steps from stop to
    /// stop, and any other selection lands on the stop at or before it.
    func stops(in state: ViewState) -> [Int]?

    /// The rectangle of the scrolling list inside the panel's outer rectangle.
    func listArea(in rect: Rect, state: ViewState) -> Rect

    /// The items among `candidates` (all when nil) that match a search text, in order.
    func matches(_ query: String, among candidates: [Int]?, in state: ViewState) -> [Int]

    /// Draws the panel, border included, into its rectangle.
    func draw(_ canvas: inout Canvas, in rect: Rect, state: ViewState)

    /// The detail of an item, for the detail overlay.
    func detail(of item: Int, in state: ViewState) -> DetailContent

    /// The selected item as a citation names it (`c`, `o`), or nil when it has nothing to cite.
    func selectedCitable(in state: ViewState) -> CitableItem?

    /// Where the selected item is written (`E`), or nil when it is not in a file.
    func selectedLocation(in state: ViewState) -> FileLocation?

    /// The field the search matched in the selected item when its row does not show that
    /// field (`description`), for the status line; nil when the row shows the match.
    func hiddenMatch(_ query: String, in state: ViewState) -> String?
}

extension DashboardPanel {
    /// One row per item.
    public func rowCount(in state: ViewState) -> Int { itemCount(in: state) }
    /// Items are rows.
    public func row(ofItem item: Int, in state: ViewState) -> Int { item }
    /// Rows are items.
    public func item(atRow row: Int, in state: ViewState) -> Int? {
        row >= 0 && row < itemCount(in: state) ? row : nil
    }
    /// No headings.
    public func rowsKeptAbove(item: Int, in state: ViewState) -> Int { 0 }
    /// Every item can be selected.
    public func stops(in state: ViewState) -> [Int]? { nil }
    /// The first item.
    public func initialSelection(in state: ViewState) -> Int { 0 }
    /// Nothing to cite.
    public func selectedCitable(in state: ViewState) -> CitableItem? { nil }
    /// Not in a file.
    public func selectedLocation(in state: ViewState) -> FileLocation? { nil }
    /// Rows show what they match.
    public func hiddenMatch(_ query: String, in state: ViewState) -> String? { nil }
}

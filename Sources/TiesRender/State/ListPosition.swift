/// A selection in a scrolling list and the first row shown.
public struct ListPosition: Hashable, Sendable {
    /// The selected item's index; 0 in an empty list.
    public var selection = 0
    /// The first visible row.
    public var scroll = 0

    /// Creates a position at the top.
    public init(selection: Int = 0, scroll: Int = 0) {
        self.selection = selection
        self.scroll = scroll
    }

    /// Moves the selection within `count` items.
    public mutating func select(_ index: Int, count: Int) {
        selection = count == 0 ? 0 : min(max(0, index), count - 1)
    }

    /// Adjusts the scroll so row `row` (and `keep` rows above it) shows in `height` rows of `total`.
    public mutating func reveal(row: Int, above keep: Int = 0, height: Int, total: Int) {
        let height = max(1, height)
        if row - keep < scroll { scroll = max(0, row - keep) }
        if row >= scroll + height { scroll = row - height + 1 }
        scroll = min(max(0, scroll), max(0, total - height))
    }
}

import TiesModel

/// Everything a user can do; the view state changes only by applying one of these.
public enum Action: Hashable, Sendable {
    /// Focus the next panel.
    case focusNext
    /// Focus the previous panel.
    case focusPrevious
    /// Focus a panel by its number.
    case focus(Panel)
    /// Move the selection of the focused panel by a number of rows (negative is up).
    case move(Int)
    /// Move by one page down (positive) or up (negative).
    case page(Int)
    /// Move to the first item.
    case moveToStart
    /// Move to the last item.
    case moveToEnd
    /// Left/right: move between periods in the trade panel, or to the neighbouring panel.
    case horizontal(Int)
    /// Open the detail of the selected item.
    case openDetail
    /// Close the open overlay, cancel the search, or clear the filter — the first that applies.
    case back
    /// Start typing a search.
    case startSearch
    /// Replace the search text while typing.
    case searchText(String)
    /// Finish typing and keep the search.
    case commitSearch
    /// Jump to the next search match.
    case nextMatch
    /// Jump to the previous search match.
    case previousMatch
    /// Filter the timeline by the next event kind (cycling back to none).
    case cycleKindFilter
    /// Filter the timeline to the selected event's year, or clear that filter if it is set.
    case toggleYearFilter
    /// Filter the timeline to events containing the search text.
    case filterBySearch
    /// Show the selected sector's events, or jump the timeline to the selected period.
    case showInTimeline
    /// Show the next trade measure.
    case cycleMeasure
    /// Use the next theme.
    case cycleTheme
    /// Use the next symbol set.
    case cycleSymbols
    /// Use a symbol set (e.g. ASCII when the terminal has no UTF-8 locale).
    case useSymbols(SymbolSet)
    /// Open or close the help overlay.
    case toggleHelp
    /// Leave the program.
    case quit
    /// The terminal changed size.
    case resize(Size)
    /// A mouse click at a cell.
    case click(x: Int, y: Int)
    /// The mouse wheel: rows to scroll at a cell (negative is up).
    case scroll(x: Int, y: Int, rows: Int)
    /// A new relation was loaded (live reload); selections are kept where the item still exists.
    case reload(Relation)
    /// Show a banner (e.g. a reload diagnostic), or clear it with nil.
    case banner(String?)
}

import TiesModel

/// Everything a user can do; the view state changes only by applying one of these.
public enum Action: Hashable, Sendable {
    /// Focus the next panel.
    case focusNext
    /// Focus the previous panel.
    case focusPrevious
    /// Focus the panel with a number (1 is the first).
    case focusNumber(Int)
    /// Focus the panel to the left of the focused one, by the panels' places on screen.
    case focusLeft
    /// Focus the panel to the right of the focused one.
    case focusRight
    /// Move the selection of the focused panel by a number of items (negative is up);
    /// in an overlay, scroll it.
    case move(Int)
    /// Move by one page down (positive) or up (negative).
    case page(Int)
    /// Move to the first item.
    case moveToStart
    /// Move to the last item.
    case moveToEnd
    /// Open the detail of the selected item.
    case openDetail
    /// In the detail overlay: show the next (positive) or previous item of the panel.
    case stepDetail(Int)
    /// Close the open overlay, cancel the search, or clear the filter — the first that applies.
    case back
    /// Close the open overlay.
    case closeOverlay
    /// Start typing a search.
    case startSearch
    /// Replace the search text while typing.
    case searchText(String)
    /// Delete the last character of the search text (cancelling an empty search).
    case deleteSearchCharacter
    /// Clear the search text.
    case clearSearchText
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
    /// Show the selected sector's events, or the events of the selected trade period.
    case showInTimeline
    /// Show the next trade measure.
    case cycleMeasure
    /// Switch the trade panel between growth over time and composition by commodity.
    case toggleTradeView
    /// Show all periods, calendar ones only, fiscal ones only.
    case cyclePeriodKinds
    /// Switch the trade panel between growth and both directions with the balance.
    case toggleBalance
    /// Order the sectors as written, by status, by blockers, by name.
    case cycleSectorOrder
    /// Show or hide the news layer (events from GDELT) in the timeline.
    case toggleNews
    /// Open the filter picker.
    case openFilterPicker
    /// Open the year picker, to jump the timeline to a year.
    case openYearJump
    /// Open the selected item's source URL.
    case openSource
    /// Copy a citation of the selected item.
    case copyCitation
    /// Edit the relation file at the selected item.
    case editItem
    /// In the picker: show the next (or previous) facet.
    case stepFacet(Int)
    /// In the picker: choose the highlighted value, or drop it.
    case toggleChoice
    /// In the picker: clear every facet of the draft.
    case clearChoices
    /// In the picker: make the draft the timeline's filter.
    case applyFilter
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
}

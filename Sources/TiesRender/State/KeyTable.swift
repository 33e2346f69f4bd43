/// The one table of key bindings: the front end dispatches with it, help and hints show it.
///
/// Because help, the status line's hints and every key named on screen come from the same
/// entries that decide what a key does, none of them can drift from behaviour.
public struct KeyTable: Sendable {
    /// Where a binding applies, which is also how help groups it.
    public enum Scope: Hashable, Sendable {
        /// Everywhere outside overlays and search typing.
        case global
        /// Moving around, in every panel (and scrolling in overlays).
        case navigation
        /// Only when a panel has focus.
        case panel(PanelID)
        /// While the detail overlay is open.
        case detail
        /// While help is open.
        case help
        /// While the filter picker is open.
        case picker
        /// While the year jump (the year picker) is open.
        case yearJump
        /// While a search is being typed.
        case searchTyping
        /// The mouse.
        case mouse
    }

    /// One binding: keys, what they do, and how help and hints name them.
    public struct Binding: Sendable {
        /// The keys, first the one hints show.
        public var keys: [Key]
        /// The action; nil for entries only help shows (typing, the mouse).
        public var action: Action?
        /// Where the binding applies.
        public var scope: Scope
        /// What help says it does.
        public var help: String
        /// The short word the status line shows, or nil to leave it out of hints.
        public var hint: String?
        /// How the keys are written when not from `keys` (`1…9`, `click`).
        public var label: String?
        /// How a hint writes the keys when it stands for this binding and its pair (`←/→` for
        /// the previous and next period), where help lists each binding's own keys.
        public var hintLabel: String?

        /// Creates a binding.
        public init(
            _ keys: [Key], _ action: Action?, _ scope: Scope, help: String, hint: String? = nil, label: String? = nil,
            hintLabel: String? = nil
        ) {
            self.keys = keys
            self.action = action
            self.scope = scope
            self.help = help
            self.hint = hint
            self.label = label
            self.hintLabel = hintLabel
        }

        /// The keys as help shows them: `j/↓`.
        public var keyLabel: String { label ?? keys.map(\.label).joined(separator: "/") }

        /// The keys a hint shows: the label, or the first key.
        public var hintKeys: String { hintLabel ?? label ?? keys.first?.label ?? "" }
    }

    /// Every binding, in help order.
    public let bindings: [Binding]

    /// Creates a table.
    public init(bindings: [Binding]) {
        self.bindings = bindings
    }

    /// The bindings of ties.
    public static let standard = KeyTable(bindings: [
        Binding([.tab], .focusNext, .global, help: "focus the next panel"),
        Binding([.backTab], .focusPrevious, .global, help: "focus the previous panel"),
        Binding(
            (1...9).map { .character(Character(String($0))) }, nil, .global, help: "focus a panel by its number",
            label: "1…9"),
        Binding([.enter], .openDetail, .global, help: "detail of the selected item", hint: "detail"),
        Binding([.escape], .back, .global, help: "cancel the search, else clear the filters"),
        Binding([.character("/")], .startSearch, .global, help: "search the focused panel", hint: "search"),
        Binding([.character("n")], .nextMatch, .global, help: "next match"),
        Binding([.character("N")], .previousMatch, .global, help: "previous match"),
        Binding(
            [.character("f")], .openFilterPicker, .global,
            help: "filter the timeline: kinds, sectors, years, sources, confidence, with counts", hint: "filter"),
        Binding([.character("K")], .cycleKindFilter, .global, help: "filter the timeline by the next event kind"),
        Binding(
            [.character("Y")], .openYearJump, .global,
            help: "jump the timeline to a year (a picker of the years, with counts)"),
        Binding([.character("F")], .filterBySearch, .global, help: "filter the timeline to the search text"),
        Binding(
            [.character("w")], .toggleNews, .global, help: "show or hide the news layer (GDELT events) in the timeline",
            hint: "news"),
        Binding([.character("o")], .openSource, .global, help: "open the selected item's source in the browser"),
        Binding([.character("c")], .copyCitation, .global, help: "copy a citation of the selected item (OSC 52)"),
        Binding([.character("E")], .editItem, .global, help: "edit the relation file at the selected item"),
        Binding([.character("t")], .cycleTheme, .global, help: "next theme"),
        Binding([.character("s")], .cycleSymbols, .global, help: "next chart symbols"),
        Binding([.character("?")], .toggleHelp, .global, help: "help", hint: "help"),
        Binding([.character("q"), .control("c")], .quit, .global, help: "quit", hint: "quit"),

        Binding([.character("j"), .down], .move(1), .navigation, help: "down"),
        Binding([.character("k"), .up], .move(-1), .navigation, help: "up"),
        Binding([.pageDown, .control("f")], .page(1), .navigation, help: "page down"),
        Binding([.pageUp, .control("b")], .page(-1), .navigation, help: "page up"),
        Binding([.character("g"), .home], .moveToStart, .navigation, help: "first"),
        Binding([.character("G"), .end], .moveToEnd, .navigation, help: "last"),

        Binding(
            [.character("h"), .left], .move(-1), .panel(.trade), help: "previous period", hint: "period",
            hintLabel: "←/→"),
        Binding([.character("l"), .right], .move(1), .panel(.trade), help: "next period"),
        Binding(
            [.character("m")], .cycleMeasure, .panel(.trade), help: "next measure (turnover, each direction)",
            hint: "measure"),
        Binding(
            [.character("a")], .cyclePeriodKinds, .panel(.trade),
            help: "periods shown: all, calendar only, fiscal only", hint: "periods"),
        Binding(
            [.character("b")], .toggleBalance, .panel(.trade),
            help: "both directions of trade with the balance (again: growth)", hint: "balance"),
        Binding(
            [.character("v")], .toggleTradeView, .panel(.trade),
            help: "composition by commodity of the selected period (again: growth)", hint: "composition"),
        Binding(
            [.character("e")], .showInTimeline, .panel(.trade),
            help: "filter the timeline to the selected period's events",
            hint: "events"),
        Binding(
            [.character("y")], .toggleYearFilter, .panel(.events),
            help: "filter the timeline to the selected event's year (again: clear)", hint: "year"),
        Binding([.character("h"), .left], .focusLeft, .panel(.events), help: "focus the panel to the left"),
        Binding([.character("l"), .right], .focusRight, .panel(.events), help: "focus the panel to the right"),
        Binding(
            [.character("e")], .showInTimeline, .panel(.sectors), help: "show the sector's events in the timeline",
            hint: "events"),
        Binding(
            [.character("S")], .cycleSectorOrder, .panel(.sectors),
            help: "order the sectors: as written, by status, by blockers, by name", hint: "order"),
        Binding([.character("h"), .left], .focusLeft, .panel(.sectors), help: "focus the panel to the left"),
        Binding([.character("l"), .right], .focusRight, .panel(.sectors), help: "focus the panel to the right"),

        Binding([.character("j"), .down], .move(1), .detail, help: "scroll down"),
        Binding([.character("k"), .up], .move(-1), .detail, help: "scroll up"),
        Binding([.pageDown, .control("f"), .character(" ")], .page(1), .detail, help: "page down"),
        Binding([.pageUp, .control("b")], .page(-1), .detail, help: "page up"),
        Binding([.character("g"), .home], .moveToStart, .detail, help: "top"),
        Binding([.character("G"), .end], .moveToEnd, .detail, help: "bottom"),
        Binding(
            [.character("n"), .character("]")], .stepDetail(1), .detail, help: "next item of the panel", hint: "next"),
        Binding(
            [.character("p"), .character("[")], .stepDetail(-1), .detail, help: "previous item of the panel",
            hint: "previous"),
        Binding([.character("o")], .openSource, .detail, help: "open the item's source in the browser", hint: "open"),
        Binding([.character("c")], .copyCitation, .detail, help: "copy a citation of the item", hint: "copy"),
        Binding([.character("e")], .showInTimeline, .detail, help: "close, and show the sector's or period's events"),
        Binding([.escape, .character("q"), .enter], .closeOverlay, .detail, help: "close", hint: "close"),
        Binding([.control("c")], .quit, .detail, help: "quit"),

        Binding([.character("j"), .down], .move(1), .help, help: "scroll down"),
        Binding([.character("k"), .up], .move(-1), .help, help: "scroll up"),
        Binding([.pageDown, .control("f"), .character(" ")], .page(1), .help, help: "page down"),
        Binding([.pageUp, .control("b")], .page(-1), .help, help: "page up"),
        Binding([.character("g"), .home], .moveToStart, .help, help: "top"),
        Binding([.character("G"), .end], .moveToEnd, .help, help: "bottom"),
        Binding([.escape, .character("q"), .character("?")], .closeOverlay, .help, help: "close", hint: "close"),
        Binding([.control("c")], .quit, .help, help: "quit"),

        Binding([.character("j"), .down], .move(1), .picker, help: "next value"),
        Binding([.character("k"), .up], .move(-1), .picker, help: "previous value"),
        Binding([.pageDown, .control("f")], .page(1), .picker, help: "page down"),
        Binding([.pageUp, .control("b")], .page(-1), .picker, help: "page up"),
        Binding([.character("g"), .home], .moveToStart, .picker, help: "first value"),
        Binding([.character("G"), .end], .moveToEnd, .picker, help: "last value"),
        Binding([.tab, .character("l"), .right], .stepFacet(1), .picker, help: "next facet", hint: "facet"),
        Binding([.backTab, .character("h"), .left], .stepFacet(-1), .picker, help: "previous facet"),
        Binding([.character(" ")], .toggleChoice, .picker, help: "choose the value (again: drop it)", hint: "choose"),
        Binding([.character("x")], .clearChoices, .picker, help: "clear every facet", hint: "clear all"),
        Binding([.enter], .applyFilter, .picker, help: "apply the filter", hint: "apply"),
        Binding([.escape, .character("q")], .closeOverlay, .picker, help: "cancel", hint: "cancel"),
        Binding([.control("c")], .quit, .picker, help: "quit"),

        Binding([.character("j"), .down], .move(1), .yearJump, help: "next year"),
        Binding([.character("k"), .up], .move(-1), .yearJump, help: "previous year"),
        Binding([.pageDown, .control("f")], .page(1), .yearJump, help: "page down"),
        Binding([.pageUp, .control("b")], .page(-1), .yearJump, help: "page up"),
        Binding([.character("g"), .home], .moveToStart, .yearJump, help: "newest year"),
        Binding([.character("G"), .end], .moveToEnd, .yearJump, help: "oldest year"),
        Binding(
            [.enter, .character(" ")], .applyFilter, .yearJump, help: "jump to the year's first event", hint: "jump"),
        Binding([.escape, .character("q")], .closeOverlay, .yearJump, help: "cancel", hint: "cancel"),
        Binding([.control("c")], .quit, .yearJump, help: "quit"),

        Binding([], nil, .searchTyping, help: "add to the search; matches are selected as you type", label: "text"),
        Binding([.backspace], .deleteSearchCharacter, .searchTyping, help: "delete a character (on empty: cancel)"),
        Binding([.control("u")], .clearSearchText, .searchTyping, help: "clear the search text"),
        Binding(
            [.enter], .commitSearch, .searchTyping, help: "keep the search (n/N step through matches)", hint: "keep"),
        Binding([.escape], .back, .searchTyping, help: "cancel the search", hint: "cancel"),
        Binding([.control("c")], .quit, .searchTyping, help: "quit"),

        Binding([], nil, .mouse, help: "focus a panel and select a row (a tab in the narrow layout)", label: "click"),
        Binding([], nil, .mouse, help: "scroll the list or overlay under the pointer", label: "wheel"),
    ])

    /// The bindings that apply in a scope, most specific first.
    private func candidates(for key: Key, in scopes: [Scope]) -> Action? {
        for scope in scopes {
            if let binding = bindings.first(where: { $0.scope == scope && $0.keys.contains(key) }) {
                return binding.action ?? Self.numberAction(key)
            }
        }
        return nil
    }

    private static func numberAction(_ key: Key) -> Action? {
        guard case .character(let character) = key, let number = character.wholeNumberValue, number > 0 else {
            return nil
        }
        return .focusNumber(number)
    }

    /// The action a key triggers with a panel focused and no overlay; panel bindings win.
    public func action(for key: Key, focus: PanelID) -> Action? {
        candidates(for: key, in: [.panel(focus), .navigation, .global])
    }

    /// The action a key triggers in a modal scope (an overlay, search typing), if any.
    public func action(for key: Key, in scope: Scope) -> Action? {
        candidates(for: key, in: [scope])
    }

    /// The bindings shown as hints in the status line for a focused panel.
    public func hints(for focus: PanelID) -> [Binding] {
        let panel = bindings.filter { $0.hint != nil && $0.scope == .panel(focus) }
        let global = bindings.filter { $0.hint != nil && $0.scope == .global }
        return panel + global
    }

    /// The bindings shown as hints in a modal scope.
    public func hints(in scope: Scope) -> [Binding] {
        bindings.filter { $0.hint != nil && $0.scope == scope }
    }

    /// How the keys of an action are written (`e`, `Esc`), looked up in a scope and then
    /// among the general bindings; `?` when unbound, which a test forbids.
    public func label(for action: Action, in scope: Scope? = nil) -> String {
        let scopes = (scope.map { [$0] } ?? []) + [.global, .navigation]
        for scope in scopes {
            if let binding = bindings.first(where: { $0.scope == scope && $0.action == action }) {
                return binding.hintKeys
            }
        }
        return bindings.first { $0.action == action }?.hintKeys ?? "?"
    }

    /// The bindings grouped by scope, in help order, with the panels' names from `panelNames`.
    public var groups: [(scope: Scope, bindings: [Binding])] {
        var result: [(scope: Scope, bindings: [Binding])] = []
        for binding in bindings {
            if let index = result.firstIndex(where: { $0.scope == binding.scope }) {
                result[index].bindings.append(binding)
            } else {
                result.append((binding.scope, [binding]))
            }
        }
        return result
    }
}

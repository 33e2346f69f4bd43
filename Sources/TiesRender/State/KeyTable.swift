/// The one table of key bindings: the front end dispatches with it, help and hints show it.
///
/// Because help is generated from the same entries that decide what a key does, help
/// cannot drift from behaviour.
public struct KeyTable: Sendable {
    /// Where a binding applies, which is also how help groups it.
    public enum Scope: Hashable, Sendable {
        /// Everywhere.
        case global
        /// Moving around, in every panel.
        case navigation
        /// Only when a panel has focus.
        case panel(Panel)

        /// The heading in help.
        public var title: String {
            switch self {
            case .global: "Global"
            case .navigation: "Navigation"
            case .panel(let panel): panel.name
            }
        }
    }

    /// One binding: keys, what they do, and a short description.
    public struct Binding: Sendable {
        /// The keys, first the one hints show.
        public var keys: [Key]
        /// The action.
        public var action: Action
        /// Where the binding applies.
        public var scope: Scope
        /// What help says it does.
        public var help: String
        /// The short word the status line shows, or nil to leave it out of hints.
        public var hint: String?
        /// The keys the status line shows, when not just the first key (e.g. `←/→`).
        public var hintLabel: String? = nil
    }

    /// Every binding, in help order.
    public let bindings: [Binding]

    /// The bindings of ties.
    public static let standard = KeyTable(bindings: [
        Binding(keys: [.tab], action: .focusNext, scope: .global, help: "focus the next panel", hint: nil),
        Binding(keys: [.backTab], action: .focusPrevious, scope: .global, help: "focus the previous panel", hint: nil),
        Binding(keys: [.character("1")], action: .focus(.trade), scope: .global, help: "focus Trade", hint: nil),
        Binding(keys: [.character("2")], action: .focus(.events), scope: .global, help: "focus Events", hint: nil),
        Binding(keys: [.character("3")], action: .focus(.sectors), scope: .global, help: "focus Sectors", hint: nil),
        Binding(
            keys: [.enter], action: .openDetail, scope: .global, help: "detail of the selected item", hint: "detail"),
        Binding(
            keys: [.escape], action: .back, scope: .global, help: "close overlay, clear search or filter",
            hint: nil),
        Binding(keys: [.character("/")], action: .startSearch, scope: .global, help: "search", hint: "search"),
        Binding(keys: [.character("n")], action: .nextMatch, scope: .global, help: "next match", hint: nil),
        Binding(keys: [.character("N")], action: .previousMatch, scope: .global, help: "previous match", hint: nil),
        Binding(
            keys: [.character("f")], action: .cycleKindFilter, scope: .global,
            help: "filter the timeline by the next event kind", hint: "filter"),
        Binding(
            keys: [.character("F")], action: .filterBySearch, scope: .global,
            help: "filter the timeline to the search text", hint: nil),
        Binding(keys: [.character("t")], action: .cycleTheme, scope: .global, help: "next theme", hint: nil),
        Binding(keys: [.character("s")], action: .cycleSymbols, scope: .global, help: "next chart symbols", hint: nil),
        Binding(keys: [.character("?")], action: .toggleHelp, scope: .global, help: "help", hint: "help"),
        Binding(keys: [.character("q"), .control("c")], action: .quit, scope: .global, help: "quit", hint: "quit"),
        Binding(keys: [.character("j"), .down], action: .move(1), scope: .navigation, help: "down", hint: nil),
        Binding(keys: [.character("k"), .up], action: .move(-1), scope: .navigation, help: "up", hint: nil),
        Binding(keys: [.pageDown, .control("f")], action: .page(1), scope: .navigation, help: "page down", hint: nil),
        Binding(keys: [.pageUp, .control("b")], action: .page(-1), scope: .navigation, help: "page up", hint: nil),
        Binding(keys: [.character("g"), .home], action: .moveToStart, scope: .navigation, help: "first", hint: nil),
        Binding(keys: [.character("G"), .end], action: .moveToEnd, scope: .navigation, help: "last", hint: nil),
        Binding(
            keys: [.character("h"), .left], action: .horizontal(-1), scope: .panel(.trade),
            help: "previous period", hint: "period", hintLabel: "←/→"),
        Binding(
            keys: [.character("l"), .right], action: .horizontal(1), scope: .panel(.trade), help: "next period",
            hint: nil),
        Binding(
            keys: [.character("m")], action: .cycleMeasure, scope: .panel(.trade),
            help: "next measure (turnover, each direction)", hint: "measure"),
        Binding(
            keys: [.character("e")], action: .showInTimeline, scope: .panel(.trade),
            help: "jump the timeline to the selected period", hint: "events"),
        Binding(
            keys: [.character("y")], action: .toggleYearFilter, scope: .panel(.events),
            help: "filter the timeline to the selected event's year (again: clear)", hint: "year"),
        Binding(
            keys: [.character("h"), .left], action: .horizontal(-1), scope: .panel(.events),
            help: "focus the panel to the left", hint: nil),
        Binding(
            keys: [.character("l"), .right], action: .horizontal(1), scope: .panel(.events),
            help: "focus the panel to the right", hint: nil),
        Binding(
            keys: [.character("e")], action: .showInTimeline, scope: .panel(.sectors),
            help: "show the sector's events in the timeline", hint: "events"),
        Binding(
            keys: [.character("h"), .left], action: .horizontal(-1), scope: .panel(.sectors),
            help: "focus the panel to the left", hint: nil),
        Binding(
            keys: [.character("l"), .right], action: .horizontal(1), scope: .panel(.sectors),
            help: "focus the panel to the right", hint: nil),
    ])

    /// The action a key triggers with a panel focused, if any; panel bindings win over others.
    public func action(for key: Key, focus: Panel) -> Action? {
        let candidates = bindings.filter { $0.keys.contains(key) }
        return (candidates.first { $0.scope == .panel(focus) } ?? candidates.first { !$0.isPanelScoped })?.action
    }

    /// The bindings shown as hints in the status line for a focused panel.
    public func hints(for focus: Panel) -> [Binding] {
        bindings.filter { $0.hint != nil && ($0.scope == .panel(focus) || !$0.isPanelScoped) }
            .sorted { ($0.isPanelScoped ? 0 : 1) < ($1.isPanelScoped ? 0 : 1) }
    }

    /// The bindings grouped by scope, in help order.
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

extension KeyTable.Binding {
    /// Whether the binding applies in one panel only.
    public var isPanelScoped: Bool {
        if case .panel = scope { return true }
        return false
    }

    /// The keys the status line shows: the hint label, or the first key.
    public var hintKeys: String { hintLabel ?? keys[0].label }

    /// The keys as help shows them: `j/↓`.
    public var keyLabel: String { keys.map(\.label).joined(separator: "/") }
}

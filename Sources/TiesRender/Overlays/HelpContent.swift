/// The help text, generated from the key table the front end dispatches with.
enum HelpContent {
    /// The lines of help: a heading per scope, then one line per binding.
    static func lines(table: KeyTable, panels: PanelSet) -> [(text: String, style: Style)] {
        var lines: [(text: String, style: Style)] = []
        let keyWidth = table.bindings.map { DisplayWidth.of($0.keyLabel) }.max() ?? 8
        for group in table.groups {
            if !lines.isEmpty { lines.append(("", .plain)) }
            lines.append((title(of: group.scope, panels: panels), Style(.title, [.bold])))
            for binding in group.bindings {
                let padding = String(repeating: " ", count: max(1, keyWidth - DisplayWidth.of(binding.keyLabel) + 2))
                lines.append(("  \(binding.keyLabel)\(padding)\(binding.help)", .plain))
            }
        }
        return lines
    }

    /// The heading of a scope in help.
    static func title(of scope: KeyTable.Scope, panels: PanelSet) -> String {
        switch scope {
        case .global: "Global"
        case .navigation: "Navigation"
        case .panel(let id): panels.panel(id)?.shortName ?? id.rawValue
        case .detail: "In the detail overlay"
        case .help: "In help"
        case .picker: "In the filter picker"
        case .searchTyping: "While typing a search"
        case .mouse: "Mouse"
        }
    }
}

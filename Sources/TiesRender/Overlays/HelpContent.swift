/// The help text, generated from the key table the front end dispatches with.
enum HelpContent {
    /// The lines of help: a heading per scope, then one line per binding.
    static func lines(table: KeyTable, panels: PanelSet, width: Int = .max) -> [(text: String, style: Style)] {
        var lines: [(text: String, style: Style)] = []
        let keyWidth = table.bindings.map { DisplayWidth.of($0.keyLabel) }.max() ?? 8
        for group in table.groups {
            if !lines.isEmpty { lines.append(("", .plain)) }
            lines.append((title(of: group.scope, panels: panels), Style(.title, [.bold])))
            for binding in group.bindings {
                let padding = String(repeating: " ", count: max(1, keyWidth - DisplayWidth.of(binding.keyLabel) + 2))
                let lead = "  \(binding.keyLabel)\(padding)"
                // Descriptions wrap under themselves, never cut.
                let room = max(10, width - DisplayWidth.of(lead))
                let wrapped = TextWrap.lines(binding.help, width: room)
                for (index, part) in wrapped.enumerated() {
                    let prefix = index == 0 ? lead : String(repeating: " ", count: DisplayWidth.of(lead))
                    lines.append((prefix + part, .plain))
                }
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
        case .yearJump: "In the year jump"
        case .searchTyping: "While typing a search"
        case .mouse: "Mouse"
        }
    }
}

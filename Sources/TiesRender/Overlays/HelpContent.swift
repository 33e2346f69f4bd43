/// The help text, generated from the key table the front end dispatches with.
enum HelpContent {
    /// The lines of help: a heading per scope, then one line per binding.
    static func lines(table: KeyTable) -> [(text: String, style: Style)] {
        var lines: [(text: String, style: Style)] = []
        let keyWidth = table.bindings.map { DisplayWidth.of($0.keyLabel) }.max() ?? 8
        for group in table.groups {
            if !lines.isEmpty { lines.append(("", .plain)) }
            lines.append((group.scope.title, Style(.title, [.bold])))
            for binding in group.bindings {
                let padding = String(repeating: " ", count: max(1, keyWidth - DisplayWidth.of(binding.keyLabel) + 2))
                lines.append(("  \(binding.keyLabel)\(padding)\(binding.help)", .plain))
            }
        }
        lines += [
            ("", .plain), ("Mouse", Style(.title, [.bold])),
            ("  click: focus a panel and select a row · wheel: scroll", .plain),
        ]
        return lines
    }
}

import Foundation
import TiesModel
import TiesRender

/// The theme and chart symbols last used in the dashboard, kept between runs in
/// `$XDG_STATE_HOME/ties/settings` (by default `~/.local/state/ties/settings`), one
/// `key: value` per line. A file that cannot be read is a warning, never a reason not to start;
/// `ties --reset` forgets it.
struct RememberedSettings: Equatable {
    var theme: String?
    var symbols: SymbolSet?

    /// The file, from the environment.
    static func path(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return "\(state)/ties/settings" }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return "\(home)/.local/state/ties/settings"
    }

    /// What the file says; nil when there is none. A damaged file gives a warning on standard
    /// error and is ignored.
    static func load(environment: [String: String]) -> RememberedSettings? {
        guard let path = path(environment: environment), FileManager.default.fileExists(atPath: path) else {
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path), data.count < 4096,
            let text = String(data: data, encoding: .utf8)
        else {
            Output.error(["\(path): warning: the remembered settings cannot be read; they are ignored"])
            return nil
        }
        var settings = RememberedSettings()
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            let parts = trimmed.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            switch (parts.first, parts.count == 2 ? parts[1] : nil) {
            case ("theme", let value?) where !value.isEmpty:
                settings.theme = value
            case ("symbols", let value?) where SymbolSet(rawValue: value) != nil:
                settings.symbols = SymbolSet(rawValue: value)
            default:
                Output.error([
                    "\(path):\(number + 1):1: warning: \(FieldReading.quoted(trimmed)) is not a setting; it is ignored"
                ])
            }
        }
        return settings
    }

    /// Writes the settings; a failure is quietly left (they are a convenience).
    func save(environment: [String: String]) {
        guard let path = Self.path(environment: environment) else { return }
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var text =
            "# ties remembers the last theme and chart symbols here; delete the file (or run ties --reset) to forget them.\n"
        if let theme { text += "theme: \(theme)\n" }
        if let symbols { text += "symbols: \(symbols.rawValue)\n" }
        try? Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// Forgets the settings.
    static func reset(environment: [String: String]) {
        guard let path = path(environment: environment) else { return }
        try? FileManager.default.removeItem(atPath: path)
    }
}

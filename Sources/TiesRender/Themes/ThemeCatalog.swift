import Foundation
import TiesModel

/// The themes available: the built-in ones, compiled from `themes/`, and the user's own.
///
/// User themes live in `$XDG_CONFIG_HOME/ties/themes/` (or `~/.config/ties/themes/`); one
/// with a built-in theme's name replaces it. Every theme falls back to the built-in default
/// for the roles it leaves out.
public struct ThemeCatalog: Sendable {
    /// Where a theme came from.
    public enum Origin: Hashable, Sendable {
        /// Compiled into the binary from the package's `themes/` folder.
        case builtIn
        /// Read from a file.
        case file(String)
    }

    /// One available theme.
    public struct Entry: Sendable {
        /// The theme.
        public var theme: Theme
        /// Where it came from.
        public var origin: Origin
    }

    /// The themes in order: built-in ones first, then the user's, each by file name.
    public private(set) var entries: [Entry]
    /// Problems found in theme files: errors (those themes are left out) and warnings.
    public private(set) var diagnostics: [Diagnostic]

    /// The name of the theme used when none is chosen.
    public static let defaultName = "default"

    /// The faces of the built-in default theme, the fallback of every other theme.
    public static let defaultFaces: [Role: Face] = {
        let file = EmbeddedThemeFiles.files.first { $0.name == "\(defaultName).yaml" }
        return (try? ThemeLoader.load(text: file?.text ?? "", file: "default.yaml"))?.theme.faces ?? [:]
    }()

    /// The built-in `mono` theme: how every theme is drawn when there is no colour.
    public static let monoTheme: Theme = {
        let file = EmbeddedThemeFiles.files.first { $0.name == "mono.yaml" }
        let theme = try? ThemeLoader.load(text: file?.text ?? "", file: "mono.yaml", fallback: defaultFaces).theme
        return theme ?? Theme(name: "mono", faces: [:])
    }()

    /// The built-in themes only.
    public static func builtIn() -> ThemeCatalog {
        var catalog = ThemeCatalog(entries: [], diagnostics: [])
        for file in EmbeddedThemeFiles.files {
            do {
                let loaded = try ThemeLoader.load(
                    text: file.text, file: "<built-in>/\(file.name)", fallback: defaultFaces)
                catalog.entries.append(Entry(theme: loaded.theme, origin: .builtIn))
                catalog.diagnostics += loaded.warnings
            } catch {
                catalog.diagnostics += error.diagnostics
            }
        }
        let order = ["default", "light", "high-contrast", "okabe-ito", "mono"]
        catalog.entries.sort {
            (order.firstIndex(of: $0.theme.name) ?? 99) < (order.firstIndex(of: $1.theme.name) ?? 99)
        }
        return catalog
    }

    /// The built-in themes and those in the user's theme folder.
    public static func load(environment: [String: String]) -> ThemeCatalog {
        var catalog = builtIn()
        guard let folder = userFolder(environment: environment),
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder)
        else { return catalog }
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let path = (folder as NSString).appendingPathComponent(name)
            do {
                let loaded = try ThemeLoader.load(fileAt: path, fallback: defaultFaces)
                catalog.add(loaded.theme, origin: .file(path))
                catalog.diagnostics += loaded.warnings
            } catch {
                catalog.diagnostics += error.diagnostics
            }
        }
        return catalog
    }

    /// The user's theme folder: `$XDG_CONFIG_HOME/ties/themes` or `~/.config/ties/themes`.
    public static func userFolder(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
            return (config as NSString).appendingPathComponent("ties/themes")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return (home as NSString).appendingPathComponent(".config/ties/themes")
    }

    /// The theme with a name, if available.
    public func theme(named name: String) -> Theme? {
        entries.first { $0.theme.name == name }?.theme
    }

    /// The names of the available themes, in order.
    public var names: [String] { entries.map(\.theme.name) }

    /// Why `--theme` could not be resolved.
    public enum SelectionError: Error, Sendable, CustomStringConvertible {
        /// No theme has that name (and it does not look like a path).
        case unknownName(String, available: [String])
        /// The theme file could not be loaded.
        case unloadable(LoadFailure)

        /// A one-line message (the name shown safely).
        public var description: String {
            switch self {
            case .unknownName(let name, let available):
                "no theme named \(FieldReading.quoted(name)); available: \(available.joined(separator: ", "))"
                    + Suggestion.hint(for: name, in: available)
            case .unloadable(let failure):
                failure.description
            }
        }
    }

    /// Resolves `--theme`: a name in the catalog, or else a path to a theme file.
    ///
    /// A path is added to the catalog so theme cycling includes it.
    public mutating func select(_ nameOrPath: String) throws(SelectionError) -> Theme {
        if let theme = theme(named: nameOrPath) { return theme }
        let looksLikePath = nameOrPath.contains("/") || nameOrPath.hasSuffix(".yaml") || nameOrPath.hasSuffix(".yml")
        guard looksLikePath else { throw .unknownName(nameOrPath, available: names) }
        do {
            let loaded = try ThemeLoader.load(fileAt: nameOrPath, fallback: Self.defaultFaces)
            add(loaded.theme, origin: .file(nameOrPath))
            diagnostics += loaded.warnings
            return loaded.theme
        } catch {
            throw .unloadable(error)
        }
    }

    private mutating func add(_ theme: Theme, origin: Origin) {
        entries.removeAll { $0.theme.name == theme.name }
        entries.append(Entry(theme: theme, origin: origin))
    }
}

import ArgumentParser
import Foundation
import TiesModel
import TiesRender

/// The options that decide how the dashboard looks, shared by `ties` and `ties render`.
struct DisplayOptions: ParsableArguments {
    @Option(
        help: "A theme name (see 'ties themes') or the path of a theme file (default: the last used, else default).")
    var theme: String?

    @Option(help: "Colour: auto (when writing to a terminal and NO_COLOR is unset), always or never.")
    var color: ColorPreference = .auto

    @Option(help: "Chart symbols: braille, block or ascii (default: the last used, else braille).")
    var symbols: SymbolSet?

    /// The symbols to draw with: the option, else what was remembered, else braille.
    func chosenSymbols(remembered: RememberedSettings? = nil) -> SymbolSet {
        symbols ?? remembered?.symbols ?? .braille
    }

    /// The theme catalog with the chosen theme in it; a bad theme's diagnostics go to standard
    /// error. An unknown theme name is bad usage (64), a theme file that does not load 65 or 66.
    func themes(environment: [String: String], remembered: RememberedSettings? = nil) throws -> (ThemeCatalog, Theme) {
        var catalog = ThemeCatalog.load(environment: environment)
        // A remembered theme that is gone is forgotten quietly; a named one must exist.
        let name =
            theme ?? remembered?.theme.flatMap { catalog.names.contains($0) ? $0 : nil } ?? ThemeCatalog.defaultName
        do throws(ThemeCatalog.SelectionError) {
            let chosen = try catalog.select(name)
            Output.error(catalog.diagnostics.map(\.description))
            return (catalog, chosen)
        } catch {
            switch error {
            case .unknownName:
                throw ValidationError(error.description)
            case .unloadable(let failure):
                Output.error(failure.diagnostics.map(\.description))
                throw ExitStatus.status(for: failure)
            }
        }
    }
}

/// Warns, on standard error, about roles a user's theme would make invisible at a depth.
///
/// Built-in themes are kept visible at every depth by the test suite; ties corrects such
/// roles when drawing, but the author of a theme should know.
func warnAboutInvisibleRoles(_ theme: Theme, catalog: ThemeCatalog, depth: ColorDepth) {
    guard case .file(let path)? = catalog.entries.first(where: { $0.theme.name == theme.name })?.origin else { return }
    let roles = theme.invisibleRoles(at: depth).map(\.key)
    guard !roles.isEmpty else { return }
    Output.error([
        "\(VisibleText.sanitize(path)): warning: at \(depth.description) these roles would not show (same colour as"
            + " their background, or black on a dark theme), so they are drawn in the terminal's own colour: "
            + roles.joined(separator: ", ")
    ])
}

extension SymbolSet: ExpressibleByArgument {}

extension ColorPreference: ExpressibleByArgument {}

extension PanelID: ExpressibleByArgument {
    /// Parses a panel's name: `trade`, `events` or `sectors`.
    public init?(argument: String) {
        guard let id = PanelSet.standard.ids.first(where: { $0.rawValue == argument.lowercased() }) else {
            return nil
        }
        self = id
    }

    /// The accepted values, for help.
    public static var allValueStrings: [String] { PanelSet.standard.ids.map(\.rawValue) }
}

extension Size {
    /// The sizes `--size` accepts, in each direction.
    static let argumentRange = 1...1000

    /// Parses `WxH` or `W×H` (`120x40`, `80×24`), each from 1 to 1000, for `--size`.
    static func parse(_ argument: String) throws -> Size {
        let parts = argument.lowercased().split(separator: /[x×]/, omittingEmptySubsequences: false)
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            argumentRange.contains(width), argumentRange.contains(height)
        else {
            throw ValidationError(
                "expected a size WxH such as 120x40 (or 120×40), each from \(argumentRange.lowerBound) to"
                    + " \(argumentRange.upperBound), found \(FieldReading.quoted(argument))")
        }
        return Size(width: width, height: height)
    }
}

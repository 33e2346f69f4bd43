import ArgumentParser
import Foundation
import TiesRender

/// `ties themes`: lists the themes found and where each comes from.
struct Themes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the available themes and where each comes from.",
        discussion: "User themes are read from $XDG_CONFIG_HOME/ties/themes (or ~/.config/ties/themes)."
    )

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let catalog = ThemeCatalog.load(environment: environment)
        let width = (catalog.names.map(\.count).max() ?? 7) + 2
        for entry in catalog.entries {
            let name = entry.theme.name.padding(toLength: width, withPad: " ", startingAt: 0)
            let origin =
                switch entry.origin {
                case .builtIn: "built-in"
                case .file(let path): path
                }
            try Output.text("\(name)\(origin) — \(entry.theme.summary)\n")
        }
        if let folder = ThemeCatalog.userFolder(environment: environment) {
            try Output.text("user themes: \(folder)\n")
        }
        Output.error(catalog.diagnostics.map(\.description))
    }
}

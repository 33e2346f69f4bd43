import ArgumentParser

/// The `ties` command: a terminal dashboard for the relationship between two countries.
@main
struct Ties: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ties",
        abstract: "Follow the relationship between two countries: trade, events and cooperation.",
        discussion: """
            With no subcommand, shows the bundled Russia–Pakistan relation, or FILE.
            Exit status: 0 ok, 64 bad usage, 65 invalid data, 66 file cannot be read.
            """,
        subcommands: [DashboardCommand.self, Check.self, Export.self, Render.self, Themes.self],
        defaultSubcommand: DashboardCommand.self
    )
}

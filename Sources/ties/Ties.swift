import ArgumentParser

/// The `ties` command: a terminal dashboard for the relationship between two countries.
@main
struct Ties: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ties",
        abstract: "Follow the relationship between two countries: trade, events and cooperation.",
        discussion: """
            With no subcommand, shows the bundled Russia–Pakistan relation, or FILE.
            Exit status: 0 ok, 2 the terminal cannot be driven, 64 bad usage, 65 invalid data,
            66 a file cannot be read, 129/130/143 ended by SIGHUP/SIGINT/SIGTERM.
            """,
        subcommands: [DashboardCommand.self, Check.self, Export.self, Render.self, Themes.self],
        defaultSubcommand: DashboardCommand.self
    )
}

import ArgumentParser
import Foundation

/// The `ties` command: a terminal dashboard for the relationship between two countries.
@main
struct Ties: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ties",
        abstract: "Follow the relationship between two countries: trade, events and cooperation.",
        discussion: """
            With no subcommand, shows the bundled Russia–Pakistan relation, or FILE.

            Exit status: 0 ok, 2 the terminal cannot be driven, 64 bad usage, 65 invalid data, \
            66 a file cannot be read, 74 output could not be written, 129–143 ended by a signal \
            (128 + its number, after restoring the terminal).
            """,
        version: TiesVersion.current,
        subcommands: [DashboardCommand.self, Check.self, Export.self, Render.self, Import.self, Themes.self],
        defaultSubcommand: DashboardCommand.self
    )

    /// Runs the command; a write to standard error that failed turns success into 74.
    ///
    /// SIGPIPE is ignored so a closed pipe is a write error ties reports, not a silent death.
    static func main() {
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withError: error)
        }
        if Output.standardErrorFailed.load(ordering: .relaxed) { exit(withError: ExitStatus.writeFailed) }
    }
}

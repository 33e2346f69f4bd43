import ArgumentParser
import TiesModel

/// `ties [FILE]`: shows a relation. Until the terminal front end lands, prints its brief.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Show a relation: the bundled Russia–Pakistan one, or FILE."
    )

    @Argument(help: "A relation file; the bundled relation when omitted.")
    var file: String?

    func run() throws {
        do {
            print(MarkdownBrief(relation: try RelationInput.load(file)).render(), terminator: "")
        } catch {
            throw ExitStatus.status(for: error)
        }
    }
}

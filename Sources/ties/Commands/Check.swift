import ArgumentParser
import TiesModel

/// `ties check`: validates relation files and reports every problem found.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check relation files and print every problem, compiler-style.",
        discussion: """
            With no FILE, checks the bundled relation. Prints one 'ok:' line per valid file.

            Exit status: 0 all valid, 65 invalid data, 66 a file cannot be read.
            """
    )

    @OptionGroup var input: InputOptions

    @Argument(help: "Relation files (YAML or JSON) or events tables (.csv, .tsv) to check.")
    var files: [String] = []

    func run() throws {
        var worst: ExitCode = .success
        for path in files.isEmpty ? [nil] : files.map(Optional.some) {
            do {
                let relation = try RelationInput.load(path, input).relation
                let news = relation.events.newsCount
                let events =
                    news == 0
                    ? relation.events.count.counting("event")
                    : "\((relation.events.count - news).counting("event")) and \(news.counting("news event"))"
                try Output.text(
                    "ok: \(relation.title): \(events), "
                        + "\(relation.trade.figures.count.counting("trade figure")), "
                        + "\(relation.sectors.count.counting("sector")), \(relation.sources.count.counting("source"))\n"
                )
            } catch let failure as LoadFailure {
                let status = ExitStatus.status(for: failure)
                if worst == .success || status == ExitStatus.unreadable { worst = status }
            }
        }
        if worst != .success { throw worst }
    }
}

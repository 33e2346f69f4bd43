import ArgumentParser
import TiesModel

/// `ties export`: writes a relation as canonical JSON or as a Markdown brief.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a relation as canonical JSON, as YAML, or as a Markdown brief.",
        discussion: """
            JSON uses the relation-file format with sorted keys, so it loads back unchanged; YAML the \
            same format in the order a relation file is written.

            Exit status: 0 ok, 65 invalid data, 66 the file cannot be read.
            """
    )

    /// The formats `export` writes.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json
        case yaml
        case markdown
    }

    @Option(help: "Output format: json, yaml or markdown.")
    var format: Format = .markdown

    @OptionGroup var input: InputOptions

    @Argument(
        help: "A relation file (YAML or JSON) or an events table (.csv, .tsv); the bundled relation when omitted.")
    var file: String?

    func run() throws {
        let index: RelationIndex
        do {
            index = try RelationInput.index(file, input)
        } catch {
            throw ExitStatus.status(for: error)
        }
        switch format {
        case .json: try Output.text(try index.relation.canonicalJSON())
        case .yaml: try Output.text(try index.relation.yaml())
        case .markdown: try Output.text(MarkdownBrief(index: index).render())
        }
    }
}

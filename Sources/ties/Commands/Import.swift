import ArgumentParser
import Foundation
import TiesModel

/// `ties import comtrade|gdelt`: a relation file written from data downloads.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a relation file (YAML) from UN Comtrade or GDELT downloads for a pair of countries.",
        discussion: """
            The relation written opens in the dashboard and passes 'ties check'. A hand-written relation can \
            instead name such files itself (trade: {comtrade: [...]}, events: {gdelt: [...]}).

            Exit status: 0 ok, 64 bad usage, 65 invalid data, 66 a file cannot be read, 74 output could not \
            be written.
            """,
        subcommands: [ComtradeImport.self, GDELTImport.self]
    )
}

/// What both imports take: the files, the pair, where to write.
struct ImportOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The two countries, by the ISO alpha-3 codes the files use (e.g. RUS:PAK); they become the parties'"
                + " codes.", valueName: "A:B"),
        transform: ImportOptions.pair)
    var pair: Pair

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Write the relation to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    @OptionGroup var input: InputOptions

    @Argument(help: "The downloaded files.")
    var files: [String]

    /// Two alpha-3 codes.
    struct Pair {
        var first: String
        var second: String
    }

    static func pair(_ argument: String) throws -> Pair {
        let parts = argument.split(separator: ":", omittingEmptySubsequences: false).map { $0.uppercased() }
        guard parts.count == 2, parts[0] != parts[1],
            parts.allSatisfy({ Party.isAlpha3($0) })
        else {
            throw ValidationError(
                "expected two different ISO alpha-3 codes such as RUS:PAK, found \(FieldReading.quoted(argument))")
        }
        return Pair(first: parts[0], second: parts[1])
    }

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one downloaded file") }
    }

    /// Runs an import and writes its relation as YAML.
    func write(_ importing: () throws(LoadFailure) -> RelationLoader.Loaded) throws {
        let loaded: RelationLoader.Loaded
        do {
            loaded = try importing()
        } catch {
            Output.error(error.diagnostics.map(\.description))
            throw ExitStatus.status(for: error)
        }
        Output.error(loaded.warnings.map(\.description))
        let text = try loaded.relation.yaml()
        guard let output else {
            try Output.text(text)
            return
        }
        do {
            try Data(VisibleText.sanitize(text, keepingNewlines: true).utf8).write(
                to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            Output.error(["ties: cannot write \(FieldReading.quoted(output)): \(error.localizedDescription)"])
            throw ExitStatus.writeFailed
        }
    }
}

/// `ties import comtrade`.
struct ComtradeImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "comtrade",
        abstract: "Trade figures, mirror pairs and composition by HS chapter from UN Comtrade downloads.",
        discussion: """
            Reads both layouts of Comtrade downloads (the current 47 columns, the legacy 35), UTF-8 or \
            Windows-1252. Rows of other partners and flows (world totals, re-exports) are skipped and counted.
            """
    )

    @OptionGroup var options: ImportOptions

    func run() throws {
        try options.write { () throws(LoadFailure) in
            try RelationImport.comtrade(
                files: options.files, pair: (options.pair.first, options.pair.second), tables: options.input.tables)
        }
    }
}

/// `ties import gdelt`.
struct GDELTImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gdelt",
        abstract: "The pair's news events from GDELT event exports (1.0 and 2.0, .zip too).",
        discussion: """
            Keeps the rows whose two actors are the pair, either way round. Event data: The GDELT Project \
            (https://www.gdeltproject.org/).
            """
    )

    @OptionGroup var options: ImportOptions

    func run() throws {
        try options.write { () throws(LoadFailure) in
            try RelationImport.gdelt(
                files: options.files, pair: (options.pair.first, options.pair.second), tables: options.input.tables)
        }
    }
}

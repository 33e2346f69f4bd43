import Foundation
import TiesModel

/// Loads the relation a command works on: a file the user names, or the bundled one.
///
/// Warnings go to standard error; a failure's diagnostics are printed there too and the
/// failure is returned for the caller to turn into an exit status.
enum RelationInput {
    /// Loads `path` (`-` for standard input), or the embedded relation when nil, printing
    /// diagnostics to standard error.
    static func load(_ path: String?, _ input: InputOptions) throws(LoadFailure) -> RelationLoader.Loaded {
        let line = path.map { ProgressLine(reading: $0) }
        do throws(LoadFailure) {
            let loaded = try loadQuietly(path, input, progress: line?.progress)
            line?.finish()
            Output.error(loaded.warnings.map(\.description))
            return loaded
        } catch {
            line?.finish()
            Output.error(error.diagnostics.map(\.description))
            throw error
        }
    }

    /// Loads and indexes `path`, or the embedded relation, printing diagnostics.
    static func index(_ path: String?, _ input: InputOptions) throws(LoadFailure) -> RelationIndex {
        let loaded = try load(path, input)
        return RelationIndex(loaded.relation, locations: loaded.locations)
    }

    /// Loads without printing anything (for the dashboard, which shows problems itself).
    /// `progress` hears how far the reading of a file has got.
    static func loadQuietly(
        _ path: String?, _ input: InputOptions, progress: LoadProgress? = nil
    ) throws(LoadFailure) -> RelationLoader.Loaded {
        guard let path else { return try EmbeddedRelation.load() }
        return try RelationLoader.load(
            fileAt: path, limit: input.maxFileSize, tables: input.tables, progress: progress)
    }
}

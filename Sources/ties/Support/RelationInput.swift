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
        do throws(LoadFailure) {
            let loaded = try loadQuietly(path, input)
            Output.error(loaded.warnings.map(\.description))
            return loaded
        } catch {
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
    static func loadQuietly(_ path: String?, _ input: InputOptions) throws(LoadFailure) -> RelationLoader.Loaded {
        if let path { try RelationLoader.load(fileAt: path, limit: input.maxFileSize) } else { try EmbeddedRelation.load() }
    }
}

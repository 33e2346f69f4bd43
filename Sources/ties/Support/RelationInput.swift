import Foundation
import TiesModel

/// Loads the relation a command works on: a file the user names, or the bundled one.
///
/// Warnings go to standard error; a failure's diagnostics are printed there too and the
/// failure is returned for the caller to turn into an exit status.
enum RelationInput {
    /// Loads `path`, or the embedded relation when nil, printing diagnostics to standard error.
    static func load(_ path: String?) throws(LoadFailure) -> Relation {
        do throws(LoadFailure) {
            let loaded =
                if let path { try RelationLoader.load(fileAt: path) } else { try EmbeddedRelation.load() }
            StandardError.print(loaded.warnings.map(\.description))
            return loaded.relation
        } catch {
            StandardError.print(error.diagnostics.map(\.description))
            throw error
        }
    }
}

/// Writes lines to standard error.
enum StandardError {
    /// Prints each line, followed by a newline.
    static func print(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}

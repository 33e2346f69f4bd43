import Foundation
import Yams

/// Loads relation files, returning the relation with its warnings or every problem found.
public enum RelationLoader {
    /// A successfully loaded relation and the warnings it raised.
    public struct Loaded: Sendable {
        /// The relation.
        public var relation: Relation
        /// Problems that did not stop loading, such as unknown keys.
        public var warnings: [Diagnostic]
    }

    /// Loads the relation file at `path`; `displayName` names it in diagnostics.
    public static func load(fileAt path: String, displayName: String? = nil) throws(LoadFailure) -> Loaded {
        let name = displayName ?? path
        return try load(node: try DocumentReader.node(fromFileAt: path, displayName: name), file: name)
    }

    /// Loads a relation from text; `file` names it in diagnostics.
    public static func load(text: String, file: String) throws(LoadFailure) -> Loaded {
        try load(node: try DocumentReader.node(from: text, file: file), file: file)
    }

    /// Loads a relation from bytes; `file` names it in diagnostics.
    public static func load(data: Data, file: String) throws(LoadFailure) -> Loaded {
        try load(node: try DocumentReader.node(from: data, file: file), file: file)
    }

    static func load(node: Node, file: String) throws(LoadFailure) -> Loaded {
        let sink = DiagnosticSink(file: file)
        let relation = RelationDecoder(sink: sink).relation(node)
        let diagnostics = sink.sortedDiagnostics
        guard let relation, !sink.hasErrors else {
            throw LoadFailure(kind: .invalid, diagnostics: diagnostics)
        }
        return Loaded(relation: relation, warnings: diagnostics)
    }
}

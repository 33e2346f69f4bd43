/// Loads relation files, returning the relation with its warnings or every problem found.
public enum RelationLoader {
    /// A successfully loaded relation, the warnings it raised, and where its items are.
    public struct Loaded: Sendable {
        /// The relation.
        public var relation: Relation
        /// Problems that did not stop loading, such as unknown keys.
        public var warnings: [Diagnostic]
        /// Where each item starts in its file.
        public var locations: ItemLocations
    }

    /// Loads the relation file at `path` (`-` for standard input); `displayName` names it in
    /// diagnostics.
    public static func load(
        fileAt path: String, displayName: String? = nil, limit: Int = LoadLimits.defaultFileBytes
    ) throws(LoadFailure) -> Loaded {
        let root = try DocumentReader.root(fromFileAt: path, displayName: displayName, limit: limit)
        return try load(root: root)
    }

    /// Loads a relation from text; `file` names it in diagnostics.
    public static func load(text: String, file: String) throws(LoadFailure) -> Loaded {
        try load(root: try DocumentReader.root(text: text, file: file))
    }

    /// Loads a relation from bytes; `file` names it in diagnostics.
    public static func load(bytes: [UInt8], file: String) throws(LoadFailure) -> Loaded {
        try load(root: try DocumentReader.root(bytes: bytes, file: file))
    }

    static func load(root: FieldValue) throws(LoadFailure) -> Loaded {
        let sink = DiagnosticSink(file: root.location.file)
        let decoder = RelationDecoder(sink: sink)
        let relation = decoder.relation(root)
        let diagnostics = sink.sortedDiagnostics
        guard let relation, !sink.hasErrors else {
            throw LoadFailure(kind: .invalid, diagnostics: diagnostics)
        }
        return Loaded(relation: relation, warnings: diagnostics, locations: decoder.locations)
    }
}

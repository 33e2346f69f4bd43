import Foundation

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
    /// diagnostics. A `.csv`, `.tsv` or `.tab` file is read as a table on its own; a relation
    /// file's tables are read from beside it, with `tables` saying how.
    public static func load(
        fileAt path: String, displayName: String? = nil, limit: Int = LoadLimits.defaultFileBytes,
        tables: TableOptions = TableOptions(), progress: LoadProgress? = nil
    ) throws(LoadFailure) -> Loaded {
        let name = displayName ?? (FileInput.isStandardInput(path) ? FileInput.standardInputName : path)
        if TableRelation.isTable(path) {
            return try TableRelation.load(path: path, displayName: name, options: tables, progress: progress)
        }
        let root = try DocumentReader.root(fromFileAt: path, displayName: name, limit: limit)
        let folder = FileInput.isStandardInput(path) ? nil : (path as NSString).deletingLastPathComponent
        return try load(root: root, baseDirectory: folder, tables: tables, progress: progress)
    }

    /// Loads an events table held in memory as a relation, as `ties FILE.csv` does; `file`
    /// names it in diagnostics and gives the relation its title.
    public static func load(
        tableBytes bytes: [UInt8], file: String, tables: TableOptions = TableOptions()
    ) throws(LoadFailure) -> Loaded {
        try TableRelation.load(bytes: bytes, displayName: file, options: tables)
    }

    /// Loads a relation from text; `file` names it in diagnostics.
    /// Data files it names are read relative to the current folder, as `tables` says.
    public static func load(text: String, file: String, tables: TableOptions = TableOptions()) throws(LoadFailure)
        -> Loaded
    {
        try load(root: try DocumentReader.root(text: text, file: file), tables: tables)
    }

    /// Loads a relation from bytes; `file` names it in diagnostics.
    /// Data files it names are read relative to the current folder, as `tables` says.
    public static func load(bytes: [UInt8], file: String, tables: TableOptions = TableOptions()) throws(LoadFailure)
        -> Loaded
    {
        try load(root: try DocumentReader.root(bytes: bytes, file: file), tables: tables)
    }

    static func load(
        root: FieldValue, baseDirectory: String? = nil, tables: TableOptions = TableOptions(),
        progress: LoadProgress? = nil
    ) throws(LoadFailure) -> Loaded {
        let sink = DiagnosticSink(file: root.location.file)
        let decoder = RelationDecoder(sink: sink, baseDirectory: baseDirectory, tables: tables, progress: progress)
        let relation = decoder.relation(root)
        guard let relation, !sink.hasErrors else { throw sink.failure }
        return Loaded(relation: relation, warnings: sink.sortedDiagnostics, locations: decoder.locations)
    }
}

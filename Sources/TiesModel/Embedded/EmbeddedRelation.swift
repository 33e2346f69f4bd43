/// The relations compiled into the binary, read from the package's `relations/` folder.
public enum EmbeddedRelation {
    /// The name of the bundled relation file, as shown in diagnostics.
    public static let defaultFileName = "russia-pakistan.yaml"

    /// The text of the bundled Russia–Pakistan relation file.
    public static var text: String {
        EmbeddedRelationFiles.files.first { $0.name == defaultFileName }?.text ?? ""
    }

    /// Loads the bundled Russia–Pakistan relation.
    public static func load() throws(LoadFailure) -> RelationLoader.Loaded {
        try RelationLoader.load(text: text, file: "<embedded>/\(defaultFileName)")
    }
}

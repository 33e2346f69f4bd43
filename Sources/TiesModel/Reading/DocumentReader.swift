/// Reads a relation or theme document (YAML or JSON) into its root ``FieldValue``.
///
/// Shared by relation and theme loading: a file that cannot be opened, one over the size
/// limit, bytes that are not UTF-8, control characters, an empty document and YAML syntax
/// errors all become diagnostics with a location.
public enum DocumentReader {
    /// Reads and parses the file at `path` (`-` for standard input); `displayName` names it in
    /// diagnostics, and `advice` ends the message for a file over `limit`.
    public static func root(
        fromFileAt path: String, displayName: String? = nil, limit: Int = LoadLimits.defaultFileBytes,
        advice: String = FileInput.relationLimitAdvice
    ) throws(LoadFailure) -> FieldValue {
        let name = displayName ?? (FileInput.isStandardInput(path) ? FileInput.standardInputName : path)
        let bytes = try FileInput.bytes(of: path, displayName: name, limit: limit, advice: advice)
        return try root(text: try TextDecoding.utf8(bytes, file: name), file: name)
    }

    /// Parses bytes as a document; `file` names it in diagnostics.
    public static func root(bytes: [UInt8], file: String) throws(LoadFailure) -> FieldValue {
        try root(text: try TextDecoding.utf8(bytes, file: file), file: file)
    }

    /// Parses text as a document; `file` names it in diagnostics.
    public static func root(text: String, file: String) throws(LoadFailure) -> FieldValue {
        try TextDecoding.rejectControlCharacters(text, file: file)
        return try YAMLReader.root(text: text, file: file)
    }
}

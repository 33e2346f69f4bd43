/// A value read from a data file, with where it stands: text, a list, a record or nothing.
///
/// Every reader — a YAML document, a row of a delimited table — hands its values to the
/// decoders in this form, so the rules that check a relation are written once.
public struct FieldValue {
    /// What a value holds.
    public enum Content {
        /// Text; `plain` when it was written bare (a YAML plain scalar, a table cell), so that
        /// it may be read as a number or a word, and not when it was quoted.
        case text(String, plain: Bool)
        /// A list of values.
        case list([FieldValue])
        /// A record of named fields.
        case record(any FieldRecord)
        /// Nothing: an empty cell, `null`, `~`.
        case null
        /// Something the reader cannot take, with the reason (e.g. a YAML tag such as `!!binary`).
        case unsupported(String)
    }

    /// What the value holds.
    public var content: Content
    /// Where it stands in the file.
    public var location: FileLocation
    /// For a table cell, the character that separates the items of a list written in one
    /// cell (`;` in `energy;trade`); nil where lists have their own syntax.
    public var listSeparator: Character?

    /// Creates a value.
    public init(_ content: Content, at location: FileLocation, listSeparator: Character? = nil) {
        self.content = content
        self.location = location
        self.listSeparator = listSeparator
    }

    /// Whether the value is nothing.
    public var isNull: Bool {
        if case .null = content { return true }
        return false
    }

    /// The text, if the value is text.
    public var text: String? {
        if case .text(let text, _) = content { return text }
        return nil
    }
}

/// A record of named fields: a YAML mapping, a row of a table.
public protocol FieldRecord {
    /// Where the record starts.
    var location: FileLocation { get }
    /// Every field, in the order written: its name (as a value, since a YAML key may be
    /// anything) and its value.
    func entries() -> [(key: FieldValue, value: FieldValue)]
}

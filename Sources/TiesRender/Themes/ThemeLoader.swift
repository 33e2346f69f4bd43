import TiesModel

/// Reads theme files: a name, a summary, the background it is made for (`appearance: dark`
/// or `light`, dark when left out) and a `colors` mapping of role keys to faces.
///
/// A face is written as a colour (`#RRGGBB`, `0`–`255`, an ANSI name or `default`),
/// optionally followed by attributes: `"#88c0d0 bold"`, `"default reverse"`, or attributes
/// alone (`reverse`). An unknown role is a warning; a bad colour is an error.
public enum ThemeLoader {
    /// A loaded theme and the warnings its file raised.
    public struct Loaded: Sendable {
        /// The theme.
        public var theme: Theme
        /// Problems that did not stop loading, such as unknown roles.
        public var warnings: [Diagnostic]
    }

    /// The largest theme file read, in bytes: 1 MiB.
    public static let fileLimit = 1 << 20

    /// The fields of a theme file.
    enum Field: String, FieldName {
        case name, summary, appearance, colors
    }

    /// Loads a theme from text; roles it leaves out fall back to `fallback`.
    public static func load(text: String, file: String, fallback: [Role: Face] = [:]) throws(LoadFailure) -> Loaded {
        try decode(try DocumentReader.root(text: text, file: file), file: file, fallback: fallback)
    }

    /// Loads a theme file; roles it leaves out fall back to `fallback`.
    public static func load(fileAt path: String, fallback: [Role: Face] = [:]) throws(LoadFailure) -> Loaded {
        try decode(
            try DocumentReader.root(
                fromFileAt: path, limit: fileLimit, advice: "a theme is a few kilobytes, and this limit is fixed"),
            file: path, fallback: fallback)
    }

    static func decode(_ root: FieldValue, file: String, fallback: [Role: Face]) throws(LoadFailure) -> Loaded {
        let sink = DiagnosticSink(file: file)
        let read = FieldReading(sink: sink)
        var theme: Theme?
        if let map = read.record(root, "", fields: Field.self) {
            let name = map.required(.name, read.text)
            let summary = map.optional(.summary, read.text) ?? ""
            let appearance = map.optional(.appearance) {
                read.word($0, $1, as: Theme.Appearance.self, naming: "appearance")
            }
            let faces = map.required(.colors) { colors(read, $0, $1) }
            if let name, let faces {
                theme = Theme(
                    name: name, summary: summary, appearance: appearance ?? .dark, faces: faces, fallback: fallback)
            }
        }
        guard let theme, !sink.hasErrors else {
            throw LoadFailure(kind: .invalid, diagnostics: sink.sortedDiagnostics)
        }
        return Loaded(theme: theme, warnings: sink.sortedDiagnostics)
    }

    private static func colors(_ read: FieldReading, _ value: FieldValue, _ path: String) -> [Role: Face]? {
        let keys = Role.allCases.map(\.key)
        let entries = read.entries(value, path, expecting: "a mapping of roles to colours") {
            key, faceValue, facePath -> (Role, Face)? in
            let name = key.text ?? ""
            guard let role = Role(key: name) else {
                read.sink.warning(
                    "unknown role \(FieldReading.quoted(name)) is ignored" + Suggestion.hint(for: name, in: keys),
                    at: key, path: path)
                return nil
            }
            return face(read, faceValue, facePath).map { (role, $0) }
        }
        return entries.map { Dictionary($0, uniquingKeysWith: { _, last in last }) }
    }

    private static func face(_ read: FieldReading, _ value: FieldValue, _ path: String) -> Face? {
        guard let text = read.text(value, path) else { return nil }
        var face = Face()
        var sawColor = false
        for word in text.split(separator: " ") {
            if let attribute = Face.attributeNames.first(where: { $0.0 == word.lowercased() }) {
                face.attributes.insert(attribute.1)
            } else if !sawColor, let color = ThemeColor(parsing: String(word)) {
                face.color = color
                sawColor = true
            } else {
                read.sink.error(
                    "expected a colour (#RRGGBB, 0–255, an ANSI name or default) and optional attributes"
                        + " (bold, underline, reverse, dim), found \(FieldReading.quoted(String(word)))",
                    at: value, path: path)
                return nil
            }
        }
        return face
    }
}

/// A problem found in a data file, with where it is and what is wrong.
///
/// Printed compiler-style:
/// `relation.yaml:42:11: error: events[3].date: expected YYYY, … found "2024-13-01"`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Sendable {
        /// The file cannot be used.
        case error
        /// The file can be used, but something in it is probably a mistake.
        case warning
        /// Information about the other diagnostics, such as how many were left out.
        case note
    }

    /// How serious the problem is.
    public var severity: Severity
    /// The file's name as the user gave it.
    public var file: String
    /// The line, counting from 1.
    public var line: Int
    /// The column, counting from 1, in Unicode scalars.
    public var column: Int
    /// The place in the document, e.g. `events[3].date`; empty for the whole file.
    public var path: String
    /// What is wrong.
    public var message: String

    /// Creates a diagnostic.
    public init(
        severity: Severity, file: String, line: Int, column: Int, path: String, message: String
    ) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
    }

    /// Where the problem is.
    public var location: FileLocation { FileLocation(file: file, line: line, column: column) }

    /// The compiler-style line, safe for a terminal: the file's name and the message have
    /// their control characters shown as placeholders (values in messages are already quoted).
    public var description: String {
        let place = path.isEmpty ? "" : "\(VisibleText.sanitize(path)): "
        return "\(VisibleText.sanitize(file)):\(line):\(column): \(severity.rawValue): \(place)"
            + VisibleText.sanitize(message)
    }
}

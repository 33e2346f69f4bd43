/// Why a relation or theme file could not be loaded.
public struct LoadFailure: Error, Sendable, CustomStringConvertible {
    /// The class of failure, which decides the exit status.
    public enum Kind: Sendable {
        /// The file is missing, a directory, or cannot be read (exit 66).
        case unreadable
        /// The file was read but its content is not valid (exit 65).
        case invalid
    }

    /// The class of failure.
    public var kind: Kind
    /// Every problem found, errors and warnings, in file order.
    public var diagnostics: [Diagnostic]

    /// Creates a failure.
    public init(kind: Kind, diagnostics: [Diagnostic]) {
        self.kind = kind
        self.diagnostics = diagnostics
    }

    /// The diagnostics, one per line.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

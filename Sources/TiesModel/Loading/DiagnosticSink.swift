import Yams

/// Collects the diagnostics of one file while its node tree is read.
///
/// Readers report into the sink and carry on, so one load reports every problem at once.
public final class DiagnosticSink {
    /// The file's name as shown in diagnostics.
    public let file: String
    /// What has been reported so far.
    public private(set) var diagnostics: [Diagnostic] = []

    /// Creates an empty sink for a file.
    public init(file: String) {
        self.file = file
    }

    /// Whether any error (not only warnings) has been reported.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Reports an error at a node.
    public func error(_ message: String, at node: Node?, path: String) {
        report(.error, message, at: node?.mark, path: path)
    }

    /// Reports a warning at a node.
    public func warning(_ message: String, at node: Node?, path: String) {
        report(.warning, message, at: node?.mark, path: path)
    }

    /// Reports a problem at a position in the file.
    public func report(_ severity: Diagnostic.Severity, _ message: String, at mark: Mark?, path: String) {
        diagnostics.append(
            Diagnostic(
                severity: severity, file: file, line: mark?.line ?? 1, column: mark?.column ?? 1,
                path: path, message: message))
    }

    /// The diagnostics ordered by position in the file, stably.
    public var sortedDiagnostics: [Diagnostic] {
        diagnostics.enumerated().sorted {
            ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset)
        }.map(\.element)
    }
}

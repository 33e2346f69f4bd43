/// Collects the diagnostics of one load while its values are read.
///
/// Readers report into the sink and carry on, so one load reports every problem at once.
/// A sink keeps at most ``limit`` diagnostics and counts the rest, so a file with a million
/// bad rows costs no more than one with a hundred.
public final class DiagnosticSink {
    /// The file's name as shown in diagnostics.
    public let file: String
    /// The most diagnostics kept; later ones are only counted.
    public let limit: Int
    /// What has been reported and kept so far.
    public private(set) var diagnostics: [Diagnostic] = []
    /// How many errors were reported, kept or not.
    public private(set) var errorCount = 0
    /// How many diagnostics were reported beyond the limit and not kept.
    public private(set) var droppedCount = 0

    /// Creates an empty sink for a file.
    public init(file: String, limit: Int = LoadLimits.diagnostics) {
        self.file = file
        self.limit = limit
    }

    /// Whether any error (not only warnings) has been reported.
    public var hasErrors: Bool { errorCount > 0 }

    /// Whether a file could not be read at all (recorded by ``absorbUnreadable(_:)``).
    public private(set) var hasUnreadable = false

    /// The failure of a load that reported errors: unreadable when a file could not be read,
    /// else invalid, with every diagnostic.
    public var failure: LoadFailure {
        LoadFailure(kind: hasUnreadable ? .unreadable : .invalid, diagnostics: sortedDiagnostics)
    }

    /// Adds the diagnostics of a file that could not be read.
    public func absorbUnreadable(_ failure: LoadFailure) {
        if failure.kind == .unreadable { hasUnreadable = true }
        absorb(failure.diagnostics)
    }

    /// Reports an error at a value.
    public func error(_ message: String, at value: FieldValue?, path: String) {
        report(.error, message, at: value?.location, path: path)
    }

    /// Reports a warning at a value.
    public func warning(_ message: String, at value: FieldValue?, path: String) {
        report(.warning, message, at: value?.location, path: path)
    }

    /// Reports an error at a location.
    public func error(_ message: String, at location: FileLocation?, path: String) {
        report(.error, message, at: location, path: path)
    }

    /// Reports a warning at a location.
    public func warning(_ message: String, at location: FileLocation?, path: String) {
        report(.warning, message, at: location, path: path)
    }

    /// Reports a problem at a position in the file (the file's start when nil).
    public func report(_ severity: Diagnostic.Severity, _ message: String, at location: FileLocation?, path: String) {
        if severity == .error { errorCount += 1 }
        guard diagnostics.count < limit else {
            droppedCount += 1
            return
        }
        let place = location ?? .start(of: file)
        diagnostics.append(
            Diagnostic(
                severity: severity, file: place.file, line: place.line, column: place.column, path: path,
                message: message))
    }

    /// Adds diagnostics found elsewhere (e.g. in a table a relation names).
    public func absorb(_ other: [Diagnostic]) {
        for diagnostic in other {
            report(
                diagnostic.severity, diagnostic.message,
                at: FileLocation(file: diagnostic.file, line: diagnostic.line, column: diagnostic.column),
                path: diagnostic.path)
        }
    }

    /// Adds everything another sink collected, its count of dropped diagnostics included.
    public func absorb(_ other: DiagnosticSink) {
        absorb(other.diagnostics)
        // Errors the other sink counted but did not keep.
        errorCount += other.errorCount - other.diagnostics.filter { $0.severity == .error }.count
        droppedCount += other.droppedCount
    }

    /// The diagnostics ordered by file and position, stably, followed by a count of those
    /// beyond the limit.
    public var sortedDiagnostics: [Diagnostic] {
        var fileRanks: [String: Int] = [file: 0]
        for diagnostic in diagnostics where fileRanks[diagnostic.file] == nil {
            fileRanks[diagnostic.file] = fileRanks.count
        }
        var sorted = diagnostics.enumerated().sorted {
            let a = (fileRanks[$0.element.file] ?? 0, $0.element.line, $0.element.column, $0.offset)
            let b = (fileRanks[$1.element.file] ?? 0, $1.element.line, $1.element.column, $1.offset)
            return a < b
        }.map(\.element)
        if droppedCount > 0 {
            sorted.append(
                Diagnostic(
                    severity: .note, file: file, line: 1, column: 1, path: "",
                    message: "\(droppedCount.grouped) more problems not shown (\(limit) shown)"))
        }
        return sorted
    }
}

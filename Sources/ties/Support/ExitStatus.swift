import ArgumentParser
import TiesModel

/// The exit statuses `ties` documents, after BSD's sysexits.
enum ExitStatus {
    /// Invalid data in a relation or theme file (EX_DATAERR).
    static let invalidData = ExitCode(65)
    /// A file that cannot be read (EX_NOINPUT).
    static let unreadable = ExitCode(66)
    /// Output that could not be written: standard output or error closed or full (EX_IOERR).
    static let writeFailed = ExitCode(74)

    /// The status for a load failure.
    static func status(for failure: LoadFailure) -> ExitCode {
        switch failure.kind {
        case .unreadable: unreadable
        case .invalid: invalidData
        }
    }
}

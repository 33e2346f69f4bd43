import ArgumentParser
import Foundation
import Synchronization
import TiesModel
import TiesTerminal

/// Everything ties writes to standard output and standard error goes through here.
///
/// Text is made safe for a terminal first (control characters and bidirectional controls
/// shown as placeholders, see ``VisibleText``); frames are written as they are, since a frame
/// holds only ties' own colour codes around text the canvas has already made safe. Writes use
/// `write(2)` and report failure: a closed or full standard output ends the command with
/// status 74 and a message on standard error; a failed write to standard error turns a success
/// into status 74 at the end. A closed pipe (`ties export | head`) ends it quietly with 141, as
/// if by SIGPIPE.
enum Output {
    /// A write that did not happen.
    struct Failure: Error {
        /// The `errno` of the failed write.
        let code: Int32
    }

    /// Set when something could not be written to standard error.
    static let standardErrorFailed = Atomic<Bool>(false)

    /// Writes text from data (and ties' own words) to standard output, made safe.
    static func text(_ text: String) throws {
        try standardOutput(VisibleText.sanitize(text, keepingNewlines: true))
    }

    /// Writes the lines of a frame to standard output, each ended by a newline.
    static func frame(_ lines: [String]) throws {
        try standardOutput(lines.joined(separator: "\n") + "\n")
    }

    /// Writes lines to standard error, made safe; a failure is remembered, never fatal.
    static func error(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        let text = lines.map { VisibleText.sanitize($0) }.joined(separator: "\n") + "\n"
        if (try? write(text, to: STDERR_FILENO)) == nil { standardErrorFailed.store(true, ordering: .relaxed) }
    }

    private static func standardOutput(_ text: String) throws {
        do {
            try write(text, to: STDOUT_FILENO)
        } catch let failure as Failure {
            if failure.code == EPIPE { throw ExitCode(141) }
            error(["ties: cannot write to standard output: \(String(cString: strerror(failure.code)))"])
            throw ExitStatus.writeFailed
        }
    }

    /// Writes all of a text to a descriptor, retrying when interrupted.
    static func write(_ text: String, to descriptor: Int32) throws {
        if let code = DescriptorWrite.all(Array(text.utf8), to: descriptor) { throw Failure(code: code) }
    }
}

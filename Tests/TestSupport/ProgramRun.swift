import Foundation

/// Runs the `ties` binary that `swift test` built.
public enum ProgramRun {
    /// The path of the `ties` binary that `swift test` built next to the tests.
    public static var tiesBinary: String {
        Bundle.main.bundleURL.appending(path: "ties").path(percentEncoded: false)
    }

    /// Runs `ties` with arguments (and extra environment variables) and waits for it.
    public static func ties(
        _ arguments: [String], environment: [String: String] = [:], standardInput: Data = Data(),
        directory: String? = nil
    ) throws -> Subprocess.Result {
        try Subprocess.run(
            tiesBinary, arguments, environment: ProcessInfo.processInfo.environment.merging(environment) { $1 },
            standardInput: standardInput, directory: directory)
    }
}

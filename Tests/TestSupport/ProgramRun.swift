import Foundation

/// The outcome of running the built `ties` binary once.
public struct ProgramRun: Sendable {
    /// The exit status.
    public var status: Int32
    /// Everything written to standard output.
    public var standardOutput: String
    /// Everything written to standard error.
    public var standardError: String

    /// The path of the `ties` binary that `swift test` built next to the tests.
    public static var tiesBinary: String {
        Bundle.main.bundleURL.appending(path: "ties").path(percentEncoded: false)
    }

    /// Runs `ties` with arguments and waits for it to finish.
    public static func ties(
        _ arguments: [String], environment: [String: String] = [:], standardInput: Data? = nil
    ) throws -> ProgramRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tiesBinary)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        let error = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = input
        try process.run()
        if let standardInput { input.fileHandleForWriting.write(standardInput) }
        try input.fileHandleForWriting.close()
        // Read both pipes to the end before waiting, so a large output cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        group.enter()
        DispatchQueue.global().async {
            errorData = error.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return ProgramRun(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self))
    }
}

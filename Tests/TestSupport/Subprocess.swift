import Foundation

/// Runs a program and waits for it, with `posix_spawn` and `waitpid`.
///
/// Not Foundation's `Process`: its exit monitoring can wait on descriptors a grandchild
/// inherits (a tmux server) and has been seen to hang when tests start programs in parallel.
/// Output goes to temporary files, so a large output cannot block the child.
public enum Subprocess {
    /// What a finished program left behind.
    public struct Result: Sendable {
        /// The exit status, or 128 + the signal that ended it.
        public var status: Int32
        /// Everything written to standard output.
        public var standardOutput: String
        /// Everything written to standard error.
        public var standardError: String
    }

    /// Runs `executable` (a path, or a name looked up in `PATH`) with arguments.
    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil,
        standardInput: Data = Data(), directory: String? = nil
    ) throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appending(path: "ties-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appending(path: "in").path
        let output = folder.appending(path: "out").path
        let error = folder.appending(path: "err").path
        try standardInput.write(to: URL(fileURLWithPath: input))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, error, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        let variables = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        // A working directory is set by a shell that changes into it and then execs the program.
        let command =
            directory.map { ["/bin/sh", "-c", "cd \"$1\" && shift && exec \"$@\"", "sh", $0, executable] }
            ?? [executable]
        let argv = (command + arguments).map { strdup($0) } + [nil]
        let envp = variables.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, command[0], &actions, nil, argv, envp)
        guard spawned == 0 else { throw SpawnError(executable: executable, code: spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        func read(_ path: String) -> String {
            String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data(), as: UTF8.self)
        }
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(status: exitStatus, standardOutput: read(output), standardError: read(error))
    }

    /// A program that could not be started.
    public struct SpawnError: Error, CustomStringConvertible {
        /// The program.
        public let executable: String
        /// The `posix_spawn` error number.
        public let code: Int32
        /// A readable message.
        public var description: String { "cannot start \(executable): \(String(cString: strerror(code)))" }
    }
}

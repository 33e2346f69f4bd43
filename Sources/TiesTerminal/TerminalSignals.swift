import Glibc
import Synchronization

/// The last termination signal received, or 0.
///
/// The handler only stores the number: everything else (restoring the terminal, exiting)
/// happens in the input loop, which the signal wakes because the handlers are installed
/// without `SA_RESTART`.
let receivedSignal = Atomic<Int32>(0)

/// Installs and removes the handlers for the signals that end the dashboard.
enum TerminalSignals {
    /// The signals handled, each ending the program with status 128 + its number after the
    /// terminal is restored: interrupt, terminate, hang-up, quit (Ctrl-\\), the two user
    /// signals, an alarm, and a broken pipe. Crashes are handled apart (`CTerminalRescue`).
    static let handled: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE]

    /// Installs the handlers.
    static func install() {
        for signal in handled {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in receivedSignal.store(number, ordering: .relaxed) }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
    }

    /// Restores the default handlers (SIGPIPE stays ignored, as the command line has it, so a
    /// closed pipe is a write error).
    static func restore() {
        for signal in handled {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = signal == SIGPIPE ? SIG_IGN : SIG_DFL
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, nil)
        }
    }

    /// The signal received since the last call, if any.
    static func take() -> Int32? {
        let number = receivedSignal.exchange(0, ordering: .relaxed)
        return number == 0 ? nil : number
    }
}

import Foundation
import Synchronization
import TiesModel

/// A line on standard error saying how far a long load has got, redrawn ten times a second
/// while it runs — only when standard error is a terminal, and only once the load has taken
/// longer than a moment, so small files and redirected output see nothing.
final class ProgressLine: Sendable {
    /// The progress the load reports into.
    let progress = LoadProgress()
    private let what: String
    private let running = Atomic<Bool>(true)
    private let shown: Bool
    private let done = DispatchSemaphore(value: 0)

    /// Starts showing progress for reading `what`, if standard error is a terminal.
    init(reading what: String) {
        self.what = VisibleText.sanitize(what)
        shown = isatty(STDERR_FILENO) == 1
        guard shown else { return }
        let thread = Thread { [self] in self.show() }
        thread.start()
    }

    /// Stops and erases the line; returns when it is gone.
    func finish() {
        running.store(false, ordering: .relaxed)
        if shown { done.wait() }
    }

    private func show() {
        var drawn = false
        let start = Date()
        while running.load(ordering: .relaxed) {
            usleep(100_000)
            guard running.load(ordering: .relaxed), Date().timeIntervalSince(start) > 0.3 else { continue }
            let percent = progress.fraction.map { " \(Int(($0 * 100).rounded(.down)))%" } ?? ""
            let rows = progress.rows > 0 ? " · \(progress.rows.grouped) rows" : ""
            try? Output.write("\r\u{1B}[Kreading \(what)\(percent)\(rows)", to: STDERR_FILENO)
            drawn = true
        }
        if drawn { try? Output.write("\r\u{1B}[K", to: STDERR_FILENO) }
        done.signal()
    }
}

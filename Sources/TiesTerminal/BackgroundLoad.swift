import Foundation
import Synchronization
import TiesModel

/// A relation loaded and indexed on a thread of its own, so the input loop never waits.
///
/// The loop polls ``take()``; while the work runs, ``progress`` says how far it got.
public final class BackgroundLoad: Sendable {
    /// How far the load has got.
    let progress = LoadProgress()
    private let outcome = Mutex<Result<DashboardApp.Loaded, LoadFailure>?>(nil)

    /// What a load does, given its progress to report into.
    public typealias Work = @Sendable (LoadProgress) throws(LoadFailure) -> DashboardApp.Loaded

    /// Starts the work on a new thread with a large stack (deep documents recurse).
    init(_ work: @escaping Work) {
        let thread = Thread { [self] in
            let result: Result<DashboardApp.Loaded, LoadFailure>
            do throws(LoadFailure) {
                result = .success(try work(self.progress))
            } catch {
                result = .failure(error)
            }
            self.outcome.withLock { $0 = result }
        }
        thread.stackSize = 64 << 20
        thread.start()
    }

    /// The outcome once the work has ended (once; later calls return nil).
    func take() -> Result<DashboardApp.Loaded, LoadFailure>? {
        outcome.withLock { value in
            defer { value = nil }
            return value
        }
    }
}

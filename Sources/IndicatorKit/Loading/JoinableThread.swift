#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A thread that runs one closure and is waited for with `join()`: the second half of a large
/// CSV read (`NumericCSV`) and the font warm-up beside it (`indicators plot`). A plain thread,
/// not a Dispatch work item, so it starts at once whatever the pool is doing.
package final class JoinableThread: @unchecked Sendable {
    private var thread = pthread_t()
    private let body: () -> Void

    /// Starts `body` on a new thread; nil when the system refuses one (the caller then does the
    /// work itself).
    package init?(_ body: @escaping () -> Void) {
        self.body = body
        let context = Unmanaged.passRetained(self).toOpaque()
        guard pthread_create(&thread, nil, { context in
            let me = Unmanaged<JoinableThread>.fromOpaque(context!).takeRetainedValue()
            me.body()
            return nil
        }, context) == 0 else {
            Unmanaged<JoinableThread>.fromOpaque(context).release()
            return nil
        }
    }

    /// Waits for the closure to return (call once).
    package func join() {
        pthread_join(thread, nil)
    }
}

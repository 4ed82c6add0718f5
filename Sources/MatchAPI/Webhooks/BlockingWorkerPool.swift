import Foundation
import Synchronization

/// A fixed set of dedicated threads that run blocking jobs in FIFO order.
///
/// `curl_easy_perform` and `getaddrinfo` block their thread for seconds; doing
/// that on Swift's cooperative pool (one thread per core, two here) would stall
/// every other task in the server. The pool's size is also the cap on
/// concurrent transfers: extra jobs wait in the queue, not on extra threads.
/// The threads exit when the pool is deallocated and the queue has drained.
final class BlockingWorkerPool: Sendable {
    /// A unit of blocking work.
    typealias Job = @Sendable () -> Void

    /// Queue and wake-up signal shared with the worker threads, which must not
    /// keep the pool itself alive (its deinit is what stops them).
    private final class Shared: Sendable {
        let queue = Mutex<(jobs: [Job], closed: Bool)>(([], false))
        let available = DispatchSemaphore(value: 0)
    }

    private let shared = Shared()
    private let threadCount: Int

    /// Starts `threadCount` threads named `name-1`, `name-2`, …
    init(threadCount: Int, name: String) {
        precondition(threadCount > 0, "a worker pool needs at least one thread")
        self.threadCount = threadCount
        for index in 1...threadCount {
            let thread = Thread { [shared] in Self.work(shared) }
            thread.name = "\(name)-\(index)"
            thread.start()
        }
    }

    deinit {
        shared.queue.withLock { $0.closed = true }
        for _ in 0..<threadCount {
            shared.available.signal()
        }
    }

    /// Queues `job` to run on one of the pool's threads.
    func submit(_ job: @escaping Job) {
        shared.queue.withLock { $0.jobs.append(job) }
        shared.available.signal()
    }

    /// A worker thread's loop: take the next job, or exit once the pool is closed and drained.
    private static func work(_ shared: Shared) {
        while true {
            shared.available.wait()
            let next: Job? = shared.queue.withLock { state in
                state.jobs.isEmpty ? nil : state.jobs.removeFirst()
            }
            guard let next else {
                if shared.queue.withLock({ $0.closed && $0.jobs.isEmpty }) { return }
                continue
            }
            next()
        }
    }
}

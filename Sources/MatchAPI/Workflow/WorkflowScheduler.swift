import Foundation
import Logging
import Profiles
import ServiceLifecycle

/// The daemon's `Service` for the workflow's time-driven events: once a `period` it asks the
/// store to apply and queue what has fallen due by the clock's `now` (interest reminders and
/// expiry, placement follow-ups), then wakes the webhook relay.
public struct WorkflowScheduler: Service {
    let store: any WorkflowEventStore
    let period: Duration
    let now: @Sendable () -> Date
    let wake: @Sendable () -> Void
    let logger: Logger

    /// Creates the scheduler.
    public init(
        store: any WorkflowEventStore, period: Duration, now: @escaping @Sendable () -> Date,
        wake: @escaping @Sendable () -> Void, logger: Logger
    ) {
        self.store = store
        self.period = period
        self.now = now
        self.wake = wake
        self.logger = logger
    }

    /// Runs until graceful shutdown.
    public func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                if try await store.emitDueEvents(now: now()) > 0 { wake() }
            } catch {
                logger.error("workflow events could not be emitted", metadata: ["error": "\(type(of: error))"])
            }
            guard (try? await cancelWhenGracefulShutdown({ try await Task.sleep(for: period) })) != nil else { return }
        }
    }
}

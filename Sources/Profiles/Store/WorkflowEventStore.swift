import Foundation

/// The workflow's time-driven events: interest reminders and expiry, placement follow-ups.
public protocol WorkflowEventStore: Sendable {
    /// Applies and queues every time-driven event that has fallen due by `now`, each once, in
    /// one transaction; returns how many events were queued or state changes made.
    func emitDueEvents(now: Date) async throws -> Int
}

import Foundation

/// The mail outbox as the mail relay and `matchd mail` read and update it. Messages are queued
/// by `MailMessage.enqueue(_:)` inside the transaction of the change that causes them (or by
/// ``enqueueMail(_:)`` on their own), so a rolled-back change sends nothing and a committed one
/// loses nothing.
public protocol MailOutboxStore: Sendable {
    /// Queues messages on their own, due at once (a test message, a benchmark's queue).
    func enqueueMail(_ messages: [MailMessage]) async throws
    /// Pending messages due by `now` (without their attempts), oldest first, leaving out
    /// `excluding` (those in flight).
    func dueMail(now: Date, limit: Int, excluding: Set<UUID>) async throws -> [QueuedMail]
    /// Records finished attempts, each on its own so one that cannot be recorded never loses
    /// the others; returns the ids of those not recorded (their message is gone).
    func recordMailAttempts(_ results: [MailAttemptResult]) async throws -> [UUID]
    /// The newest messages first, all or those with `status`, without their attempts.
    func mailMessages(status: MailStatus?, limit: Int) async throws -> [QueuedMail]
    /// One message with its attempts, or nil.
    func queuedMail(_ id: UUID) async throws -> QueuedMail?
    /// Queues a message again, due `now`, with the same `Message-ID` and a fresh schedule; nil
    /// when unknown.
    func resendMail(_ id: UUID, now: Date) async throws -> QueuedMail?
    /// Counts of messages by status.
    func mailCounts() async throws -> [MailStatus: Int]
}

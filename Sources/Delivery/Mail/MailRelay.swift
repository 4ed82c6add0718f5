import Foundation
import Logging
import Metrics
import Profiles
import ServiceLifecycle
import Synchronization

/// The mail relay `Service`: sends due messages from the mail outbox through its transport (the
/// SMTP server or the mail folder), a few at a time, records every attempt (one transaction per
/// turn of its loop), and schedules retries by its `RetryPolicy` until sent or failed.
///
/// Delivery is at least once, like the webhooks': a message the server accepted but whose
/// attempt was not yet recorded when the process died (kill -9, power loss) is sent again on the
/// next start — with the same `Message-ID` and the same bytes, so a receiver can tell the copy.
/// Messages pending at shutdown, and attempts cancelled by it, stay pending and go out on the
/// next start. Log lines name a message by its outbox id only: never an address, subject, body,
/// link, user or password.
public final class MailRelay: Service, Sendable {
    private let store: any MailOutboxStore
    private let transport: any MailTransport
    private let composer: MailComposer
    private let policy: RetryPolicy
    private let logger: Logger
    /// Wake-ups: a commit that queued mail, a finished attempt, or the once-a-second tick.
    private let wakeups = RelayWakeups()
    /// Messages being attempted or whose result is not yet recorded.
    private let inFlight = Mutex(Set<UUID>())
    /// Finished attempts waiting to be recorded, in one transaction per loop turn.
    private let finished = Mutex([MailAttemptResult]())
    private let maxInFlight: Int

    /// Creates the relay over `store`'s mail outbox, sending through `transport` as `composer`'s
    /// sender, at most `maxInFlight` messages at a time.
    public init(
        store: any MailOutboxStore, transport: any MailTransport, composer: MailComposer, policy: RetryPolicy, maxInFlight: Int = 4,
        logger: Logger
    ) {
        self.store = store
        self.transport = transport
        self.composer = composer
        self.policy = policy
        self.maxInFlight = max(1, maxInFlight)
        self.logger = logger
    }

    /// Tells the relay new messages may be due: call it after a transaction that queued mail
    /// commits (the once-a-second tick finds them otherwise).
    public func wake() {
        wakeups.wake()
    }

    /// Runs until graceful shutdown; in-flight attempts are cancelled and stay pending.
    public func run() async throws {
        await withDiscardingTaskGroup { group in
            group.addTask { [wakeups] in
                while (try? await Task.sleep(for: .seconds(1))) != nil { wakeups.wake() }
            }
            wake()
            for await _ in wakeups.stream.cancelOnGracefulShutdown() {
                await turn(group: &group)
            }
            group.cancelAll()
        }
        await recordFinished()
    }

    /// Records what finished, then starts attempts for due messages up to the in-flight limit.
    private func turn(group: inout DiscardingTaskGroup) async {
        await recordFinished()
        let busy = inFlight.withLock { $0 }
        guard busy.count < maxInFlight else { return }
        let due: [QueuedMail]
        do {
            due = try await store.dueMail(now: Date(), limit: maxInFlight - busy.count, excluding: busy)
        } catch {
            logger.error("mail relay could not read the outbox", metadata: ["error": "\(type(of: error))"])
            return
        }
        for queued in due {
            inFlight.withLock { _ = $0.insert(queued.message.id) }
            group.addTask {
                if let result = await self.attempt(queued) {
                    self.finished.withLock { $0.append(result) }
                } else {
                    self.inFlight.withLock { _ = $0.remove(queued.message.id) }
                }
                self.wake()
            }
        }
    }

    /// Records the finished attempts, then frees their messages for the next due query. When the
    /// database cannot be written, the results are kept and recorded on a later turn.
    private func recordFinished() async {
        let results = finished.withLock { results in
            defer { results.removeAll() }
            return results
        }
        guard !results.isEmpty else { return }
        do {
            let notRecorded = try await store.recordMailAttempts(results)
            if !notRecorded.isEmpty {
                logger.info("mail attempts of deleted messages dropped", metadata: ["count": "\(notRecorded.count)"])
            }
            inFlight.withLock { busy in results.forEach { busy.remove($0.mailId) } }
        } catch {
            logger.error("mail relay could not record attempts", metadata: ["count": "\(results.count)", "error": "\(type(of: error))"])
            finished.withLock { $0.insert(contentsOf: results, at: 0) }
        }
    }

    /// One attempt at one message, and what follows from its answer; nil when it was cancelled
    /// (shutdown) before an answer.
    private func attempt(_ queued: QueuedMail) async -> MailAttemptResult? {
        let message = queued.message
        let now = Date()
        let result: MailSendResult
        do {
            let bytes = try composer.compose(message)
            result = await transport.send(
                id: message.id, createdAt: message.createdAt, envelopeFrom: composer.sender.address, recipient: message.to.address,
                bytes: bytes)
        } catch {
            result = MailSendResult(outcome: .failure(.init(kind: .invalidMessage, message: error.description)), duration: .zero)
        }
        if result.failure?.kind == .cancelled { return nil }
        let attemptNumber = queued.attemptCount + 1
        let outcome = policy.decide(result, attemptNumber: attemptNumber, now: Date())
        let label: String =
            switch outcome {
            case .sent: "sent"
            case .retry: "retry"
            case .failed: "failed"
            }
        Counter(label: "matchd_mail_messages_total", dimensions: [("outcome", label)]).increment()
        Timer(label: "matchd_mail_send_duration_seconds").recordSeconds(result.duration.seconds)
        logger.info(
            "mail attempt",
            metadata: [
                "mail": "\(message.id.lowercasedText)", "attempt": "\(attemptNumber)", "outcome": "\(label)",
                "smtp": "\(result.smtpCode.map(String.init) ?? "-")", "error": "\(result.failure?.kind.rawValue ?? "")",
            ])
        if result.failure?.kind == .authentication {
            logger.error("the SMTP server refused matchd's credentials: check --smtp-user and the password")
        }
        let attempt = MailAttempt(
            attemptedAt: now, smtpCode: result.smtpCode, durationMs: result.duration.wholeMilliseconds, error: Self.attemptError(result))
        return MailAttemptResult(mailId: message.id, attempt: attempt, outcome: outcome)
    }

    /// Why an attempt did not send the message, for the outbox (`matchd mail show`); nil when
    /// it did.
    static func attemptError(_ result: MailSendResult) -> String? {
        switch result.outcome {
        case .accepted: nil
        case .refused(let code): "smtp: the server answered \(code)"
        case .failure(let failure): failure.description
        }
    }
}

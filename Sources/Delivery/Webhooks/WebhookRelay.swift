import Foundation
import Logging
import Metrics
import Profiles
import ServiceLifecycle
import Synchronization

/// The relay `Service`: sends due deliveries from the outbox with libcurl, at most 8 in flight,
/// records every attempt, and schedules retries by its `RetryPolicy` until delivered or failed.
/// Deliveries pending when the daemon stops (gracefully or not) are sent on the next start.
public final class WebhookRelay: Service, Sendable {
    private let store: any OutboxStore
    private let sender: CurlWebhookSender
    private let policy: RetryPolicy
    private let logger: Logger
    /// Wake-ups: a commit that queued deliveries, a finished attempt, or the once-a-second tick.
    private let wakeups: RelayWakeups
    /// Deliveries being attempted or whose result is not yet recorded.
    private let inFlight = Mutex(Set<String>())
    /// Finished attempts waiting to be recorded, in one transaction per loop turn.
    private let finished = Mutex([AttemptResult]())
    private let maxInFlight = 8

    /// Creates the relay over `store`'s outbox.
    public init(store: any OutboxStore, wakeups: RelayWakeups, policy: RetryPolicy, allowPrivateNetworks: Bool, logger: Logger) {
        self.store = store
        self.wakeups = wakeups
        self.policy = policy
        self.logger = logger
        self.sender = CurlWebhookSender(
            maximumConcurrentTransfers: maxInFlight, allowPrivateNetworks: allowPrivateNetworks,
            logger: logger)
    }

    /// Tells the relay new deliveries may be due.
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

    /// Records what finished, then starts attempts for due deliveries up to the in-flight limit.
    private func turn(group: inout DiscardingTaskGroup) async {
        await recordFinished()
        let busy = inFlight.withLock { $0 }
        guard busy.count < maxInFlight else { return }
        let due: [DueDelivery]
        do {
            due = try await store.dueDeliveries(now: Date(), limit: maxInFlight - busy.count, excluding: busy)
        } catch {
            logger.error("webhook relay could not read the outbox", metadata: ["error": "\(type(of: error))"])
            return
        }
        for item in due {
            inFlight.withLock { _ = $0.insert(item.delivery.id) }
            group.addTask {
                if let result = await self.attempt(item.delivery, item.webhook) {
                    self.finished.withLock { $0.append(result) }
                } else {
                    self.inFlight.withLock { _ = $0.remove(item.delivery.id) }
                }
                self.wake()
            }
        }
    }

    /// Records the finished attempts, then frees their deliveries for the next due query. When
    /// the database cannot be written, the results are kept and recorded on a later turn.
    private func recordFinished() async {
        let results = finished.withLock { results in
            defer { results.removeAll() }
            return results
        }
        guard !results.isEmpty else { return }
        do {
            let notRecorded = try await store.recordAttempts(results)
            if !notRecorded.isEmpty {
                logger.info("webhook attempts of deleted deliveries dropped", metadata: ["count": "\(notRecorded.count)"])
            }
            inFlight.withLock { busy in results.forEach { busy.remove($0.deliveryId) } }
        } catch {
            logger.error("webhook relay could not record attempts", metadata: ["count": "\(results.count)", "error": "\(type(of: error))"])
            finished.withLock { $0.insert(contentsOf: results, at: 0) }
        }
    }

    /// One attempt at one delivery, and what follows from its answer; nil when it was
    /// cancelled (shutdown) before an answer.
    private func attempt(_ delivery: Delivery, _ webhook: Webhook) async -> AttemptResult? {
        let now = Date()
        let secrets = webhook.signingSecrets(at: now).compactMap { try? WebhookSecret($0) }
        let request = WebhookHTTPRequest.signed(
            url: webhook.url, messageID: delivery.id, timestamp: Int(now.timeIntervalSince1970),
            body: Array(delivery.payload.utf8), secrets: secrets)
        let result = await sender.send(request)
        if result.failure?.kind == .cancelled { return nil }
        let attemptNumber = delivery.attemptCount + 1
        let outcome = policy.decide(result, attemptNumber: attemptNumber, now: Date())
        let record = DeliveryAttempt(
            attemptedAt: now, httpStatus: result.response?.status,
            durationMs: result.duration.wholeMilliseconds,
            error: Self.attemptError(result))
        let label: String =
            switch outcome {
            case .delivered: "delivered"
            case .retry: "retry"
            case .failed: "failed"
            case .gone: "gone"
            }
        Counter(label: "matchd_webhook_deliveries_total", dimensions: [("outcome", label)]).increment()
        Timer(label: "matchd_webhook_delivery_duration_seconds").recordSeconds(result.duration.seconds)
        logger.info(
            "webhook attempt",
            metadata: [
                "delivery": "\(delivery.id)", "webhook": "\(webhook.id)", "attempt": "\(attemptNumber)",
                "status": "\(result.response.map { String($0.status) } ?? "-")", "outcome": "\(label)",
                "error": "\(result.failure?.kind.rawValue ?? "")",
            ])
        return AttemptResult(deliveryId: delivery.id, attempt: record, outcome: outcome)
    }

    /// Why an attempt did not deliver, for the delivery log; nil when it delivered.
    static func attemptError(_ result: WebhookHTTPResult) -> String? {
        if let failure = result.failure { return "\(failure.kind.rawValue): \(failure.message)" }
        guard let status = result.response?.status, !(200..<300).contains(status) else { return nil }
        if (300..<400).contains(status) { return "httpStatus: receiver answered \(status); redirects are not followed" }
        return "httpStatus: receiver answered \(status)"
    }
}

/// The relay's wake-up signal: made before the store (whose commits wake the relay) and the
/// relay (which waits on it). Buffering only the newest wake-up coalesces a burst of commits
/// into one turn of the relay's loop.
public struct RelayWakeups: Sendable {
    let stream: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation

    /// A new signal.
    public init() {
        (stream, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Wakes the relay (or its next wait).
    @Sendable public func wake() {
        continuation.yield()
    }
}

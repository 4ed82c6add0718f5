import Foundation
import Logging
import Metrics
import Profiles
import ServiceLifecycle
import Synchronization

/// The relay `Service`: sends due deliveries from the outbox with libcurl, at most 8 in flight,
/// records every attempt, and schedules retries (with ±20 % jitter) until delivered or failed.
/// Deliveries pending when the daemon stops (gracefully or not) are sent on the next start.
public final class WebhookRelay: Service, Sendable {
    private let database: AppDatabase
    private let sender: CurlWebhookSender
    private let schedule: [Duration]
    private let logger: Logger
    private let signal = WakeSignal()
    /// Deliveries being attempted or whose result is not yet recorded.
    private let inFlight = Mutex(Set<String>())
    /// Finished attempts waiting to be recorded, in one transaction per loop turn.
    private let finished = Mutex([AttemptResult]())
    private let maxInFlight = 8

    /// Creates the relay. `schedule` has one entry per attempt: the first attempt goes out at
    /// once, each later one after its entry's delay; after the last fails, the delivery is
    /// `failed`.
    public init(database: AppDatabase, schedule: [Duration], allowPrivateNetworks: Bool, logger: Logger) {
        self.database = database
        self.schedule = schedule.isEmpty ? [.zero] : schedule
        self.logger = logger
        self.sender = CurlWebhookSender(maximumConcurrentTransfers: maxInFlight, allowPrivateNetworks: allowPrivateNetworks,
                                        logger: logger)
    }

    /// Tells the relay new deliveries may be due.
    public func wake() {
        signal.signal()
    }

    /// Runs until graceful shutdown; in-flight attempts are cancelled and stay pending.
    public func run() async throws {
        await withDiscardingTaskGroup { group in
            while !Task.isCancelled && !Task.isShuttingDownGracefully {
                recordFinished()
                let capacity = maxInFlight - inFlight.withLock(\.count)
                if capacity > 0 {
                    let busy = inFlight.withLock { $0 }
                    let due: [(Delivery, Webhook)]
                    do {
                        due = try database.dueDeliveries(now: Date(), limit: capacity, excluding: busy)
                    } catch {
                        logger.error("webhook relay could not read the outbox", metadata: ["error": "\(error)"])
                        due = []
                    }
                    for (delivery, webhook) in due {
                        inFlight.withLock { _ = $0.insert(delivery.id) }
                        group.addTask {
                            if let result = await self.attempt(delivery, webhook) {
                                self.finished.withLock { $0.append(result) }
                            } else {
                                self.inFlight.withLock { _ = $0.remove(delivery.id) }
                            }
                            self.signal.signal()
                        }
                    }
                }
                await cancelWhenGracefulShutdown { await self.signal.wait(timeout: .seconds(1)) }
            }
            group.cancelAll()
        }
        recordFinished()
    }

    /// Records the finished attempts in one transaction, then frees their deliveries for the
    /// next due query. Results that cannot be recorded stay pending and are sent again.
    private func recordFinished() {
        let results = finished.withLock { results in
            defer { results.removeAll() }
            return results
        }
        guard !results.isEmpty else { return }
        do {
            try database.recordAttempts(results)
        } catch {
            logger.error("webhook relay could not record attempts", metadata: ["count": "\(results.count)", "error": "\(error)"])
        }
        inFlight.withLock { busy in results.forEach { busy.remove($0.deliveryId) } }
    }

    /// One attempt at one delivery, and what follows from its answer; nil when it was
    /// cancelled (shutdown) before an answer.
    private func attempt(_ delivery: Delivery, _ webhook: Webhook) async -> AttemptResult? {
        let now = Date()
        let secrets = webhook.signingSecrets(at: now).compactMap { try? WebhookSecret($0) }
        let request = WebhookHTTPRequest.signed(url: webhook.url, messageID: delivery.id, timestamp: Int(now.timeIntervalSince1970),
                                                body: Array(delivery.payload.utf8), secrets: secrets)
        let result = await sender.send(request)
        if result.failure?.kind == .cancelled { return nil }
        let attemptNumber = delivery.attemptCount + 1
        let outcome = decide(result, attemptNumber: attemptNumber, now: Date())
        let durationMs = Int(result.duration.components.seconds * 1000 + result.duration.components.attoseconds / 1_000_000_000_000_000)
        let record = DeliveryAttempt(attemptedAt: now, httpStatus: result.response?.status, durationMs: durationMs,
                                     error: result.failure.map { "\($0.kind.rawValue): \($0.message)" })
        let label: String = switch outcome {
        case .delivered: "delivered"
        case .retry: "retry"
        case .failed: "failed"
        case .gone: "gone"
        }
        Counter(label: "matchd_webhook_deliveries_total", dimensions: [("outcome", label)]).increment()
        Timer(label: "matchd_webhook_delivery_duration_seconds").recordNanoseconds(
            Int64(result.duration.components.seconds) * 1_000_000_000 + result.duration.components.attoseconds / 1_000_000_000)
        logger.info("webhook attempt", metadata: [
            "delivery": "\(delivery.id)", "webhook": "\(webhook.id)", "attempt": "\(attemptNumber)",
            "status": "\(result.response.map { String($0.status) } ?? "-")", "outcome": "\(label)",
            "error": "\(result.failure?.message ?? "")",
        ])
        return AttemptResult(deliveryId: delivery.id, attempt: record, outcome: outcome)
    }

    /// 2xx delivers; 410 gives up and disables; 429/503 honour Retry-After; anything else, 3xx
    /// included, or a transport error retries on the schedule until it is exhausted.
    func decide(_ result: WebhookHTTPResult, attemptNumber: Int, now: Date) -> DeliveryOutcome {
        if let response = result.response {
            if (200..<300).contains(response.status) { return .delivered }
            if response.status == 410 { return .gone }
            if attemptNumber >= schedule.count { return .failed }
            if response.status == 429 || response.status == 503, let retryAfter = response.retryAfter {
                return .retry(at: now.addingTimeInterval(min(seconds(retryAfter), 86_400)))
            }
        } else if attemptNumber >= schedule.count {
            return .failed
        }
        let delay = seconds(schedule[attemptNumber]) * Double.random(in: 0.8...1.2)
        return .retry(at: now.addingTimeInterval(delay))
    }

    private func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

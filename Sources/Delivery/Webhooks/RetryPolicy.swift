import Foundation
import Profiles

/// When to try a webhook delivery or a mail message again: pure, so it is tested without a
/// database or network. One schedule type serves both relays (``retryAt(afterAttempt:now:using:)``);
/// what an answer means is decided per kind. Webhooks: 2xx delivers; 410 gives up and disables
/// the subscription; 429 and 503 honour `Retry-After` (at most a day); anything else — 3xx
/// included — or a transport error retries after the schedule's next delay with ±20 % jitter,
/// until the schedule is exhausted. Mail: `decide(_:attemptNumber:now:using:)` in
/// `RetryPolicy+Mail.swift`.
public struct RetryPolicy: Sendable, Equatable {
    /// One entry per attempt: the first stands for the first attempt, sent as soon as the change
    /// commits; each later entry is the delay before that retry.
    public let schedule: [Duration]
    /// The Standard Webhooks schedule: immediately, then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h.
    public static let standardSchedule: [Duration] = [0, 5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400]
        .map { .seconds($0) }
    /// The longest `Retry-After` honoured.
    public static let maximumRetryAfter: Duration = .seconds(86_400)
    /// The factor range the delays are jittered by.
    public static let jitter = 0.8...1.2

    /// Creates the policy; an empty schedule means a single attempt.
    public init(schedule: [Duration]) {
        self.schedule = schedule.isEmpty ? [.zero] : schedule
    }

    /// The outcome of attempt number `attemptNumber` (1 for the first) that ended with `result` at `now`.
    public func decide(
        _ result: WebhookHTTPResult, attemptNumber: Int, now: Date,
        using random: inout some RandomNumberGenerator
    ) -> DeliveryOutcome {
        if let response = result.response {
            if (200..<300).contains(response.status) { return .delivered }
            if response.status == 410 { return .gone }
            if attemptNumber >= schedule.count { return .failed }
            if response.status == 429 || response.status == 503, let retryAfter = response.retryAfter {
                return .retry(at: now.addingTimeInterval(min(retryAfter, Self.maximumRetryAfter).seconds))
            }
        }
        guard let at = retryAt(afterAttempt: attemptNumber, now: now, using: &random) else { return .failed }
        return .retry(at: at)
    }

    /// When to try again after attempt number `attemptNumber` (1 for the first) failed at `now`:
    /// the schedule's next delay with ±20 % jitter, or nil when the schedule is exhausted.
    public func retryAt(afterAttempt attemptNumber: Int, now: Date, using random: inout some RandomNumberGenerator) -> Date? {
        guard attemptNumber < schedule.count else { return nil }
        let delay = schedule[max(0, attemptNumber)].seconds * Double.random(in: Self.jitter, using: &random)
        return now.addingTimeInterval(delay)
    }

    /// The outcome, with the system's random numbers for the jitter.
    public func decide(_ result: WebhookHTTPResult, attemptNumber: Int, now: Date) -> DeliveryOutcome {
        var random = SystemRandomNumberGenerator()
        return decide(result, attemptNumber: attemptNumber, now: now, using: &random)
    }
}

import Foundation
import Profiles
import Testing

@testable import Delivery

/// The retry policy alone: literal answers in, outcomes out, no database or network.
@Suite struct RetryPolicyTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let policy = RetryPolicy(schedule: RetryPolicy.standardSchedule)

    func answer(_ status: Int, retryAfter: Duration? = nil) -> WebhookHTTPResult {
        WebhookHTTPResult(
            outcome: .response(
                WebhookHTTPResponse(
                    status: status, headers: [:], retryAfter: retryAfter,
                    bodyPrefix: [], bodyTruncated: false)),
            duration: .milliseconds(3))
    }

    func delay(_ outcome: DeliveryOutcome) -> Double? {
        if case .retry(let at) = outcome { return at.timeIntervalSince(now) }
        return nil
    }

    @Test func followsTheStandardScheduleWithJitterThenFails() throws {
        #expect(RetryPolicy.standardSchedule.count == 10)
        let expected: [Double] = [5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400]
        for (attempt, seconds) in expected.enumerated() {
            let next = try #require(delay(policy.decide(answer(500), attemptNumber: attempt + 1, now: now)))
            #expect(next >= seconds * 0.8 && next <= seconds * 1.2, "after attempt \(attempt + 1): \(next)")
        }
        #expect(policy.decide(answer(500), attemptNumber: 10, now: now) == .failed)
        let transport = WebhookHTTPResult(
            outcome: .failure(WebhookTransportError(kind: .timeout, message: "timed out")), duration: .seconds(15))
        #expect(delay(policy.decide(transport, attemptNumber: 1, now: now)).map { $0 >= 4 && $0 <= 6 } == true)
        #expect(policy.decide(transport, attemptNumber: 10, now: now) == .failed)
    }

    @Test func jitterSpreadsOverTwentyPercentEitherWay() throws {
        let delays = try (0..<500).map { _ in try #require(delay(policy.decide(answer(500), attemptNumber: 2, now: now))) }
        #expect(delays.allSatisfy { (240...360).contains($0) })
        #expect(delays.min()! < 250 && delays.max()! > 350, "jitter should spread over the whole range")
    }

    @Test func answersDecideTheOutcome() {
        #expect(policy.decide(answer(200), attemptNumber: 1, now: now) == .delivered)
        #expect(policy.decide(answer(204), attemptNumber: 3, now: now) == .delivered)
        #expect(policy.decide(answer(410), attemptNumber: 1, now: now) == .gone)
        #expect(policy.decide(answer(410), attemptNumber: 10, now: now) == .gone)
        #expect(delay(policy.decide(answer(302), attemptNumber: 1, now: now)) != nil)
        #expect(delay(policy.decide(answer(429, retryAfter: .seconds(7)), attemptNumber: 1, now: now)) == 7)
        #expect(delay(policy.decide(answer(503, retryAfter: .seconds(120)), attemptNumber: 2, now: now)) == 120)
        #expect(delay(policy.decide(answer(503, retryAfter: .seconds(9_999_999)), attemptNumber: 2, now: now)) == 86_400)
        #expect(policy.decide(answer(429, retryAfter: .seconds(7)), attemptNumber: 10, now: now) == .failed)
    }

    @Test func anEmptyScheduleMeansOneAttempt() {
        #expect(RetryPolicy(schedule: []).decide(answer(500), attemptNumber: 1, now: now) == .failed)
    }
}

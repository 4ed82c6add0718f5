import Foundation
import Logging
@testable import MatchAPI
import Profiles
import Testing

/// What the relay does after each answer, on the Standard Webhooks schedule.
@Suite struct RelayDecisionTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    func relay() throws -> (WebhookRelay, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("matchd-relay-\(UUID().uuidString)")
        let database = try AppDatabase.open(path: folder.appendingPathComponent("r.sqlite").path)
        return (WebhookRelay(database: database, schedule: AppConfig.standardRetrySchedule, allowPrivateNetworks: false,
                             logger: Logger(label: "test")), folder)
    }

    func answer(_ status: Int, retryAfter: Duration? = nil) -> WebhookHTTPResult {
        WebhookHTTPResult(outcome: .response(WebhookHTTPResponse(status: status, headers: [:], retryAfter: retryAfter,
                                                                 bodyPrefix: [], bodyTruncated: false)),
                          duration: .milliseconds(3))
    }

    func delay(_ outcome: DeliveryOutcome) -> Double? {
        if case .retry(let at) = outcome { return at.timeIntervalSince(now) }
        return nil
    }

    @Test func followsTheStandardScheduleWithJitterThenFails() throws {
        let (relay, folder) = try relay()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(AppConfig.standardRetrySchedule.count == 10)
        let expected: [Double] = [5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400]
        for (attempt, seconds) in expected.enumerated() {
            let next = try #require(delay(relay.decide(answer(500), attemptNumber: attempt + 1, now: now)))
            #expect(next >= seconds * 0.8 && next <= seconds * 1.2, "after attempt \(attempt + 1): \(next)")
        }
        #expect(relay.decide(answer(500), attemptNumber: 10, now: now) == .failed)
        let transport = WebhookHTTPResult(outcome: .failure(WebhookTransportError(kind: .timeout, message: "timed out")), duration: .seconds(15))
        #expect(delay(relay.decide(transport, attemptNumber: 1, now: now)).map { $0 >= 4 && $0 <= 6 } == true)
        #expect(relay.decide(transport, attemptNumber: 10, now: now) == .failed)
    }

    @Test func answersDecideTheOutcome() throws {
        let (relay, folder) = try relay()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(relay.decide(answer(200), attemptNumber: 1, now: now) == .delivered)
        #expect(relay.decide(answer(204), attemptNumber: 3, now: now) == .delivered)
        #expect(relay.decide(answer(410), attemptNumber: 1, now: now) == .gone)
        #expect(delay(relay.decide(answer(302), attemptNumber: 1, now: now)) != nil)
        #expect(delay(relay.decide(answer(429, retryAfter: .seconds(7)), attemptNumber: 1, now: now)) == 7)
        #expect(delay(relay.decide(answer(503, retryAfter: .seconds(120)), attemptNumber: 2, now: now)) == 120)
        #expect(delay(relay.decide(answer(503, retryAfter: .seconds(9_999_999)), attemptNumber: 2, now: now)) == 86_400)
    }
}

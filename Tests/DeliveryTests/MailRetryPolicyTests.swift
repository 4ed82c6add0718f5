import Foundation
import Profiles
import Testing

@testable import Delivery

/// The retry policy's mail decisions, on literal results: 2xx sends, 5xx and an unusable address
/// fail at once, 4xx and transport failures retry by the schedule until it is exhausted.
@Suite struct MailRetryPolicyTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let policy = RetryPolicy(schedule: [.zero, .seconds(5), .seconds(300)])

    func result(_ outcome: MailSendResult.Outcome) -> MailSendResult {
        MailSendResult(outcome: outcome, duration: .milliseconds(4))
    }

    func failure(_ kind: MailTransportError.Kind) -> MailSendResult {
        result(.failure(MailTransportError(kind: kind, message: "literal")))
    }

    @Test func repliesAndFailuresDecideTheOutcome() throws {
        #expect(policy.decide(result(.accepted(code: 250)), attemptNumber: 1, now: now) == .sent)
        #expect(policy.decide(result(.refused(code: 550)), attemptNumber: 1, now: now) == .failed)
        #expect(policy.decide(result(.refused(code: 554)), attemptNumber: 1, now: now) == .failed)
        #expect(policy.decide(failure(.invalidMessage), attemptNumber: 1, now: now) == .failed)
        for retried in [
            result(.refused(code: 451)), result(.refused(code: 421)), failure(.connectFailed), failure(.tls), failure(.timeout),
            failure(.authentication), failure(.file),
        ] {
            guard case .retry(let at) = policy.decide(retried, attemptNumber: 1, now: now) else {
                Issue.record("\(retried) was not retried")
                continue
            }
            #expect(at.timeIntervalSince(now) >= 4 && at.timeIntervalSince(now) <= 6)
        }
        guard case .retry(let second) = policy.decide(result(.refused(code: 451)), attemptNumber: 2, now: now) else {
            Issue.record("the second attempt was not retried")
            return
        }
        #expect(second.timeIntervalSince(now) >= 240 && second.timeIntervalSince(now) <= 360)
        #expect(policy.decide(result(.refused(code: 451)), attemptNumber: 3, now: now) == .failed, "the schedule is exhausted")
        #expect(policy.decide(failure(.connectFailed), attemptNumber: 3, now: now) == .failed)
    }
}

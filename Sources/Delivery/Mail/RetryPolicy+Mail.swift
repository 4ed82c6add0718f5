import Foundation
import Profiles

extension RetryPolicy {
    /// The outcome of mail attempt number `attemptNumber` (1 for the first) that ended with
    /// `result` at `now`: a 2xx reply sends it; a 5xx reply or an unusable address fails it for
    /// good; a 4xx reply and every transport failure (connect, TLS, timeout, refused credentials,
    /// a folder that cannot be written) retry by the schedule, and fail it once it is exhausted.
    public func decide(
        _ result: MailSendResult, attemptNumber: Int, now: Date, using random: inout some RandomNumberGenerator
    ) -> MailOutcome {
        switch result.outcome {
        case .accepted(let code) where (200..<300).contains(code):
            return .sent
        case .refused(let code) where (500..<600).contains(code):
            return .failed
        case .failure(let failure) where failure.kind == .invalidMessage:
            return .failed
        default:
            guard let at = retryAt(afterAttempt: attemptNumber, now: now, using: &random) else { return .failed }
            return .retry(at: at)
        }
    }

    /// The outcome, with the system's random numbers for the jitter.
    public func decide(_ result: MailSendResult, attemptNumber: Int, now: Date) -> MailOutcome {
        var random = SystemRandomNumberGenerator()
        return decide(result, attemptNumber: attemptNumber, now: now, using: &random)
    }
}

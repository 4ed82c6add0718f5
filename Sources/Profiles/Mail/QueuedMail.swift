import Foundation

/// A message in the mail outbox with where it stands and its attempts (what `matchd mail`
/// lists and shows).
public struct QueuedMail: Sendable, Equatable {
    /// The message, as composed on every attempt.
    public var message: MailMessage
    /// Where it stands.
    public var status: MailStatus
    /// Attempts since it was queued or last resent.
    public var attemptCount: Int
    /// When it is due next (pending only).
    public var nextAttemptAt: Date?
    /// When it was last tried.
    public var lastAttemptAt: Date?
    /// Why the last attempt did not send it (SMTP code or transport error; never an address).
    public var lastError: String?
    /// When it was sent.
    public var sentAt: Date?
    /// Every attempt, oldest first (empty where a list leaves them out).
    public var attempts: [MailAttempt]

    /// Creates the value from every stored property (for the stores, in other targets).
    package init(
        message: MailMessage, status: MailStatus, attemptCount: Int, nextAttemptAt: Date?, lastAttemptAt: Date?, lastError: String?,
        sentAt: Date?, attempts: [MailAttempt]
    ) {
        self.message = message
        self.status = status
        self.attemptCount = attemptCount
        self.nextAttemptAt = nextAttemptAt
        self.lastAttemptAt = lastAttemptAt
        self.lastError = lastError
        self.sentAt = sentAt
        self.attempts = attempts
    }
}

/// One try at sending a message.
public struct MailAttempt: Sendable, Equatable {
    /// When it was made.
    public var attemptedAt: Date
    /// The server's last SMTP reply code, when it answered.
    public var smtpCode: Int?
    /// How long it took.
    public var durationMs: Int
    /// Why it did not send the message; nil when it did.
    public var error: String?

    /// Creates an attempt record.
    public init(attemptedAt: Date, smtpCode: Int?, durationMs: Int, error: String?) {
        self.attemptedAt = attemptedAt
        self.smtpCode = smtpCode
        self.durationMs = durationMs
        self.error = error
    }
}

/// What the mail relay decided after an attempt.
public enum MailOutcome: Sendable, Equatable {
    /// Accepted by the server (or written to the folder).
    case sent
    /// Try again at this time.
    case retry(at: Date)
    /// Give up: refused for good, or the schedule is exhausted.
    case failed
}

/// A finished attempt at a message and the decision taken on it, to be recorded.
public struct MailAttemptResult: Sendable, Equatable {
    /// The message (`MailMessage.id`).
    public var mailId: UUID
    /// The attempt.
    public var attempt: MailAttempt
    /// What follows from it.
    public var outcome: MailOutcome

    /// Creates a result.
    public init(mailId: UUID, attempt: MailAttempt, outcome: MailOutcome) {
        self.mailId = mailId
        self.attempt = attempt
        self.outcome = outcome
    }
}

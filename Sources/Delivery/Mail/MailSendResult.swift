import Foundation

/// The outcome of one attempt at handing a message to its transport, with how long it took.
public struct MailSendResult: Sendable, Equatable {
    /// What happened.
    public enum Outcome: Sendable, Equatable {
        /// The SMTP server accepted the message with this 2xx code, or the folder holds it (250).
        case accepted(code: Int)
        /// The server answered with a 4xx (try again) or 5xx (never) reply code.
        case refused(code: Int)
        /// No SMTP reply decided the attempt (connect, TLS, authentication, timeout, file error).
        case failure(MailTransportError)
    }

    /// What happened.
    public let outcome: Outcome
    /// Wall-clock time of the attempt on the transport's thread.
    public let duration: Duration

    /// Creates a result.
    public init(outcome: Outcome, duration: Duration) {
        self.outcome = outcome
        self.duration = duration
    }

    /// The SMTP reply code, when the server gave one.
    public var smtpCode: Int? {
        switch outcome {
        case .accepted(let code), .refused(let code): code
        case .failure(let failure): failure.smtpCode
        }
    }

    /// The transport failure, when there was one.
    public var failure: MailTransportError? {
        if case .failure(let failure) = outcome { return failure }
        return nil
    }
}

/// An attempt that no SMTP reply decided.
public struct MailTransportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The broad cause, for logs, metrics and the retry decision.
    public enum Kind: String, Sendable, Equatable {
        /// The message cannot be composed (an unusable address): never retried.
        case invalidMessage
        /// The server's name did not resolve.
        case dnsFailure
        /// The TCP connection could not be made.
        case connectFailed
        /// The connect or total timeout expired.
        case timeout
        /// TLS failed: STARTTLS missing where required, handshake or certificate verification.
        case tls
        /// The server refused the credentials (fix the configuration; the message is retried).
        case authentication
        /// The message could not be written to the mail folder.
        case file
        /// The attempt was cancelled (shutdown); the message stays pending.
        case cancelled
        /// Any other failure (connection reset, malformed reply, ...).
        case other
    }

    /// The broad cause.
    public let kind: Kind
    /// libcurl's or the file system's explanation, for the outbox's `lastError` (read by admins
    /// with `matchd mail show`); never logged, as it can name the server or a path.
    public let message: String
    /// The server's last reply code, when it sent one.
    public let smtpCode: Int?

    /// Creates a transport error.
    public init(kind: Kind, message: String, smtpCode: Int? = nil) {
        self.kind = kind
        self.message = message
        self.smtpCode = smtpCode
    }

    /// The kind and message.
    public var description: String { "\(kind.rawValue): \(message)" }
}

/// Where the mail relay hands composed messages: the SMTP server (`CurlMailSender`) or the mail
/// folder (`MailFolderSender`).
public protocol MailTransport: Sendable {
    /// Hands over one composed message; never throws. `envelopeFrom` and `recipient` are bare
    /// addresses, `bytes` the RFC 5322 message with CRLF line ends.
    func send(id: UUID, createdAt: Date, envelopeFrom: String, recipient: String, bytes: [UInt8]) async -> MailSendResult
    /// What the start-up log line says about the transport: no credentials, no user info.
    var summary: String { get }
}

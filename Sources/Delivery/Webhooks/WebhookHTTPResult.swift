/// The outcome of one delivery attempt, with how long it took.
///
/// An attempt either got an HTTP response (any status; the retry policy decides
/// what 2xx/3xx/4xx/5xx mean) or failed below HTTP (refused destination, DNS,
/// connect, TLS, timeout). Both carry the duration for delivery logs and metrics.
public struct WebhookHTTPResult: Sendable {
    /// What happened.
    public enum Outcome: Sendable {
        /// The receiver answered with an HTTP status.
        case response(WebhookHTTPResponse)
        /// No HTTP response was obtained.
        case failure(WebhookTransportError)
    }

    /// What happened.
    public let outcome: Outcome
    /// Wall-clock time of the attempt, from picking it up on a sender thread to
    /// the end of the transfer (queueing time is not included).
    public let duration: Duration

    /// Creates a result.
    public init(outcome: Outcome, duration: Duration) {
        self.outcome = outcome
        self.duration = duration
    }

    /// The HTTP response, when there was one.
    public var response: WebhookHTTPResponse? {
        if case .response(let response) = outcome { return response }
        return nil
    }

    /// The transport failure, when there was one.
    public var failure: WebhookTransportError? {
        if case .failure(let failure) = outcome { return failure }
        return nil
    }
}

/// The parts of a receiver's HTTP response that delivery handling needs.
public struct WebhookHTTPResponse: Sendable, Hashable {
    /// The HTTP status code (redirects are not followed, so 3xx shows up here).
    public let status: Int
    /// Response headers with lower-cased names; a repeated header keeps its
    /// values joined by `, `. At most ``CurlWebhookSender/maximumResponseHeaderCount`` are kept.
    public let headers: [String: String]
    /// The delay requested by `Retry-After` (delta-seconds or HTTP-date), if present and valid.
    public let retryAfter: Duration?
    /// The first bytes of the response body, at most the sender's body limit.
    public let bodyPrefix: [UInt8]
    /// True when the body was longer than the limit and the transfer was cut short.
    public let bodyTruncated: Bool

    /// Creates a response description.
    public init(status: Int, headers: [String: String], retryAfter: Duration?, bodyPrefix: [UInt8], bodyTruncated: Bool) {
        self.status = status
        self.headers = headers
        self.retryAfter = retryAfter
        self.bodyPrefix = bodyPrefix
        self.bodyTruncated = bodyTruncated
    }
}

/// A delivery attempt that produced no HTTP response.
public struct WebhookTransportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The broad cause, for metrics and retry decisions.
    public enum Kind: String, Sendable, Hashable {
        /// The destination guard refused the URL; nothing was sent.
        case destinationRefused
        /// The request itself is unusable (for example a header with a line break).
        case invalidRequest
        /// The host name did not resolve.
        case dnsFailure
        /// The TCP connection could not be established (refused, unreachable).
        case connectFailed
        /// The connect or total timeout expired.
        case timeout
        /// TLS handshake or certificate verification failed.
        case tls
        /// The attempt was cancelled by the caller.
        case cancelled
        /// Any other libcurl failure (connection reset, malformed response, ...).
        case other
    }

    /// The broad cause.
    public let kind: Kind
    /// A human-readable explanation, e.g. `destination refused: url host 127.0.0.1 is not a public address`.
    public let message: String

    /// Creates a transport error.
    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    /// Same as ``message``.
    public var description: String { message }
}

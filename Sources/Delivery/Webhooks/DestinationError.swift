/// Why a webhook destination URL was refused by ``DestinationGuard``.
///
/// Each case carries enough context for a human-readable ``message``; the API
/// layer reports it as a validation error (HTTP 422) on the ``field`` `url`,
/// and the sender reports it as a `destination refused: …` transport failure.
public enum DestinationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text is not a URL that libcurl can parse.
    case malformedURL(reason: String)
    /// The URL is longer than ``DestinationGuard/maximumURLLength`` bytes.
    case urlTooLong(length: Int)
    /// The scheme is not `https` (or `http`, which is only allowed for private networks).
    case unsupportedScheme(String)
    /// The URL embeds credentials (`user:password@`), which would leak into logs and delivery records.
    case containsUserInfo
    /// The URL has no host name.
    case missingHost
    /// The host is neither a valid DNS name nor a valid IP literal.
    case invalidHost(String)
    /// The host is `localhost` or a `*.localhost` name, which always loops back.
    case localHostName(String)
    /// The host is, or resolves to, an address that is not publicly routable.
    case nonPublicAddress(host: String, address: String)
    /// The host name could not be resolved at send time.
    case resolutionFailed(host: String, reason: String)

    /// The request field the error is about, for 422 responses.
    public var field: String { "url" }

    /// A sentence describing the problem, suitable for API clients and delivery logs.
    public var message: String {
        switch self {
        case .malformedURL(let reason):
            return "url is not a valid URL (\(reason))"
        case .urlTooLong(let length):
            return "url is \(length) bytes long; at most \(DestinationGuard.maximumURLLength) are allowed"
        case .unsupportedScheme(let scheme):
            return "url scheme '\(scheme)' is not allowed; use https"
        case .containsUserInfo:
            return "url must not contain a user name or password"
        case .missingHost:
            return "url has no host"
        case .invalidHost(let host):
            return "url host '\(host)' is not a valid host name or IP address"
        case .localHostName(let host):
            return "url host '\(host)' is a local host name"
        case .nonPublicAddress(let host, let address) where host == address:
            return "url host \(address) is not a public address"
        case .nonPublicAddress(let host, let address):
            return "url host '\(host)' resolves to \(address), which is not a public address"
        case .resolutionFailed(let host, let reason):
            return "url host '\(host)' could not be resolved (\(reason))"
        }
    }

    /// Same as ``message``.
    public var description: String { message }
}

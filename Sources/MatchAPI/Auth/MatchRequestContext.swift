import Hummingbird
import NIOCore

/// The request context of every route: Hummingbird's core context plus the client's address,
/// which sign-in needs (rate limits per client, the access log, a session's "signed in from").
public struct MatchRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The peer's address; nil when the request did not come over a socket (router tests).
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// The client's IP address as text, `unknown` without one. A deployment behind a reverse
    /// proxy sees the proxy's address (docs/operations.md).
    var clientAddress: String {
        String((remoteAddress?.ipAddress ?? "unknown").prefix(64))
    }
}

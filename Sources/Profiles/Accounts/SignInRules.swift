import Foundation

/// The timing and limits of signing in, in one place: the link's lifetime, the rate limits on
/// asking for links, and the sessions' idle and absolute timeouts.
public struct SignInRules: Sendable, Equatable {
    /// How long a sign-in link works.
    public var linkLifetime: TimeInterval
    /// The rate limits' window.
    public var requestWindow: TimeInterval
    /// Most link requests for one address in the window (counted alike for known and unknown
    /// addresses, so the limit reveals nothing).
    public var maxRequestsPerAddress: Int
    /// Most link requests from one client address in the window.
    public var maxRequestsPerClient: Int
    /// A consultant's session ends after this long unused (they see many citizens' data).
    public var consultantIdleTimeout: TimeInterval
    /// Everyone else's session ends after this long unused.
    public var idleTimeout: TimeInterval
    /// Every session ends this long after it began.
    public var absoluteTimeout: TimeInterval
    /// A session's last use is written at most this often (so reading pages does not write on
    /// every request); the idle timeout is therefore exact to within this interval.
    public var touchInterval: TimeInterval

    /// Creates rules.
    public init(
        linkLifetime: TimeInterval = 15 * 60, requestWindow: TimeInterval = 15 * 60, maxRequestsPerAddress: Int = 5,
        maxRequestsPerClient: Int = 30, consultantIdleTimeout: TimeInterval = 30 * 60,
        idleTimeout: TimeInterval = 8 * 3600, absoluteTimeout: TimeInterval = 12 * 3600, touchInterval: TimeInterval = 60
    ) {
        self.linkLifetime = linkLifetime
        self.requestWindow = requestWindow
        self.maxRequestsPerAddress = maxRequestsPerAddress
        self.maxRequestsPerClient = maxRequestsPerClient
        self.consultantIdleTimeout = consultantIdleTimeout
        self.idleTimeout = idleTimeout
        self.absoluteTimeout = absoluteTimeout
        self.touchInterval = touchInterval
    }

    /// The rules of the issue: links 15 minutes, 5 requests per address and 30 per client in 15
    /// minutes, consultants idle 30 minutes, others 8 hours, every session at most 12 hours.
    public static let standard = SignInRules()

    /// The idle timeout of a role's sessions.
    public func idleTimeout(for role: Role) -> TimeInterval {
        role == .consultant ? consultantIdleTimeout : idleTimeout
    }

    /// Link requests older than this are no longer counted and are deleted.
    public func requestCutoff(now: Date) -> Date {
        now.addingTimeInterval(-requestWindow)
    }
}

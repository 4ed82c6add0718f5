import Foundation

/// Why a sign-in step was refused. The cases a person can meet are explained on the page they
/// land on; none of them reveals whether an address has an account.
public enum SignInRefusal: Error, Sendable, Equatable {
    /// Too many link requests for this address or from this client; try again at the date.
    case rateLimited(retryAfter: Date)
    /// No link has this token.
    case unknownLink
    /// The link is older than its lifetime.
    case linkExpired
    /// The link was used already.
    case linkUsed
    /// The link was asked for in another browser and only works there.
    case otherBrowser
    /// The account is disabled.
    case accountDisabled
}

/// The link a sign-in request made, and the request to count.
public struct LinkIssue: Sendable, Equatable {
    /// The request, always recorded (it counts toward the limits whatever the address).
    public var request: SignInRequest
    /// The link to store and e-mail; nil when the address has no active account that can sign in.
    public var link: SignInLink?
    /// The account the link is for.
    public var account: Account?
}

/// What following a link writes: the link spent, the session made, the account's sign-in time.
public struct Redemption: Sendable, Equatable {
    /// The link, now used.
    public var link: SignInLink
    /// The new session.
    public var session: Session
    /// The account, with `lastSignInAt` now.
    public var account: Account
}

/// Signing in by one-time link, decided purely: the store reads the facts in its transaction,
/// asks these functions, and writes what they answer.
public enum SignInWorkflow {
    /// A request for a link to `request.addressHash`'s account. `recentForAddress` and
    /// `recentForClient` are the times of the earlier requests in the window; `token` is the new
    /// link's id, token hash and binding-cookie hash, made by the caller (randomness is not pure).
    public static func requestLink(
        _ request: SignInRequest, account: Account?, recentForAddress: [Date], recentForClient: [Date],
        link: (id: UUID, tokenHash: String, browserHash: String?), rules: SignInRules
    ) -> Result<LinkIssue, SignInRefusal> {
        let now = request.at
        if let retry = retryAfter(recentForAddress, max: rules.maxRequestsPerAddress, rules: rules, now: now)
            ?? retryAfter(recentForClient, max: rules.maxRequestsPerClient, rules: rules, now: now)
        {
            return .failure(.rateLimited(retryAfter: retry))
        }
        guard let account, !account.disabled, account.email != nil else {
            return .success(LinkIssue(request: request, link: nil, account: nil))
        }
        let issued = SignInLink(
            id: link.id, tokenHash: link.tokenHash, accountId: account.id, browserHash: link.browserHash, createdAt: now,
            expiresAt: now.addingTimeInterval(rules.linkLifetime))
        return .success(LinkIssue(request: request, link: issued, account: account))
    }

    /// Whether a link would sign its account in from the browser holding `browserHash` now,
    /// without spending it (the page a link opens asks before the person confirms).
    public static func check(_ link: SignInLink?, account: Account?, browserHash: String?, now: Date) -> SignInRefusal? {
        guard let link, let account else { return .unknownLink }
        if link.usedAt != nil { return .linkUsed }
        if now >= link.expiresAt { return .linkExpired }
        if account.disabled { return .accountDisabled }
        if let bound = link.browserHash, bound != browserHash { return .otherBrowser }
        return nil
    }

    /// Following a link: spends it, makes the session (`session`: its id and secret hash, made
    /// by the caller) and records the sign-in on the account.
    public static func redeem(
        _ link: SignInLink?, account: Account?, browserHash: String?,
        session: (id: UUID, secretHash: String, client: String?, userAgent: String?), rules: SignInRules, now: Date
    ) -> Result<Redemption, SignInRefusal> {
        if let refusal = check(link, account: account, browserHash: browserHash, now: now) { return .failure(refusal) }
        guard var link, var account else { return .failure(.unknownLink) }
        link.usedAt = now
        account.lastSignInAt = now
        let made = Session(
            id: session.id, secretHash: session.secretHash, accountId: account.id, createdAt: now, lastSeenAt: now,
            expiresAt: now.addingTimeInterval(rules.absoluteTimeout), clientAddress: session.client,
            userAgent: session.userAgent)
        return .success(Redemption(link: link, session: made, account: account))
    }

    /// When a limit of `max` requests in the window, reached by `recent`, frees a place; nil
    /// when it is not reached.
    static func retryAfter(_ recent: [Date], max: Int, rules: SignInRules, now: Date) -> Date? {
        let cutoff = rules.requestCutoff(now: now)
        let inWindow = recent.filter { $0 > cutoff }.sorted()
        guard inWindow.count >= max else { return nil }
        return inWindow[inWindow.count - max].addingTimeInterval(rules.requestWindow)
    }
}

/// Whether a session still stands, decided purely from it, its account and now.
public enum SessionState: Sendable, Equatable {
    /// In use; `touch` when its last use should be written now.
    case active(touch: Bool)
    /// Over: ended, idle too long, past its absolute timeout, or its account disabled.
    case over

    /// The state of `session` of `account` at `now` under `rules`.
    public init(_ session: Session, account: Account?, rules: SignInRules, now: Date) {
        guard let account, !account.disabled, session.endedAt == nil, now < session.expiresAt,
            now < session.lastSeenAt.addingTimeInterval(rules.idleTimeout(for: account.principal.role))
        else {
            self = .over
            return
        }
        self = .active(touch: now.timeIntervalSince(session.lastSeenAt) >= rules.touchInterval)
    }
}

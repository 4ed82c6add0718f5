import Foundation

/// A signed-in browser: made when a sign-in link is followed, kept in a cookie whose value is
/// stored only as a hash. It ends at sign-out, when its owner revokes it, when the account is
/// disabled, after the idle timeout and after the absolute timeout (`SessionRules`).
public struct Session: Sendable, Equatable {
    /// Why a session ended.
    public enum EndReason: String, Sendable, Codable, CaseIterable {
        /// The person signed out.
        case signedOut
        /// Its owner revoked it from another session or the API.
        case revoked
        /// The account was disabled.
        case accountDisabled
    }

    /// The session's id (shown to its owner; not the cookie).
    public var id: UUID
    /// Hex SHA-256 of the cookie's secret.
    public var secretHash: String
    /// Whose session.
    public var accountId: UUID
    /// When it was made.
    public var createdAt: Date
    /// When it was last used (updated at most once a minute, `SessionRules.touchInterval`).
    public var lastSeenAt: Date
    /// When it ends whatever happens: `createdAt` + the absolute timeout.
    public var expiresAt: Date
    /// When it ended before expiring, and why.
    public var endedAt: Date?
    /// Why it ended.
    public var endReason: EndReason?
    /// The client address that signed in, for its owner's list.
    public var clientAddress: String?
    /// A short description of the browser, for its owner's list.
    public var userAgent: String?

    /// Creates a session.
    public init(
        id: UUID, secretHash: String, accountId: UUID, createdAt: Date, lastSeenAt: Date, expiresAt: Date,
        endedAt: Date? = nil, endReason: EndReason? = nil, clientAddress: String? = nil, userAgent: String? = nil
    ) {
        self.id = id
        self.secretHash = secretHash
        self.accountId = accountId
        self.createdAt = createdAt
        self.lastSeenAt = lastSeenAt
        self.expiresAt = expiresAt
        self.endedAt = endedAt
        self.endReason = endReason
        self.clientAddress = clientAddress
        self.userAgent = userAgent
    }
}

/// A one-time sign-in link: 32 random bytes e-mailed to the account's address, stored only as
/// a hash, valid `SignInRules.linkLifetime`, usable once, and — when a browser asked for it —
/// bound to that browser by a cookie whose hash it keeps.
public struct SignInLink: Sendable, Equatable {
    /// The link's id.
    public var id: UUID
    /// Hex SHA-256 of the link's token.
    public var tokenHash: String
    /// Whose link.
    public var accountId: UUID
    /// Hex SHA-256 of the asking browser's binding cookie; nil for a link an administrator made
    /// (`matchd account link`), which works in any browser.
    public var browserHash: String?
    /// When it was made.
    public var createdAt: Date
    /// When it stops working.
    public var expiresAt: Date
    /// When it was used.
    public var usedAt: Date?

    /// Creates a link.
    public init(
        id: UUID, tokenHash: String, accountId: UUID, browserHash: String?, createdAt: Date, expiresAt: Date,
        usedAt: Date? = nil
    ) {
        self.id = id
        self.tokenHash = tokenHash
        self.accountId = accountId
        self.browserHash = browserHash
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.usedAt = usedAt
    }
}

/// One request for a sign-in link, kept a day for the rate limits: the address as a hash (the
/// same for known and unknown addresses, so the limits reveal nothing) and the client's address.
public struct SignInRequest: Sendable, Equatable {
    /// When.
    public var at: Date
    /// Hex SHA-256 of the normalized address asked for.
    public var addressHash: String
    /// The client's address.
    public var client: String

    /// Creates a request.
    public init(at: Date, addressHash: String, client: String) {
        self.at = at
        self.addressHash = addressHash
        self.client = client
    }
}

import Foundation

/// A newly created token: its id and the secret, shown once and stored only as a hash.
public struct IssuedToken: Sendable {
    /// The token's id.
    public var id: UUID
    /// The bearer token itself.
    public var token: String
    /// The account it belongs to.
    public var accountId: UUID

    /// Creates the value from every stored property (for the stores, in other targets).
    package init(id: UUID, token: String, accountId: UUID) {
        self.id = id
        self.token = token
        self.accountId = accountId
    }
}

/// How a caller proved who they are.
public enum Credential: String, Sendable, Equatable {
    /// An API bearer token (`Authorization: Bearer …`).
    case token
    /// A signed-in browser's session cookie: changes must carry the CSRF token.
    case session
}

/// Who a request stands for: the account, its role and scope, and the credential used — an API
/// token or a session — by id (for the access log and history; never the secret itself).
public struct Bearer: Sendable, Equatable {
    /// The id of the token or session used (never its secret).
    public var credentialId: UUID
    /// Which kind of credential it was.
    public var credential: Credential
    /// The account acting.
    public var accountId: UUID
    /// The role and scope.
    public var principal: Principal

    /// Creates a bearer.
    public init(credentialId: UUID, credential: Credential = .token, accountId: UUID, principal: Principal) {
        self.credentialId = credentialId
        self.credential = credential
        self.accountId = accountId
        self.principal = principal
    }
}

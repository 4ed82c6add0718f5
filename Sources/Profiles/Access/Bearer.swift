import Foundation

/// A newly created token: its id and the secret, shown once and stored only as a hash.
public struct IssuedToken: Sendable {
    /// The token's id.
    public var id: UUID
    /// The bearer token itself.
    public var token: String

    /// Creates the value from every stored property (for the stores, in other targets).
    package init(id: UUID, token: String) {
        self.id = id
        self.token = token
    }
}

/// Who a valid bearer token stands for, and which token it was (for the access log and history).
public struct Bearer: Sendable, Equatable {
    /// The token's id (never the token itself).
    public var tokenId: UUID
    /// The role and scope.
    public var principal: Principal

    /// Creates a bearer.
    public init(tokenId: UUID, principal: Principal) {
        self.tokenId = tokenId
        self.principal = principal
    }
}

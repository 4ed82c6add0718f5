import Crypto
import Foundation
import GRDB
import MatchCore
import Profiles

/// Tokens need no match index, so the database itself is the token store (the CLI issues
/// tokens without loading any profiles).
extension AppDatabase: TokenStore {
    public func createToken(for principal: Principal, label: String?) async throws -> IssuedToken {
        // A citizen has one account: their token belongs to it when it exists.
        if let citizenId = principal.citizenId,
            let existing = try await read({ db in
                try Stored<Account>.filter(Account.Columns.citizenId == citizenId.lowercasedText).fetchOne(db)
            })
        {
            return try await createToken(accountId: existing.value.id, label: label)
        }
        let account = Account(
            id: UUID(), principal: principal, email: nil, name: label.map { String($0.prefix(200)) } ?? "API-klient")
        return try await createToken(newAccount: account, label: label)
    }

    public func createToken(accountId: UUID, label: String?) async throws -> IssuedToken {
        let id = UUID()
        let token = BearerToken.generate()
        try await write { db in
            guard let account = try Stored<Account>.fetchOne(db, id: accountId)?.value else { throw StoreError.notFound }
            if account.disabled { throw StoreError.conflict(field: "account", message: "the account is disabled") }
            try APIToken(id: id, tokenHash: BearerToken.hash(token), accountId: accountId, label: label, createdAt: Date()).insert(db)
        }
        return IssuedToken(id: id, token: token, accountId: accountId)
    }

    public func createToken(newAccount account: Account, label: String?) async throws -> IssuedToken {
        let id = UUID()
        let token = BearerToken.generate()
        let now = Date()
        try await write { db in
            try Self.checkScopeExists(db, account.principal)
            try Stored(created: account, at: now).insert(db)
            try APIToken(id: id, tokenHash: BearerToken.hash(token), accountId: account.id, label: label, createdAt: now).insert(db)
        }
        return IssuedToken(id: id, token: token, accountId: account.id)
    }

    /// Answered from `bearers` while nothing has committed since the token was read.
    public func bearer(token: String) async throws -> Bearer? {
        guard token.utf8.count <= 200 else { return nil }
        let hash = BearerToken.hash(token)
        guard let bearers else { return try await read { db in try Bearer.fetchOne(db, tokenHash: hash) } }
        let dataVersion = try bearers.dataVersion()
        if let bearer = bearers.bearer(hash, at: dataVersion) { return bearer }
        let bearer = try bearers.read(hash)
        if let bearer { bearers.keep(bearer, hash: hash, readAfter: dataVersion) }
        return bearer
    }

    public func revokeToken(_ idOrToken: String) async throws -> Bool {
        let hash = BearerToken.hash(idOrToken)
        return try await write { db in
            try APIToken.filter(
                APIToken.Columns.revokedAt == nil
                    && (APIToken.Columns.id == idOrToken.lowercased() || APIToken.Columns.tokenHash == hash)
            )
            .updateAll(db, APIToken.Columns.revokedAt.set(to: Date())) > 0
        }
    }
}

/// Bearer tokens: `mt_` + 256 random bits, base64url; only their SHA-256 is stored.
public enum BearerToken {
    /// A new random token.
    static func generate() -> String {
        "mt_" + Secret.random()
    }

    /// The stored form: hex SHA-256.
    static func hash(_ token: String) -> String {
        Secret.hash(token)
    }
}

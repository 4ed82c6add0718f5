import Foundation
import GRDB
import Profiles

/// A row of `apiToken`: a bearer token's hash (never the token), the account it belongs to (whose
/// role and scope it acts with), and when it was issued and revoked.
struct APIToken: Equatable {
    var id: UUID
    /// Hex SHA-256 of the token (`BearerToken.hash`).
    var tokenHash: String
    /// Whose token.
    var accountId: UUID
    /// The issuer's note.
    var label: String?
    var createdAt: Date
    var revokedAt: Date?
}

extension APIToken: FetchableRecord, PersistableRecord {
    /// `apiToken`.
    static let databaseTableName = "apiToken"

    /// The columns queries filter by, and the one updated in place.
    enum Columns {
        static let id = Column("id")
        static let tokenHash = Column("tokenHash")
        static let accountId = Column("accountId")
        static let revokedAt = Column("revokedAt")
    }

    init(row: Row) throws {
        id = try row.uuid("id")
        tokenHash = try row.decode(forColumn: "tokenHash")
        accountId = try row.uuid("accountId")
        label = try row.decode(forColumn: "label")
        createdAt = try row.decode(forColumn: "createdAt")
        revokedAt = try row.decode(forColumn: "revokedAt")
    }

    func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id.lowercasedText
        container["tokenHash"] = tokenHash
        container["accountId"] = accountId.lowercasedText
        container["label"] = label
        container["createdAt"] = createdAt.storedText
        container["revokedAt"] = revokedAt?.storedText
    }
}

extension Bearer: FetchableRecord {
    /// The bearer of a row joining `apiToken` (`id`, `accountId`) and its account's principal.
    public init(row: Row) throws {
        self.init(
            credentialId: try row.uuid("id"), credential: .token, accountId: try row.uuid("accountId"), principal: try Principal(row: row))
    }

    /// The bearer of an unrevoked token hash of an enabled account, or nil. Every request asks
    /// this, so it is raw SQL in a statement prepared once per connection, reading only the
    /// bearer's columns.
    static func fetchOne(_ db: Database, tokenHash: String) throws -> Bearer? {
        let statement = try db.cachedStatement(
            sql: """
                SELECT t.id, t.accountId, a.role, a.municipalityCode, a.companyId, a.citizenId
                FROM apiToken t JOIN account a ON a.id = t.accountId
                WHERE t.tokenHash = ? AND t.revokedAt IS NULL AND a.disabledAt IS NULL
                """)
        return try Bearer.fetchOne(statement, arguments: [tokenHash])
    }
}

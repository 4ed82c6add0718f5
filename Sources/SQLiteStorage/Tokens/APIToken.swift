import Foundation
import GRDB
import Profiles

/// A row of `apiToken`: a bearer token's hash (never the token), the principal it stands for,
/// and when it was issued and revoked.
struct APIToken: Equatable {
    var id: UUID
    /// Hex SHA-256 of the token (`BearerToken.hash`).
    var tokenHash: String
    /// Who it stands for.
    var principal: Principal
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
        static let revokedAt = Column("revokedAt")
    }

    init(row: Row) throws {
        id = try row.uuid("id")
        tokenHash = try row.decode(forColumn: "tokenHash")
        principal = try Principal(row: row)
        label = try row.decode(forColumn: "label")
        createdAt = try row.decode(forColumn: "createdAt")
        revokedAt = try row.decode(forColumn: "revokedAt")
    }

    func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id.lowercasedText
        container["tokenHash"] = tokenHash
        principal.encode(to: &container)
        container["label"] = label
        container["createdAt"] = createdAt.storedText
        container["revokedAt"] = revokedAt?.storedText
    }
}

extension Bearer: FetchableRecord {
    /// The bearer of a row of `apiToken` (its `id` and principal's columns).
    public init(row: Row) throws {
        self.init(tokenId: try row.uuid("id"), principal: try Principal(row: row))
    }

    /// The bearer of an unrevoked token hash, or nil. Every request asks this, so it is raw SQL
    /// in a statement prepared once per connection, reading only the bearer's columns.
    static func fetchOne(_ db: Database, tokenHash: String) throws -> Bearer? {
        let statement = try db.cachedStatement(
            sql: "SELECT id, role, municipalityCode, companyId, citizenId FROM apiToken WHERE tokenHash = ? AND revokedAt IS NULL")
        return try Bearer.fetchOne(statement, arguments: [tokenHash])
    }
}

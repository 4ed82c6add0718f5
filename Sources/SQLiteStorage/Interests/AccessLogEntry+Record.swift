import Foundation
import GRDB
import Profiles

/// An access-log entry as a row of `accessLog` (append-only: a trigger refuses updates): who
/// read in `role`, `scope` and `tokenId`, the kinds of data as JSON.
extension AccessLogEntry: FetchableRecord, PersistableRecord {
    /// `accessLog`.
    public static let databaseTableName = "accessLog"

    /// The columns queries filter and order by.
    public enum Columns {
        static let at = Column("at")
        static let citizenId = Column("citizenId")
    }

    public init(row: Row) throws {
        self.init(
            at: try row.decode(forColumn: "at"),
            actor: Actor(
                role: try row.raw(Role.self, "role"), scope: try row.decode(forColumn: "scope"),
                tokenId: try row.optionalUUID("tokenId")),
            citizenId: try row.uuid("citizenId"), kinds: try JSONColumn.decode([ProtectedData].self, row, "kinds"),
            route: try row.decode(forColumn: "route"), requestId: try row.decode(forColumn: "requestId"))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["at"] = at.storedText
        container["tokenId"] = actor.tokenId?.lowercasedText
        container["role"] = actor.role.rawValue
        container["scope"] = actor.scope
        container["citizenId"] = citizenId.lowercasedText
        container["kinds"] = try JSONColumn.encode(kinds)
        container["route"] = route
        container["requestId"] = requestId
    }
}

extension AccessLogEntry {
    /// Appends this entry: the row `insert` writes, in a statement prepared once per connection
    /// (raw SQL), as every read that shows protected data appends one entry per citizen shown.
    func append(_ db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO accessLog (at, tokenId, role, scope, citizenId, kinds, route, requestId) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """
        )
        .execute(arguments: [
            at.storedText, actor.tokenId?.lowercasedText, actor.role.rawValue, actor.scope, citizenId.lowercasedText,
            try JSONColumn.encode(kinds), route, requestId,
        ])
    }
}

import Foundation
import GRDB
import Profiles

/// Who did something, stored in three columns named after what they did: `createdByRole`,
/// `createdByScope`, `createdByToken`, and so for `endedBy`, `recordedBy` and `actor`.
extension Actor {
    /// The names of the three columns an actor is stored in, made once.
    struct ColumnNames: Sendable {
        let role: String, scope: String, token: String

        static let createdBy = ColumnNames(prefix: "createdBy")
        static let endedBy = ColumnNames(prefix: "endedBy")
        static let recordedBy = ColumnNames(prefix: "recordedBy")
        static let actor = ColumnNames(prefix: "actor")

        private init(prefix: String) {
            role = prefix + "Role"
            scope = prefix + "Scope"
            token = prefix + "Token"
        }
    }

    /// The actor in `columns`; a role this version does not know is an error.
    init(row: Row, columns: ColumnNames) throws {
        self.init(
            role: try row.raw(Role.self, columns.role), scope: try row.decode(forColumn: columns.scope),
            tokenId: try row.optionalUUID(columns.token))
    }

    /// The actor in `columns`, or nil when its role is NULL or one this version does not know.
    static func optional(row: Row, columns: ColumnNames) throws -> Actor? {
        let role: String? = try row.decode(forColumn: columns.role)
        guard role.flatMap(Role.init(rawValue:)) != nil else { return nil }
        return try Actor(row: row, columns: columns)
    }

    /// Writes `actor` into `columns`; nil writes NULLs.
    static func encode(_ actor: Actor?, to container: inout PersistenceContainer, columns: ColumnNames) {
        container[columns.role] = actor?.role.rawValue
        container[columns.scope] = actor?.scope
        container[columns.token] = actor?.tokenId?.lowercasedText
    }
}

import Foundation
import GRDB
import Profiles

/// Who did something, stored in three columns named after what they did: `<prefix>Role`,
/// `<prefix>Scope` and `<prefix>Token` (`createdBy…`, `endedBy…`, `recordedBy…`, `actor…`).
extension Actor {
    /// The actor in the columns of `prefix`; a role this version does not know is an error.
    init(row: Row, prefix: String) throws {
        self.init(role: try row.raw(Role.self, prefix + "Role"), scope: try row.decode(forColumn: prefix + "Scope"),
                  tokenId: try row.optionalUUID(prefix + "Token"))
    }

    /// The actor in the columns of `prefix`, or nil when its role is NULL or one this version
    /// does not know.
    static func optional(row: Row, prefix: String) throws -> Actor? {
        let role: String? = try row.decode(forColumn: prefix + "Role")
        guard role.flatMap(Role.init(rawValue:)) != nil else { return nil }
        return try Actor(row: row, prefix: prefix)
    }

    /// Writes `actor` into the columns of `prefix`; nil writes NULLs.
    static func encode(_ actor: Actor?, to container: inout PersistenceContainer, prefix: String) {
        container[prefix + "Role"] = actor?.role.rawValue
        container[prefix + "Scope"] = actor?.scope
        container[prefix + "Token"] = actor?.tokenId?.lowercasedText
    }
}

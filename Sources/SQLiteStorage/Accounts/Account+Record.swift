import Foundation
import GRDB
import Profiles

/// An account as a row of `account`: its principal in the four principal columns.
extension Account: ProfileRecord {
    /// `account`.
    public static let databaseTableName = "account"

    /// The columns queries filter and order by, and those updated in place.
    public enum Columns {
        static let id = Column("id")
        static let role = Column("role")
        static let email = Column("email")
        static let municipalityCode = Column("municipalityCode")
        static let companyId = Column("companyId")
        static let citizenId = Column("citizenId")
        static let lastSignInAt = Column("lastSignInAt")
        static let disabledAt = Column("disabledAt")
    }

    public init(row: Row) throws {
        self.init(
            id: try row.uuid("id"), principal: try Principal(row: row), email: try row.decode(forColumn: "email"),
            name: try row.decode(forColumn: "name"), language: try row.raw(Language.self, "language"),
            lastSignInAt: try row.decode(forColumn: "lastSignInAt"), disabledAt: try row.decode(forColumn: "disabledAt"))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id.lowercasedText
        principal.encode(to: &container)
        container["email"] = email
        container["name"] = name
        container["language"] = language.rawValue
        container["lastSignInAt"] = lastSignInAt?.storedText
        container["disabledAt"] = disabledAt?.storedText
    }
}

import Foundation
import GRDB
import Profiles

/// A consent as a row of `consent`: the shared needs as JSON.
extension Consent: FetchableRecord, PersistableRecord {
    /// `consent`.
    public static let databaseTableName = "consent"

    /// The columns queries filter and order by.
    public enum Columns {
        static let id = Column("id")
        static let citizenId = Column("citizenId")
        static let interestId = Column("interestId")
        static let givenAt = Column("givenAt")
    }

    public init(row: Row) throws {
        self.init(
            id: try row.uuid("id"), citizenId: try row.uuid("citizenId"), companyId: try row.uuid("companyId"),
            interestId: try row.uuid("interestId"), sharedNeeds: try JSONColumn.decode([String].self, row, "sharedNeeds"),
            givenAt: try row.decode(forColumn: "givenAt"), revokedAt: try row.decode(forColumn: "revokedAt"))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id.lowercasedText
        container["citizenId"] = citizenId.lowercasedText
        container["companyId"] = companyId.lowercasedText
        container["interestId"] = interestId.lowercasedText
        container["sharedNeeds"] = try JSONColumn.encode(sharedNeeds)
        container["givenAt"] = givenAt.storedText
        container["revokedAt"] = revokedAt?.storedText
    }
}

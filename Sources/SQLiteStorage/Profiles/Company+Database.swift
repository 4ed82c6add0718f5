import Foundation
import GRDB
import MatchCore
import Profiles

/// A company as a row of `company`.
extension Company: FetchableRecord, PersistableRecord {
    /// `company`.
    public static let databaseTableName = "company"

    /// The columns queries filter and order by.
    public enum Columns {
        static let id = Column("id")
        static let municipalityCode = Column("municipalityCode")
    }

    public init(row: Row) throws {
        self.init(
            id: try row.uuid("id"), cvr: try row.decode(forColumn: "cvr"), name: try row.decode(forColumn: "name"),
            industry: try row.decode(forColumn: "industry"),
            municipalityCode: try MunicipalityCode(row: row, column: "municipalityCode"),
            location: GeoPoint(lat: try row.decode(forColumn: "lat"), lon: try row.decode(forColumn: "lon")),
            contactEmail: try row.decode(forColumn: "contactEmail"))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id.lowercasedText
        container["cvr"] = cvr
        container["name"] = name
        container["industry"] = industry
        container["municipalityCode"] = municipalityCode.description
        container["lat"] = location.lat
        container["lon"] = location.lon
        container["contactEmail"] = contactEmail
    }
}

import Foundation
import GRDB
import MatchCore

/// A citizen as a row of `citizen`: hours and location in columns of their own, lists as JSON.
extension Citizen: FetchableRecord, PersistableRecord {
    /// `citizen`.
    public static let databaseTableName = "citizen"

    /// The columns queries filter and order by.
    public enum Columns {
        static let id = Column("id")
        static let municipalityCode = Column("municipalityCode")
        static let status = Column("status")
        static let visibleToCompanies = Column("visibleToCompanies")
    }

    public init(row: Row) throws {
        self.init(
            id: try row.uuid("id"), municipalityCode: try MunicipalityCode(row: row, column: "municipalityCode"),
            name: try row.decode(forColumn: "name"), email: try row.decode(forColumn: "email"),
            phone: try row.decode(forColumn: "phone"), status: try row.raw(CitizenStatus.self, "status"),
            hours: CitizenHours(current: try row.decode(forColumn: "hoursCurrent"), target: try row.decode(forColumn: "hoursTarget")),
            competencies: try JSONColumn.decode([HeldCompetencyCode].self, row, "competencies"),
            jobGoals: try JSONColumn.decode([String].self, row, "jobGoals"),
            needs: try JSONColumn.decode([NeedCode].self, row, "needs"),
            acceptedKinds: try JSONColumn.decode([EmploymentKind].self, row, "acceptedKinds"),
            location: GeoPoint(lat: try row.decode(forColumn: "lat"), lon: try row.decode(forColumn: "lon")),
            maxCommuteKm: try row.decode(forColumn: "maxCommuteKm"),
            visibleToCompanies: try row.decode(forColumn: "visibleToCompanies"))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id.databaseText
        container["municipalityCode"] = municipalityCode.description
        container["name"] = name
        container["email"] = email
        container["phone"] = phone
        container["status"] = status.rawValue
        container["hoursCurrent"] = hours.current
        container["hoursTarget"] = hours.target
        container["competencies"] = try JSONColumn.encode(competencies)
        container["jobGoals"] = try JSONColumn.encode(jobGoals)
        container["needs"] = try JSONColumn.encode(needs)
        container["acceptedKinds"] = try JSONColumn.encode(acceptedKinds)
        container["lat"] = location.lat
        container["lon"] = location.lon
        container["maxCommuteKm"] = maxCommuteKm
        container["visibleToCompanies"] = visibleToCompanies
    }
}

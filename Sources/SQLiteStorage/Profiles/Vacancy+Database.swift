import Foundation
import GRDB
import MatchCore
import Profiles

/// A vacancy as a row of `vacancy`: `capacity` and `occupiedOutside` are set for slots only.
extension Vacancy: FetchableRecord, PersistableRecord {
    /// `vacancy`.
    public static let databaseTableName = "vacancy"

    /// The columns queries filter and order by.
    public enum Columns {
        static let id = Column("id")
        static let companyId = Column("companyId")
        static let source = Column("source")
        static let status = Column("status")
        static let kind = Column("kind")
        static let occupationCode = Column("occupationCode")
        static let placed = Column("placed")
    }

    public init(row: Row) throws {
        let source = try row.raw(VacancySource.self, "source")
        let capacity: Int? = try row.decode(forColumn: "capacity")
        let occupiedOutside: Int? = try row.decode(forColumn: "occupiedOutside")
        self.init(
            id: try row.uuid("id"), companyId: try row.uuid("companyId"), source: source,
            title: try row.decode(forColumn: "title"), description: try row.decode(forColumn: "description"),
            occupationCode: try row.decode(forColumn: "occupationCode"), kind: try row.raw(EmploymentKind.self, "kind"),
            status: try row.raw(VacancyStatus.self, "status"),
            places: try capacity.map {
                Places(capacity: $0, occupiedOutside: occupiedOutside ?? 0, placed: try row.decode(forColumn: "placed"))
            },
            hours: HoursBand(min: try row.decode(forColumn: "hoursMin"), max: try row.decode(forColumn: "hoursMax")),
            competencies: try JSONColumn.decode(row, "competencies", fast: ListColumnParser.requirements),
            offers: try JSONColumn.decode(row, "offers", fast: ListColumnParser.strings),
            demands: try JSONColumn.decode(row, "demands", fast: ListColumnParser.strings),
            location: GeoPoint(lat: try row.decode(forColumn: "lat"), lon: try row.decode(forColumn: "lon")),
            remote: try row.decode(forColumn: "remote"))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id.lowercasedText
        container["companyId"] = companyId.lowercasedText
        container["source"] = source.rawValue
        container["title"] = title
        container["description"] = description
        container["occupationCode"] = occupationCode
        container["kind"] = kind.rawValue
        container["status"] = status.rawValue
        container["capacity"] = places?.capacity
        container["occupiedOutside"] = places?.occupiedOutside
        // `placed` is written only by placements, in their own transactions.
        container["hoursMin"] = hours.min
        container["hoursMax"] = hours.max
        container["competencies"] = try JSONColumn.encode(competencies)
        container["offers"] = try JSONColumn.encode(offers)
        container["demands"] = try JSONColumn.encode(demands)
        container["lat"] = location.lat
        container["lon"] = location.lon
        container["remote"] = remote
    }
}

import Foundation
import GRDB
import MatchCore
import Profiles

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
            competencies: try JSONColumn.decode(row, "competencies", fast: ListColumnParser.competencies),
            jobGoals: try JSONColumn.decode(row, "jobGoals", fast: ListColumnParser.strings),
            needs: try JSONColumn.decode(row, "needs", fast: ListColumnParser.needs),
            acceptedKinds: try JSONColumn.decode(row, "acceptedKinds", fast: ListColumnParser.kinds),
            location: GeoPoint(lat: try row.decode(forColumn: "lat"), lon: try row.decode(forColumn: "lon")),
            maxCommuteKm: try row.decode(forColumn: "maxCommuteKm"),
            visibleToCompanies: try row.decode(forColumn: "visibleToCompanies"))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id.lowercasedText
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

extension Citizen {
    /// Inserts citizens at version 1 with one prepared statement (bulk import, `BulkInsert`: raw
    /// SQL); the columns and values are those of `encode(to:)`.
    static func insertStatement(_ db: Database) throws -> Statement {
        try db.cachedStatement(
            sql: """
                INSERT INTO citizen (id, municipalityCode, name, email, phone, status, hoursCurrent, hoursTarget, competencies,
                                     jobGoals, needs, acceptedKinds, lat, lon, maxCommuteKm, visibleToCompanies, version, createdAt, updatedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
                """)
    }

    /// Runs `insertStatement` (as `insert`) for this citizen, created and updated at `stamp`;
    /// `text` holds its columns written as text, made beforehand off the inserting thread.
    func insert(_ insert: BulkInsert, text: CitizenText, stamp: DatabaseValue) throws {
        try insert.run { bind in
            try bind(text.id, 1)
            try bind(text.municipalityCode, 2)
            try bind(name, 3)
            try bind(email, 4)
            try bind(phone, 5)
            try bind(status.rawValue, 6)
            try bind(hours.current, 7)
            try bind(hours.target, 8)
            try bind(text.competencies, 9)
            try bind(text.jobGoals, 10)
            try bind(text.needs, 11)
            try bind(text.acceptedKinds, 12)
            try bind(location.lat, 13)
            try bind(location.lon, 14)
            try bind(maxCommuteKm, 15)
            try bind(visibleToCompanies, 16)
            try bind(stamp, 17)
            try bind(stamp, 18)
        }
    }

    /// Runs `CitizenHoursEntry.insertStatement` (as `insert`) for this citizen's first hours, at `stamp`.
    func insertHours(_ insert: BulkInsert, text: CitizenText, stamp: DatabaseValue) throws {
        try insert.run { bind in
            try bind(text.id, 1)
            try bind(stamp, 2)
            try bind(hours.current, 3)
            try bind(hours.target, 4)
        }
    }

    /// The columns the match index needs: no name, e-mail or phone.
    static let indexColumns = """
        id, municipalityCode, status, hoursCurrent, hoursTarget, competencies, jobGoals, needs, acceptedKinds,
        lat, lon, maxCommuteKm, visibleToCompanies
        """

    /// A citizen read from `indexColumns` (by position) for the match index, for the rows
    /// `CitizenRowCoder` does not read itself; its name empty and its contact details nil. The
    /// list columns are read by `ListColumnParser`, falling back to `JSONDecoder`.
    init(indexRow row: Row) throws {
        let idText = try row.decode(String.self, atIndex: 0)
        let municipalityText = try row.decode(String.self, atIndex: 1)
        guard let id = UUID(databaseText: idText) else { throw StoredValueError(column: "id") }
        guard let municipality = MunicipalityCode(municipalityText) else { throw StoredValueError(column: "municipalityCode") }
        guard let status = CitizenStatus(rawValue: try row.decode(String.self, atIndex: 2)) else {
            throw StoredValueError(column: "status")
        }
        self.init(
            id: id, municipalityCode: municipality, name: "", status: status,
            hours: CitizenHours(current: try row.decode(Double.self, atIndex: 3), target: try row.decode(Double.self, atIndex: 4)),
            competencies: try JSONColumn.decode(row, 5, fast: ListColumnParser.competencies),
            jobGoals: try JSONColumn.decode(row, 6, fast: ListColumnParser.strings),
            needs: try JSONColumn.decode(row, 7, fast: ListColumnParser.needs),
            acceptedKinds: try JSONColumn.decode(row, 8, fast: ListColumnParser.kinds),
            location: GeoPoint(lat: try row.decode(Double.self, atIndex: 9), lon: try row.decode(Double.self, atIndex: 10)),
            maxCommuteKm: try row.decode(Double.self, atIndex: 11),
            visibleToCompanies: try row.decode(Bool.self, atIndex: 12))
    }
}

/// A citizen's columns that are written as text — id, municipality and the JSON lists — as its
/// row stores them: a bulk import makes them on its decoding threads, so that the one inserting
/// thread only binds them.
struct CitizenText: Sendable {
    let id: String
    let municipalityCode: String
    let competencies: String
    let jobGoals: String
    let needs: String
    let acceptedKinds: String

    /// The text of `citizen`'s columns, as `Citizen.encode(to:)` writes them.
    init(_ citizen: Citizen) throws {
        id = citizen.id.lowercasedText
        municipalityCode = citizen.municipalityCode.description
        competencies = try JSONColumn.encode(citizen.competencies)
        jobGoals = try JSONColumn.encode(citizen.jobGoals)
        needs = try JSONColumn.encode(citizen.needs)
        acceptedKinds = try JSONColumn.encode(citizen.acceptedKinds)
    }
}

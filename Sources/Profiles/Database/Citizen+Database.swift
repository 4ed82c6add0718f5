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
    /// Inserts citizens at version 1 with one prepared statement (bulk import); the columns and
    /// values are those of `encode(to:)`.
    static func insertStatement(_ db: Database) throws -> Statement {
        try db.cachedStatement(sql: """
            INSERT INTO citizen (id, municipalityCode, name, email, phone, status, hoursCurrent, hoursTarget, competencies,
                                 jobGoals, needs, acceptedKinds, lat, lon, maxCommuteKm, visibleToCompanies, version, createdAt, updatedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
            """)
    }

    /// The values of `insertStatement` for this citizen, created and updated at `stamp`.
    func insertArguments(stamp: DatabaseValue) throws -> StatementArguments {
        [id.lowercasedText, municipalityCode.description, name, email, phone, status.rawValue, hours.current, hours.target,
         try JSONColumn.encode(competencies), try JSONColumn.encode(jobGoals), try JSONColumn.encode(needs),
         try JSONColumn.encode(acceptedKinds), location.lat, location.lon, maxCommuteKm, visibleToCompanies, stamp, stamp]
    }

    /// The columns the match index needs: no name, e-mail or phone.
    static let indexColumns = """
        id, municipalityCode, status, hoursCurrent, hoursTarget, competencies, jobGoals, needs, acceptedKinds,
        lat, lon, maxCommuteKm, visibleToCompanies
        """

    /// A citizen read from `indexColumns` (by position) for the match index, its name empty and
    /// its contact details nil. The list columns are read by `ListColumnParser`, falling back to
    /// `JSONDecoder`.
    init(indexRow row: Row) throws {
        let idText = try row.decode(String.self, atIndex: 0), municipalityText = try row.decode(String.self, atIndex: 1)
        guard let id = UUID(databaseText: idText) else { throw StoredValueError(column: "id") }
        guard let municipality = MunicipalityCode(municipalityText) else { throw StoredValueError(column: "municipalityCode") }
        guard let status = CitizenStatus(rawValue: try row.decode(String.self, atIndex: 2)) else { throw StoredValueError(column: "status") }
        self.init(
            id: id, municipalityCode: municipality, name: "", status: status,
            hours: CitizenHours(current: try row.decode(Double.self, atIndex: 3), target: try row.decode(Double.self, atIndex: 4)),
            competencies: try JSONColumn.decode(row, 5, fast: Self.competencies),
            jobGoals: try JSONColumn.decode(row, 6, fast: ListColumnParser.strings),
            needs: try JSONColumn.decode(row, 7, fast: Self.needs),
            acceptedKinds: try JSONColumn.decode(row, 8) { text in
                ListColumnParser.strings(text).flatMap { kinds in
                    let known = kinds.compactMap(EmploymentKind.init(rawValue:))
                    return known.count == kinds.count ? known : nil
                }
            },
            location: GeoPoint(lat: try row.decode(Double.self, atIndex: 9), lon: try row.decode(Double.self, atIndex: 10)),
            maxCommuteKm: try row.decode(Double.self, atIndex: 11),
            visibleToCompanies: try row.decode(Bool.self, atIndex: 12))
    }

    private static func competencies(_ text: String) -> [HeldCompetencyCode]? {
        var held: [HeldCompetencyCode] = []
        let parsed = ListColumnParser.objects(text) { members in
            guard members.count == 2, case (_, .string(let code)) = members[0], members[0].key == "code",
                  case (_, .integer(let level)) = members[1], members[1].key == "level" else { return false }
            held.append(HeldCompetencyCode(code: code, level: level))
            return true
        }
        return parsed ? held : nil
    }

    private static func needs(_ text: String) -> [NeedCode]? {
        var needs: [NeedCode] = []
        let parsed = ListColumnParser.objects(text) { members in
            guard members.count == 3, case (_, .string(let code)) = members[0], members[0].key == "code",
                  case (_, .bool(let required)) = members[1], members[1].key == "required",
                  case (_, .bool(let shared)) = members[2], members[2].key == "shared" else { return false }
            needs.append(NeedCode(code: code, required: required, shared: shared))
            return true
        }
        return parsed ? needs : nil
    }
}

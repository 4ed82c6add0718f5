import Foundation
import GRDB
import MatchCore

/// JSON columns: lists of codes stored as JSON text (checked by `json_valid` in the schema).
enum JSONColumn {
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try! encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(text.utf8))
    }
}

extension Row {
    func uuid(_ column: String) -> UUID {
        UUID(uuidString: self[column] as String)!
    }

    func stored<Value>(_ value: Value) -> Stored<Value> {
        Stored(value: value, version: self["version"], createdAt: self["createdAt"], updatedAt: self["updatedAt"])
    }
}

extension Citizen {
    /// Reads one row of the table.
    public static func decode(_ row: Row) throws -> Stored<Citizen> {
        row.stored(Citizen(
            id: row.uuid("id"), municipalityCode: row["municipalityCode"], name: row["name"], email: row["email"],
            phone: row["phone"], status: CitizenStatus(rawValue: row["status"])!,
            hours: CitizenHours(current: row["hoursCurrent"], target: row["hoursTarget"]),
            competencies: try JSONColumn.decode([HeldCompetencyCode].self, row["competencies"]),
            jobGoals: try JSONColumn.decode([String].self, row["jobGoals"]),
            needs: try JSONColumn.decode([NeedCode].self, row["needs"]),
            acceptedKinds: try JSONColumn.decode([EmploymentKind].self, row["acceptedKinds"]),
            location: GeoPoint(lat: row["lat"], lon: row["lon"]), maxCommuteKm: row["maxCommuteKm"],
            visibleToCompanies: row["visibleToCompanies"]))
    }

    /// The column values to write.
    public var columns: [String: (any DatabaseValueConvertible)?] {
        [
            "id": id.uuidString.lowercased(), "municipalityCode": municipalityCode, "name": name, "email": email,
            "phone": phone, "status": status.rawValue, "hoursCurrent": hours.current, "hoursTarget": hours.target,
            "competencies": JSONColumn.encode(competencies), "jobGoals": JSONColumn.encode(jobGoals),
            "needs": JSONColumn.encode(needs), "acceptedKinds": JSONColumn.encode(acceptedKinds),
            "lat": location.lat, "lon": location.lon, "maxCommuteKm": maxCommuteKm,
            "visibleToCompanies": visibleToCompanies,
        ]
    }
}

extension Company {
    /// Reads one row of the table.
    public static func decode(_ row: Row) throws -> Stored<Company> {
        row.stored(Company(
            id: row.uuid("id"), cvr: row["cvr"], name: row["name"], industry: row["industry"],
            municipalityCode: row["municipalityCode"], location: GeoPoint(lat: row["lat"], lon: row["lon"]),
            contactEmail: row["contactEmail"]))
    }

    /// The column values to write.
    public var columns: [String: (any DatabaseValueConvertible)?] {
        [
            "id": id.uuidString.lowercased(), "cvr": cvr, "name": name, "industry": industry,
            "municipalityCode": municipalityCode, "lat": location.lat, "lon": location.lon, "contactEmail": contactEmail,
        ]
    }
}

extension Opening {
    /// Reads one row of the table.
    public static func decode(_ row: Row) throws -> Stored<Opening> {
        row.stored(Opening(
            id: row.uuid("id"), companyId: row.uuid("companyId"), title: row["title"], description: row["description"],
            occupationCode: row["occupationCode"], kind: EmploymentKind(rawValue: row["kind"])!,
            status: VacancyStatus(rawValue: row["status"])!, hours: HoursBand(min: row["hoursMin"], max: row["hoursMax"]),
            competencies: try JSONColumn.decode([RequirementCode].self, row["competencies"]),
            offers: try JSONColumn.decode([String].self, row["offers"]),
            demands: try JSONColumn.decode([String].self, row["demands"]),
            location: GeoPoint(lat: row["lat"], lon: row["lon"]), remote: row["remote"]))
    }

    /// The column values to write.
    public var columns: [String: (any DatabaseValueConvertible)?] {
        [
            "id": id.uuidString.lowercased(), "companyId": companyId.uuidString.lowercased(), "title": title,
            "description": description, "occupationCode": occupationCode, "kind": kind.rawValue,
            "status": status.rawValue, "hoursMin": hours.min, "hoursMax": hours.max,
            "competencies": JSONColumn.encode(competencies), "offers": JSONColumn.encode(offers),
            "demands": JSONColumn.encode(demands), "lat": location.lat, "lon": location.lon, "remote": remote,
        ]
    }
}

extension Slot {
    /// Reads one row of the table.
    public static func decode(_ row: Row) throws -> Stored<Slot> {
        row.stored(Slot(
            id: row.uuid("id"), companyId: row.uuid("companyId"), title: row["title"], description: row["description"],
            occupationCode: row["occupationCode"], kind: EmploymentKind(rawValue: row["kind"])!,
            status: VacancyStatus(rawValue: row["status"])!, capacity: row["capacity"], occupied: row["occupied"],
            hours: HoursBand(min: row["hoursMin"], max: row["hoursMax"]),
            competencies: try JSONColumn.decode([RequirementCode].self, row["competencies"]),
            offers: try JSONColumn.decode([String].self, row["offers"]),
            demands: try JSONColumn.decode([String].self, row["demands"]),
            location: GeoPoint(lat: row["lat"], lon: row["lon"]), remote: row["remote"]))
    }

    /// The column values to write.
    public var columns: [String: (any DatabaseValueConvertible)?] {
        [
            "id": id.uuidString.lowercased(), "companyId": companyId.uuidString.lowercased(), "title": title,
            "description": description, "occupationCode": occupationCode, "kind": kind.rawValue,
            "status": status.rawValue, "capacity": capacity, "occupied": occupied, "hoursMin": hours.min,
            "hoursMax": hours.max, "competencies": JSONColumn.encode(competencies), "offers": JSONColumn.encode(offers),
            "demands": JSONColumn.encode(demands), "lat": location.lat, "lon": location.lon, "remote": remote,
        ]
    }
}

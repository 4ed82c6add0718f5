import Foundation
import GRDB
import MatchCore
import Profiles

/// A row of `citizenHoursHistory`: a citizen's hours as of a time — written when a citizen is
/// created, when their hours change, and when a placement's progression moves them; the
/// overview reads the hours at a placement's start from it.
struct CitizenHoursEntry: Equatable {
    var citizenId: UUID
    /// From when.
    var at: Date
    /// The hours then.
    var hours: CitizenHours
}

extension CitizenHoursEntry: FetchableRecord, PersistableRecord {
    /// `citizenHoursHistory`.
    static let databaseTableName = "citizenHoursHistory"

    init(row: Row) throws {
        citizenId = try row.uuid("citizenId")
        at = try row.decode(forColumn: "at")
        hours = CitizenHours(current: try row.decode(forColumn: "current"), target: try row.decode(forColumn: "target"))
    }

    func encode(to container: inout PersistenceContainer) throws {
        container["citizenId"] = citizenId.lowercasedText
        container["at"] = at.storedText
        container["current"] = hours.current
        container["target"] = hours.target
    }
}

extension CitizenHoursEntry {
    /// Appends to the hours history: citizen id, time, current and target hours. Citizen writes
    /// run it and the bulk import binds it for each citizen, so it is raw SQL in a statement
    /// prepared once per connection (a record's `insert` took twice as long a row).
    static func insertStatement(_ db: Database) throws -> Statement {
        try db.cachedStatement(sql: "INSERT INTO citizenHoursHistory (citizenId, at, current, target) VALUES (?, ?, ?, ?)")
    }

    /// Appends this entry with `insertStatement`: the row `insert` writes.
    func append(_ db: Database) throws {
        try Self.insertStatement(db).execute(arguments: [citizenId.lowercasedText, at.storedText, hours.current, hours.target])
    }
}

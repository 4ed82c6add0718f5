import Foundation
import GRDB
import Profiles

/// A row of `matchUpgraded`: a citizen–vacancy pair announced as upgraded (`match.upgraded`),
/// so that each pair is announced once, ever.
struct MatchUpgrade: Equatable {
    var citizenId: UUID
    var vacancyId: UUID
    /// When it was announced.
    var at: Date
}

extension MatchUpgrade: FetchableRecord, PersistableRecord {
    /// `matchUpgraded`.
    static let databaseTableName = "matchUpgraded"

    init(row: Row) throws {
        citizenId = try row.uuid("citizenId")
        vacancyId = try row.uuid("vacancyId")
        at = try row.decode(forColumn: "at")
    }

    func encode(to container: inout PersistenceContainer) throws {
        container["citizenId"] = citizenId.lowercasedText
        container["vacancyId"] = vacancyId.lowercasedText
        container["at"] = at.storedText
    }
}

extension MatchUpgrade {
    /// Inserts the pair unless it is there already; false when it was (announced before). Raw
    /// SQL (`INSERT OR IGNORE`) in a statement prepared once per connection, as the outbox's
    /// other inserts: a citizen write whose hours rise runs it.
    func insertIfNew(_ db: Database) throws -> Bool {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO matchUpgraded (citizenId, vacancyId, at) VALUES (?, ?, ?)")
            .execute(arguments: [citizenId.lowercasedText, vacancyId.lowercasedText, at.storedText])
        return db.changesCount > 0
    }
}

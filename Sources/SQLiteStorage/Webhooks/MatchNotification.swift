import Foundation
import GRDB
import Profiles

/// A row of `webhookMatchNotified`: a subscription told of a citizen–vacancy pair
/// (`match.created`), so that it is told of each pair once, ever.
struct MatchNotification: Equatable {
    var webhookId: UUID
    var citizenId: UUID
    var vacancyId: UUID
}

extension MatchNotification: FetchableRecord, PersistableRecord {
    /// `webhookMatchNotified`.
    static let databaseTableName = "webhookMatchNotified"

    init(row: Row) throws {
        webhookId = try row.uuid("webhookId")
        citizenId = try row.uuid("citizenId")
        vacancyId = try row.uuid("vacancyId")
    }

    func encode(to container: inout PersistenceContainer) throws {
        container["webhookId"] = webhookId.lowercasedText
        container["citizenId"] = citizenId.lowercasedText
        container["vacancyId"] = vacancyId.lowercasedText
    }
}

extension MatchNotification {
    /// Inserts the notification unless it is there already; false when it was (told before).
    /// Raw SQL (`INSERT OR IGNORE`) in a statement prepared once per connection: the outbox runs
    /// it for every match a write announces to every subscription.
    func insertIfNew(_ db: Database) throws -> Bool {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO webhookMatchNotified (webhookId, citizenId, vacancyId) VALUES (?, ?, ?)")
            .execute(arguments: [webhookId.lowercasedText, citizenId.lowercasedText, vacancyId.lowercasedText])
        return db.changesCount > 0
    }
}

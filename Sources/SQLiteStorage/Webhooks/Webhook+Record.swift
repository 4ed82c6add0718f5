import Foundation
import GRDB
import MatchCore
import Profiles

/// A subscription as a row of `webhook`: its owner in the `owner…` columns, the event types as JSON.
extension Webhook: FetchableRecord, PersistableRecord {
    /// `webhook`.
    public static let databaseTableName = "webhook"

    /// The columns queries filter and order by, and the ones updated in place.
    public enum Columns {
        static let ownerRole = Column("ownerRole")
        static let ownerMunicipalityCode = Column("ownerMunicipalityCode")
        static let ownerCompanyId = Column("ownerCompanyId")
        static let ownerCitizenId = Column("ownerCitizenId")
        static let secret = Column("secret")
        static let previousSecret = Column("previousSecret")
        static let previousSecretExpiresAt = Column("previousSecretExpiresAt")
        static let enabled = Column("enabled")
        static let disabledReason = Column("disabledReason")
    }

    public init(row: Row) throws {
        self.init(
            id: try row.uuid("id"), owner: try Principal(row: row, columns: .owner), url: try row.decode(forColumn: "url"),
            events: try JSONColumn.decode([WebhookEventType].self, row, "events"), minScore: try row.decode(forColumn: "minScore"),
            description: try row.decode(forColumn: "description"), secret: try row.decode(forColumn: "secret"),
            previousSecret: try row.decode(forColumn: "previousSecret"),
            previousSecretExpiresAt: try row.decode(forColumn: "previousSecretExpiresAt"),
            enabled: try row.decode(forColumn: "enabled"), disabledReason: try row.decode(forColumn: "disabledReason"),
            createdAt: try row.decode(forColumn: "createdAt"))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id.lowercasedText
        owner.encode(to: &container, columns: .owner)
        container["url"] = url
        container["events"] = try JSONColumn.encode(events)
        container["minScore"] = minScore
        container["description"] = description
        container["secret"] = secret
        container["previousSecret"] = previousSecret
        container["previousSecretExpiresAt"] = previousSecretExpiresAt?.storedText
        container["enabled"] = enabled
        container["disabledReason"] = disabledReason
        container["createdAt"] = createdAt.storedText
    }

    /// The enabled subscriptions, read inside a write's transaction by the outbox. Every profile
    /// write asks this, so it is raw SQL in a statement prepared once per connection (compiling
    /// `SELECT *` was a quarter of a citizen update's time on the writer).
    static func fetchEnabled(_ db: Database) throws -> [Webhook] {
        try Webhook.fetchAll(db.cachedStatement(sql: "SELECT * FROM webhook WHERE enabled = 1 ORDER BY id"))
    }
}

extension DerivableRequest<Webhook> {
    /// The subscriptions of exactly this owner (role and scope).
    func owned(by owner: Principal) -> Self {
        typealias Columns = Webhook.Columns
        return filter(
            Columns.ownerRole == owner.role.rawValue && Columns.ownerMunicipalityCode == owner.municipalityCode?.description
                && Columns.ownerCompanyId == owner.companyId?.lowercasedText
                && Columns.ownerCitizenId == owner.citizenId?.lowercasedText)
    }
}

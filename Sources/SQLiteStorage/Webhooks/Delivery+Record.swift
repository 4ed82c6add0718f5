import Foundation
import GRDB
import Profiles

/// A delivery as a row of `webhookDelivery` (the outbox); its attempts are in `webhookAttempt`
/// (`DeliveryAttemptRecord`).
extension Delivery: FetchableRecord, PersistableRecord {
    /// `webhookDelivery`.
    public static let databaseTableName = "webhookDelivery"

    /// The columns queries filter and order by, and the ones updated in place.
    public enum Columns {
        static let id = Column("id")
        static let webhookId = Column("webhookId")
        static let status = Column("status")
        static let attemptCount = Column("attemptCount")
        static let nextAttemptAt = Column("nextAttemptAt")
    }

    /// The subscription a delivery goes to.
    static let webhook = belongsTo(Webhook.self)

    /// The delivery of `row`, without its attempts.
    public init(row: Row) throws {
        self.init(
            id: try row.decode(forColumn: "id"), webhookId: try row.uuid("webhookId"),
            eventType: try row.raw(WebhookEventType.self, "eventType"), payload: try row.decode(forColumn: "payload"),
            status: try row.raw(DeliveryStatus.self, "status"), attemptCount: try row.decode(forColumn: "attemptCount"),
            nextAttemptAt: try row.decode(forColumn: "nextAttemptAt"), createdAt: try row.decode(forColumn: "createdAt"),
            attempts: [])
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["webhookId"] = webhookId.lowercasedText
        container["eventType"] = eventType.rawValue
        container["payload"] = payload
        container["status"] = status.rawValue
        container["attemptCount"] = attemptCount
        container["nextAttemptAt"] = nextAttemptAt?.storedText
        container["createdAt"] = createdAt.storedText
    }

    /// Queues one delivery of an event to a subscription, due now, in the caller's transaction:
    /// a pending row with a new `webhook-id`. Every write queues the deliveries of its events, so
    /// it is raw SQL in a statement prepared once per connection (a record's `insert` took twice
    /// as long a row).
    static func enqueue(_ db: Database, webhookId: UUID, eventType: WebhookEventType, payload: String, now: Date) throws {
        let id = "msg_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let at = now.storedText
        try db.cachedStatement(
            sql: """
                INSERT INTO webhookDelivery (id, webhookId, eventType, payload, status, attemptCount, nextAttemptAt, createdAt)
                VALUES (?, ?, ?, ?, 'pending', 0, ?, ?)
                """
        ).execute(arguments: [id, webhookId.lowercasedText, eventType.rawValue, payload, at, at])
    }

    /// `deliveries`, each with its attempts (oldest first), read in one query.
    static func withAttempts(_ db: Database, _ deliveries: [Delivery]) throws -> [Delivery] {
        guard !deliveries.isEmpty else { return [] }
        typealias Columns = DeliveryAttemptRecord.Columns
        let records = try DeliveryAttemptRecord.filter(deliveries.map(\.id).contains(Columns.deliveryId)).order(Columns.id).fetchAll(db)
        let attempts = Dictionary(grouping: records, by: \.deliveryId)
        return deliveries.map { delivery in
            var delivery = delivery
            delivery.attempts = attempts[delivery.id]?.map(\.attempt) ?? []
            return delivery
        }
    }
}

extension DerivableRequest<Delivery> {
    /// Pending deliveries due by `now` of enabled subscriptions, with their subscription,
    /// leaving out `excluding` (those in flight), oldest first.
    func due(now: Date, excluding: Set<String>) -> Self {
        typealias Columns = Delivery.Columns
        return including(required: Delivery.webhook.filter(Webhook.Columns.enabled == true))
            .filter(
                Columns.status == DeliveryStatus.pending.rawValue && Columns.nextAttemptAt <= now
                    && !excluding.sorted().contains(Columns.id)
            )
            .order(Columns.nextAttemptAt)
    }
}

/// A due delivery and its subscription, read from a row of `due(now:excluding:)`: the
/// subscription's columns are in the row's scope named after its table, as GRDB names it.
extension DueDelivery: FetchableRecord {
    public init(row: Row) throws {
        guard let webhook = row.scopes[Webhook.databaseTableName] else { throw StoredValueError(column: "webhookId") }
        self.init(delivery: try Delivery(row: row), webhook: try Webhook(row: webhook))
    }
}

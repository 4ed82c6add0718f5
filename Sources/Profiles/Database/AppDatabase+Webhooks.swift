import Foundation
import GRDB

extension AppDatabase {
    // MARK: - Subscriptions

    /// Stores a new subscription.
    public func insert(_ webhook: Webhook) throws {
        try writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO webhook (id, ownerRole, ownerMunicipalityCode, ownerCompanyId, ownerCitizenId, url, events,
                      minScore, description, secret, enabled, createdAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [webhook.id.uuidString.lowercased(), webhook.owner.role.rawValue, webhook.owner.municipalityCode,
                            webhook.owner.companyId?.uuidString.lowercased(), webhook.owner.citizenId?.uuidString.lowercased(),
                            webhook.url, JSONColumn.encode(webhook.events), webhook.minScore, webhook.description,
                            webhook.secret, webhook.enabled, webhook.createdAt])
        }
    }

    /// One subscription, or nil.
    public func webhook(_ id: UUID) throws -> Webhook? {
        try writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM webhook WHERE id = ?", arguments: [id.uuidString.lowercased()])
                .map(Self.decodeWebhook)
        }
    }

    /// A page of subscriptions, all of them (`owner` nil) or those of one owner's scope.
    public func webhooks(ownedBy owner: Principal?, limit: Int, after: UUID?) throws -> Page<Webhook> {
        try writer.read { db in
            var clauses: [String] = []
            var arguments: [(any DatabaseValueConvertible)?] = []
            if let owner {
                clauses.append("ownerRole = ? AND ownerMunicipalityCode IS ? AND ownerCompanyId IS ? AND ownerCitizenId IS ?")
                arguments += [owner.role.rawValue, owner.municipalityCode, owner.companyId?.uuidString.lowercased(),
                              owner.citizenId?.uuidString.lowercased()]
            }
            return try Self.page(db, table: "webhook", clauses: clauses, arguments: arguments, limit: limit, after: after,
                                 decode: Self.decodeWebhook, id: \.id)
        }
    }

    /// Deletes a subscription with its delivery log.
    public func deleteWebhook(_ id: UUID) throws {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM webhook WHERE id = ?", arguments: [id.uuidString.lowercased()])
        }
    }

    /// Replaces the secret; the old one keeps signing until `previousValidUntil`.
    public func rotateSecret(_ id: UUID, to secret: String, previousValidUntil: Date) throws {
        try writer.write { db in
            try db.execute(
                sql: "UPDATE webhook SET previousSecret = secret, previousSecretExpiresAt = ?, secret = ? WHERE id = ?",
                arguments: [previousValidUntil, secret, id.uuidString.lowercased()])
        }
    }

    /// Enables a subscription again (or disables it, with a reason).
    public func setWebhookEnabled(_ id: UUID, _ enabled: Bool, reason: String?) throws {
        try writer.write { db in
            try db.execute(sql: "UPDATE webhook SET enabled = ?, disabledReason = ? WHERE id = ?",
                           arguments: [enabled, enabled ? nil : reason, id.uuidString.lowercased()])
        }
    }

    /// The enabled subscriptions, read inside a write's transaction by the outbox.
    static func enabledWebhooks(_ db: Database) throws -> [Webhook] {
        try Row.fetchAll(db, sql: "SELECT * FROM webhook WHERE enabled = 1 ORDER BY id").map(decodeWebhook)
    }

    // MARK: - Outbox

    /// Queues one delivery, due now, in the caller's transaction.
    static func enqueueDelivery(_ db: Database, webhookId: UUID, eventType: WebhookEventType, payload: String, now: Date) throws {
        let id = "msg_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try db.execute(
            sql: """
                INSERT INTO webhookDelivery (id, webhookId, eventType, payload, status, attemptCount, nextAttemptAt, createdAt)
                VALUES (?, ?, ?, ?, 'pending', 0, ?, ?)
                """,
            arguments: [id, webhookId.uuidString.lowercased(), eventType.rawValue, payload, now, now])
    }

    /// Records that a subscription was told of a pair; false when it already had been.
    static func markMatchNotified(_ db: Database, webhookId: UUID, citizenId: UUID, vacancyId: UUID) throws -> Bool {
        try db.execute(
            sql: "INSERT OR IGNORE INTO webhookMatchNotified (webhookId, citizenId, vacancyId) VALUES (?, ?, ?)",
            arguments: [webhookId.uuidString.lowercased(), citizenId.uuidString.lowercased(), vacancyId.uuidString.lowercased()])
        return db.changesCount > 0
    }

    // MARK: - Relay

    /// Pending deliveries due by `now` of enabled subscriptions, oldest first, skipping `excluding`.
    public func dueDeliveries(now: Date, limit: Int, excluding: Set<String>) throws -> [(Delivery, Webhook)] {
        try writer.read { db in
            let rows = try Row.fetchAll(
                db, sql: """
                    SELECT d.id AS deliveryId FROM webhookDelivery d JOIN webhook w ON w.id = d.webhookId
                    WHERE d.status = 'pending' AND d.nextAttemptAt <= ? AND w.enabled = 1
                    ORDER BY d.nextAttemptAt LIMIT ?
                    """, arguments: [now, limit + excluding.count])
            var result: [(Delivery, Webhook)] = []
            for row in rows {
                let id: String = row["deliveryId"]
                guard !excluding.contains(id), result.count < limit,
                      let delivery = try Self.fetchDelivery(db, id: id),
                      let webhook = try Row.fetchOne(db, sql: "SELECT * FROM webhook WHERE id = ?",
                                                     arguments: [delivery.webhookId.uuidString.lowercased()]).map(Self.decodeWebhook)
                else { continue }
                result.append((delivery, webhook))
            }
            return result
        }
    }

    /// Records attempts and what follows from each, all in one transaction (one sync to disk
    /// for a batch of finished attempts).
    public func recordAttempts(_ results: [AttemptResult]) throws {
        guard !results.isEmpty else { return }
        try writer.write { db in
            for result in results { try Self.record(db, result) }
        }
    }

    private static func record(_ db: Database, _ result: AttemptResult) throws {
        let deliveryId = result.deliveryId
        let attempt = result.attempt
        try db.execute(
            sql: "INSERT INTO webhookAttempt (deliveryId, attemptedAt, httpStatus, durationMs, error) VALUES (?, ?, ?, ?, ?)",
            arguments: [deliveryId, attempt.attemptedAt, attempt.httpStatus, attempt.durationMs, attempt.error])
        switch result.outcome {
        case .delivered:
            try db.execute(sql: "UPDATE webhookDelivery SET status = 'delivered', attemptCount = attemptCount + 1, nextAttemptAt = NULL WHERE id = ?",
                           arguments: [deliveryId])
        case .retry(let at):
            try db.execute(sql: "UPDATE webhookDelivery SET attemptCount = attemptCount + 1, nextAttemptAt = ? WHERE id = ?",
                           arguments: [at, deliveryId])
        case .failed, .gone:
            try db.execute(sql: "UPDATE webhookDelivery SET status = 'failed', attemptCount = attemptCount + 1, nextAttemptAt = NULL WHERE id = ?",
                           arguments: [deliveryId])
            if result.outcome == .gone {
                try db.execute(
                    sql: """
                        UPDATE webhook SET enabled = 0, disabledReason = 'the receiver answered 410 Gone'
                        WHERE id = (SELECT webhookId FROM webhookDelivery WHERE id = ?)
                        """, arguments: [deliveryId])
            }
        }
    }

    /// A page of a subscription's delivery log, newest first; the cursor is a row number.
    public func deliveries(webhookId: UUID, status: DeliveryStatus?, limit: Int, before: Int64?) throws -> (items: [Delivery], next: Int64?) {
        try writer.read { db in
            var sql = "SELECT rowid AS position, id FROM webhookDelivery WHERE webhookId = ?"
            var arguments: [(any DatabaseValueConvertible)?] = [webhookId.uuidString.lowercased()]
            if let status {
                sql += " AND status = ?"
                arguments.append(status.rawValue)
            }
            if let before {
                sql += " AND rowid < ?"
                arguments.append(before)
            }
            sql += " ORDER BY rowid DESC LIMIT ?"
            let rows = try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments + [limit + 1]))
            let page = rows.prefix(limit)
            let items = try page.compactMap { try Self.fetchDelivery(db, id: $0["id"]) }
            return (items, rows.count > limit ? page.last?["position"] : nil)
        }
    }

    /// One delivery of a subscription, or nil.
    public func delivery(webhookId: UUID, id: String) throws -> Delivery? {
        try writer.read { db in
            try Self.fetchDelivery(db, id: id).flatMap { $0.webhookId == webhookId ? $0 : nil }
        }
    }

    /// Queues a delivery again, due now, with the same `webhook-id`; its schedule starts over.
    public func redeliver(webhookId: UUID, id: String, now: Date) throws -> Delivery? {
        try writer.write { db in
            try db.execute(
                sql: "UPDATE webhookDelivery SET status = 'pending', attemptCount = 0, nextAttemptAt = ? WHERE id = ? AND webhookId = ?",
                arguments: [now, id, webhookId.uuidString.lowercased()])
            guard db.changesCount > 0 else { return nil }
            return try Self.fetchDelivery(db, id: id)
        }
    }

    /// Counts of deliveries by status (for tests and operators).
    public func deliveryCounts() throws -> [DeliveryStatus: Int] {
        try writer.read { db in
            var counts: [DeliveryStatus: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT status, COUNT(*) AS n FROM webhookDelivery GROUP BY status") {
                if let status = DeliveryStatus(rawValue: row["status"]) { counts[status] = row["n"] }
            }
            return counts
        }
    }

    // MARK: - Decoding

    private static func fetchDelivery(_ db: Database, id: String) throws -> Delivery? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM webhookDelivery WHERE id = ?", arguments: [id]) else { return nil }
        let attempts = try Row.fetchAll(db, sql: "SELECT * FROM webhookAttempt WHERE deliveryId = ? ORDER BY id", arguments: [id])
            .map { DeliveryAttempt(attemptedAt: $0["attemptedAt"], httpStatus: $0["httpStatus"], durationMs: $0["durationMs"], error: $0["error"]) }
        return Delivery(
            id: row["id"], webhookId: row.uuid("webhookId"), eventType: WebhookEventType(rawValue: row["eventType"]) ?? .matchCreated,
            payload: row["payload"], status: DeliveryStatus(rawValue: row["status"]) ?? .pending, attemptCount: row["attemptCount"],
            nextAttemptAt: row["nextAttemptAt"], createdAt: row["createdAt"], attempts: attempts)
    }

    private static func decodeWebhook(_ row: Row) throws -> Webhook {
        Webhook(
            id: row.uuid("id"),
            owner: Principal(role: Role(rawValue: row["ownerRole"])!,
                             municipalityCode: row["ownerMunicipalityCode"],
                             companyId: (row["ownerCompanyId"] as String?).flatMap(UUID.init(uuidString:)),
                             citizenId: (row["ownerCitizenId"] as String?).flatMap(UUID.init(uuidString:))),
            url: row["url"], events: try JSONColumn.decode([WebhookEventType].self, row["events"]), minScore: row["minScore"],
            description: row["description"], secret: row["secret"], previousSecret: row["previousSecret"],
            previousSecretExpiresAt: row["previousSecretExpiresAt"], enabled: row["enabled"],
            disabledReason: row["disabledReason"], createdAt: row["createdAt"])
    }
}

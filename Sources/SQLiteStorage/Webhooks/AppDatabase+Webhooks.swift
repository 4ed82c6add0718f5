import Foundation
import GRDB
import MatchCore
import Profiles

extension AppDatabase {
    // MARK: - Subscriptions

    /// Stores a new subscription.
    static func insert(_ webhook: Webhook, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO webhook (id, ownerRole, ownerMunicipalityCode, ownerCompanyId, ownerCitizenId, url, events,
                  minScore, description, secret, enabled, createdAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [webhook.id.lowercasedText, webhook.owner.role.rawValue, webhook.owner.municipalityCode?.description,
                        webhook.owner.companyId?.lowercasedText, webhook.owner.citizenId?.lowercasedText,
                        webhook.url, try JSONColumn.encode(webhook.events), webhook.minScore, webhook.description,
                        webhook.secret, webhook.enabled, webhook.createdAt])
    }

    /// One subscription, or nil.
    static func webhook(_ id: UUID, _ db: Database) throws -> Webhook? {
        try Row.fetchOne(db, sql: "SELECT * FROM webhook WHERE id = ?", arguments: [id.lowercasedText]).map(decodeWebhook)
    }

    /// A page of subscriptions in id order: all of them (`owner` nil) or one owner's.
    static func webhooks(ownedBy owner: Principal?, _ page: PageRequest, _ db: Database) throws -> Page<Webhook> {
        var clauses: [String] = []
        var arguments: StatementArguments = []
        if let owner {
            clauses.append("ownerRole = ? AND ownerMunicipalityCode IS ? AND ownerCompanyId IS ? AND ownerCitizenId IS ?")
            arguments += [owner.role.rawValue, owner.municipalityCode?.description, owner.companyId?.lowercasedText,
                          owner.citizenId?.lowercasedText]
        }
        if let after = page.after {
            clauses.append("id > ?")
            arguments += [after]
        }
        let whereClause = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        arguments += [page.limit + 1]
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM webhook \(whereClause) ORDER BY id LIMIT ?", arguments: arguments)
        let items = try rows.prefix(page.limit).map(decodeWebhook)
        return Page(items: items, next: rows.count > page.limit ? items.last?.id.lowercasedText : nil)
    }

    /// Deletes a subscription with its delivery log; false when there was none.
    static func deleteWebhook(_ id: UUID, _ db: Database) throws -> Bool {
        try db.execute(sql: "DELETE FROM webhook WHERE id = ?", arguments: [id.lowercasedText])
        return db.changesCount > 0
    }

    /// Replaces the secret; the old one keeps signing until `previousValidUntil`.
    static func rotateSecret(_ id: UUID, to secret: String, previousValidUntil: Date, _ db: Database) throws {
        try db.execute(sql: "UPDATE webhook SET previousSecret = secret, previousSecretExpiresAt = ?, secret = ? WHERE id = ?",
                       arguments: [previousValidUntil, secret, id.lowercasedText])
    }

    /// Enables a subscription again (or disables it, with a reason).
    static func setWebhookEnabled(_ id: UUID, _ enabled: Bool, reason: String?, _ db: Database) throws {
        try db.execute(sql: "UPDATE webhook SET enabled = ?, disabledReason = ? WHERE id = ?",
                       arguments: [enabled, enabled ? nil : reason, id.lowercasedText])
    }

    /// The enabled subscriptions, read inside a write's transaction by the outbox. Every profile
    /// write asks this: the statement is prepared once per connection (compiling `SELECT *` was
    /// a quarter of a citizen update's time on the writer).
    static func enabledWebhooks(_ db: Database) throws -> [Webhook] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM webhook WHERE enabled = 1 ORDER BY id")).map(decodeWebhook)
    }

    // MARK: - Outbox

    /// Queues one delivery, due now, in the caller's transaction.
    static func enqueueDelivery(webhookId: UUID, eventType: WebhookEventType, payload: String, now: Date, _ db: Database) throws {
        let id = "msg_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try db.cachedStatement(sql: """
            INSERT INTO webhookDelivery (id, webhookId, eventType, payload, status, attemptCount, nextAttemptAt, createdAt)
            VALUES (?, ?, ?, ?, 'pending', 0, ?, ?)
            """).execute(arguments: [id, webhookId.lowercasedText, eventType.rawValue, payload, now, now])
    }

    /// Records that a subscription was told of a pair; false when it already had been.
    static func markMatchNotified(webhookId: UUID, citizenId: UUID, vacancyId: UUID, _ db: Database) throws -> Bool {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO webhookMatchNotified (webhookId, citizenId, vacancyId) VALUES (?, ?, ?)")
            .execute(arguments: [webhookId.lowercasedText, citizenId.lowercasedText, vacancyId.lowercasedText])
        return db.changesCount > 0
    }

    // MARK: - Relay

    /// Pending deliveries due by `now` of enabled subscriptions, oldest first, with their
    /// subscription, leaving out `excluding` (those in flight): one query.
    static func dueDeliveries(now: Date, limit: Int, excluding: Set<String>, _ db: Database) throws -> [DueDelivery] {
        let excluded = excluding.sorted()
        let notIn = excluded.isEmpty ? "" : "AND d.id NOT IN (\(excluded.map { _ in "?" }.joined(separator: ", ")))"
        let rows = try Row.fetchAll(
            db, sql: """
                SELECT d.id AS deliveryId, d.eventType, d.payload, d.status, d.attemptCount, d.nextAttemptAt,
                       d.createdAt AS deliveryCreatedAt, w.*
                FROM webhookDelivery d JOIN webhook w ON w.id = d.webhookId
                WHERE d.status = 'pending' AND d.nextAttemptAt <= ? AND w.enabled = 1 \(notIn)
                ORDER BY d.nextAttemptAt LIMIT ?
                """, arguments: StatementArguments([now] + excluded + [limit]))
        return try rows.map { row in
            let webhook = try decodeWebhook(row)
            let delivery = Delivery(
                id: try row.decode(forColumn: "deliveryId"), webhookId: webhook.id,
                eventType: try row.raw(WebhookEventType.self, "eventType"), payload: try row.decode(forColumn: "payload"),
                status: try row.raw(DeliveryStatus.self, "status"), attemptCount: try row.decode(forColumn: "attemptCount"),
                nextAttemptAt: try row.decode(forColumn: "nextAttemptAt"),
                createdAt: try row.decode(forColumn: "deliveryCreatedAt"), attempts: [])
            return DueDelivery(delivery: delivery, webhook: webhook)
        }
    }

    /// Records one attempt and what follows from it. A delivery deleted meanwhile (its
    /// subscription was deleted) records nothing and answers false.
    static func record(_ result: AttemptResult, _ db: Database) throws -> Bool {
        let deliveryId = result.deliveryId
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM webhookDelivery WHERE id = ?", arguments: [deliveryId]) == true else {
            return false
        }
        let attempt = result.attempt
        try db.execute(
            sql: "INSERT INTO webhookAttempt (deliveryId, attemptedAt, httpStatus, durationMs, error) VALUES (?, ?, ?, ?, ?)",
            arguments: [deliveryId, attempt.attemptedAt, attempt.httpStatus, attempt.durationMs, attempt.error])
        switch result.outcome {
        case .delivered:
            try db.execute(sql: """
                UPDATE webhookDelivery SET status = 'delivered', attemptCount = attemptCount + 1, nextAttemptAt = NULL WHERE id = ?
                """, arguments: [deliveryId])
        case .retry(let at):
            try db.execute(sql: "UPDATE webhookDelivery SET attemptCount = attemptCount + 1, nextAttemptAt = ? WHERE id = ?",
                           arguments: [at, deliveryId])
        case .failed, .gone:
            try db.execute(sql: """
                UPDATE webhookDelivery SET status = 'failed', attemptCount = attemptCount + 1, nextAttemptAt = NULL WHERE id = ?
                """, arguments: [deliveryId])
            if result.outcome == .gone {
                try db.execute(sql: """
                    UPDATE webhook SET enabled = 0, disabledReason = 'the receiver answered 410 Gone'
                    WHERE id = (SELECT webhookId FROM webhookDelivery WHERE id = ?)
                    """, arguments: [deliveryId])
            }
        }
        return true
    }

    // MARK: - Delivery log

    /// A page of a subscription's delivery log, newest first; the page key is a row number.
    static func deliveries(webhookId: UUID, status: DeliveryStatus?, _ page: PageRequest, _ db: Database) throws -> Page<Delivery> {
        var clauses = ["webhookId = ?"]
        var arguments: StatementArguments = [webhookId.lowercasedText]
        if let status {
            clauses.append("status = ?")
            arguments += [status.rawValue]
        }
        let (rows, next) = try newestFirst(table: "webhookDelivery", clauses: clauses, arguments: arguments, page, db)
        let attempts = try self.attempts(deliveryIds: try rows.map { try $0.decode(String.self, forColumn: "id") }, db)
        return Page(items: try rows.map { try decodeDelivery($0, attempts: attempts) }, next: next)
    }

    /// One page of an append-only table, newest first: the rows meeting every clause before the
    /// page key (a row number), and the key of the next page.
    static func newestFirst(table: String, clauses: [String], arguments: StatementArguments, _ page: PageRequest,
                            _ db: Database) throws -> (rows: [Row], next: String?) {
        var clauses = clauses
        var arguments = arguments
        if let after = page.after {
            guard let before = Int64(after) else { throw StoreError.invalidCursor }
            clauses.append("rowid < ?")
            arguments += [before]
        }
        arguments += [page.limit + 1]
        let rows = try Row.fetchAll(db, sql: """
            SELECT rowid AS position, * FROM \(table) WHERE \(clauses.joined(separator: " AND ")) ORDER BY rowid DESC LIMIT ?
            """, arguments: arguments)
        let shown = Array(rows.prefix(page.limit))
        let next: Int64? = rows.count > page.limit ? try shown.last?.decode(forColumn: "position") : nil
        return (shown, next.map(String.init))
    }

    /// One delivery of a subscription with its attempts, or nil.
    static func delivery(webhookId: UUID, id: String, _ db: Database) throws -> Delivery? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM webhookDelivery WHERE id = ? AND webhookId = ?",
                                         arguments: [id, webhookId.lowercasedText]) else { return nil }
        return try decodeDelivery(row, attempts: attempts(deliveryIds: [id], db))
    }

    /// Queues a delivery again, due now, with the same `webhook-id`; its schedule starts over.
    static func redeliver(webhookId: UUID, id: String, now: Date, _ db: Database) throws -> Delivery? {
        try db.execute(
            sql: "UPDATE webhookDelivery SET status = 'pending', attemptCount = 0, nextAttemptAt = ? WHERE id = ? AND webhookId = ?",
            arguments: [now, id, webhookId.lowercasedText])
        guard db.changesCount > 0 else { return nil }
        return try delivery(webhookId: webhookId, id: id, db)
    }

    /// Counts of deliveries by status (operators and tests).
    static func deliveryCounts(_ db: Database) throws -> [DeliveryStatus: Int] {
        var counts: [DeliveryStatus: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT status, COUNT(*) AS n FROM webhookDelivery GROUP BY status") {
            counts[try row.raw(DeliveryStatus.self, "status")] = try row.decode(forColumn: "n")
        }
        return counts
    }

    // MARK: - Decoding

    /// The attempts of these deliveries, oldest first, in one query.
    private static func attempts(deliveryIds: [String], _ db: Database) throws -> [String: [DeliveryAttempt]] {
        guard !deliveryIds.isEmpty else { return [:] }
        let placeholders = deliveryIds.map { _ in "?" }.joined(separator: ", ")
        var attempts: [String: [DeliveryAttempt]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM webhookAttempt WHERE deliveryId IN (\(placeholders)) ORDER BY id",
                                    arguments: StatementArguments(deliveryIds)) {
            attempts[try row.decode(String.self, forColumn: "deliveryId"), default: []].append(DeliveryAttempt(
                attemptedAt: try row.decode(forColumn: "attemptedAt"), httpStatus: try row.decode(forColumn: "httpStatus"),
                durationMs: try row.decode(forColumn: "durationMs"), error: try row.decode(forColumn: "error")))
        }
        return attempts
    }

    private static func decodeDelivery(_ row: Row, attempts: [String: [DeliveryAttempt]]) throws -> Delivery {
        let id: String = try row.decode(forColumn: "id")
        return Delivery(
            id: id, webhookId: try row.uuid("webhookId"), eventType: try row.raw(WebhookEventType.self, "eventType"),
            payload: try row.decode(forColumn: "payload"), status: try row.raw(DeliveryStatus.self, "status"),
            attemptCount: try row.decode(forColumn: "attemptCount"), nextAttemptAt: try row.decode(forColumn: "nextAttemptAt"),
            createdAt: try row.decode(forColumn: "createdAt"), attempts: attempts[id] ?? [])
    }

    private static func decodeWebhook(_ row: Row) throws -> Webhook {
        Webhook(
            id: try row.uuid("id"),
            owner: Principal(role: try row.raw(Role.self, "ownerRole"),
                             municipalityCode: try (row.decode(String?.self, forColumn: "ownerMunicipalityCode"))
                                 .flatMap(MunicipalityCode.init),
                             companyId: try row.optionalUUID("ownerCompanyId"), citizenId: try row.optionalUUID("ownerCitizenId")),
            url: try row.decode(forColumn: "url"), events: try JSONColumn.decode([WebhookEventType].self, row, "events"),
            minScore: try row.decode(forColumn: "minScore"), description: try row.decode(forColumn: "description"),
            secret: try row.decode(forColumn: "secret"), previousSecret: try row.decode(forColumn: "previousSecret"),
            previousSecretExpiresAt: try row.decode(forColumn: "previousSecretExpiresAt"),
            enabled: try row.decode(forColumn: "enabled"), disabledReason: try row.decode(forColumn: "disabledReason"),
            createdAt: try row.decode(forColumn: "createdAt"))
    }
}

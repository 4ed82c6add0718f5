import Foundation
import GRDB
import Profiles

/// A row of `webhookAttempt`: one try at sending a delivery with the delivery it belongs to,
/// which `DeliveryAttempt` does not hold.
struct DeliveryAttemptRecord: Equatable {
    /// The delivery (`webhook-id`).
    var deliveryId: String
    /// The try.
    var attempt: DeliveryAttempt
}

extension DeliveryAttemptRecord: FetchableRecord, PersistableRecord {
    /// `webhookAttempt`.
    static let databaseTableName = "webhookAttempt"

    /// The columns queries filter and order by.
    enum Columns {
        static let id = Column("id")
        static let deliveryId = Column("deliveryId")
    }

    init(row: Row) throws {
        deliveryId = try row.decode(forColumn: "deliveryId")
        attempt = DeliveryAttempt(
            attemptedAt: try row.decode(forColumn: "attemptedAt"), httpStatus: try row.decode(forColumn: "httpStatus"),
            durationMs: try row.decode(forColumn: "durationMs"), error: try row.decode(forColumn: "error"))
    }

    func encode(to container: inout PersistenceContainer) throws {
        container["deliveryId"] = deliveryId
        container["attemptedAt"] = attempt.attemptedAt.storedText
        container["httpStatus"] = attempt.httpStatus
        container["durationMs"] = attempt.durationMs
        container["error"] = attempt.error
    }
}

extension AttemptResult {
    /// Records the attempt and what follows from it: the delivery's status and next attempt,
    /// and, on a 410, its subscription disabled. A delivery deleted meanwhile (its subscription
    /// was deleted) records nothing and answers false.
    func record(_ db: Database) throws -> Bool {
        typealias Columns = Delivery.Columns
        guard try Delivery.exists(db, key: deliveryId) else { return false }
        try DeliveryAttemptRecord(deliveryId: deliveryId, attempt: attempt).insert(db)
        let delivery = Delivery.filter(key: deliveryId)
        switch outcome {
        case .delivered:
            try delivery.updateAll(
                db, Columns.status.set(to: DeliveryStatus.delivered.rawValue), Columns.attemptCount.set(to: Columns.attemptCount + 1),
                Columns.nextAttemptAt.set(to: nil))
        case .retry(let at):
            try delivery.updateAll(db, Columns.attemptCount.set(to: Columns.attemptCount + 1), Columns.nextAttemptAt.set(to: at))
        case .failed, .gone:
            try delivery.updateAll(
                db, Columns.status.set(to: DeliveryStatus.failed.rawValue), Columns.attemptCount.set(to: Columns.attemptCount + 1),
                Columns.nextAttemptAt.set(to: nil))
            if outcome == .gone, let webhookId = try delivery.select(Columns.webhookId, as: String.self).fetchOne(db) {
                try Webhook.filter(key: webhookId).updateAll(
                    db, Webhook.Columns.enabled.set(to: false),
                    Webhook.Columns.disabledReason.set(to: "the receiver answered 410 Gone"))
            }
        }
        return true
    }
}

import Foundation
import GRDB
import Profiles

/// A queued message as a row of `mailMessage` (the outbox); its attempts are in `mailAttempt`
/// (`MailAttemptRecord`).
extension QueuedMail: FetchableRecord, PersistableRecord {
    /// `mailMessage`.
    public static let databaseTableName = "mailMessage"

    /// The columns queries filter and order by, and the ones updated in place.
    public enum Columns {
        static let id = Column("id")
        static let status = Column("status")
        static let attemptCount = Column("attemptCount")
        static let nextAttemptAt = Column("nextAttemptAt")
        static let lastAttemptAt = Column("lastAttemptAt")
        static let lastError = Column("lastError")
        static let sentAt = Column("sentAt")
        static let createdAt = Column("createdAt")
    }

    /// The queued message of `row`, without its attempts.
    public init(row: Row) throws {
        self.init(
            message: try MailMessage(row: row), status: try row.raw(MailStatus.self, "status"),
            attemptCount: try row.decode(forColumn: "attemptCount"), nextAttemptAt: try row.decode(forColumn: "nextAttemptAt"),
            lastAttemptAt: try row.decode(forColumn: "lastAttemptAt"), lastError: try row.decode(forColumn: "lastError"),
            sentAt: try row.decode(forColumn: "sentAt"), attempts: [])
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = message.id.lowercasedText
        container["messageId"] = message.messageId
        container["toAddress"] = message.to.address
        container["toName"] = message.to.name
        container["subject"] = message.subject
        container["text"] = message.text
        container["html"] = message.html
        container["category"] = message.category.rawValue
        container["accountId"] = message.accountId?.lowercasedText
        container["createdAt"] = message.createdAt.storedText
        container["status"] = status.rawValue
        container["attemptCount"] = attemptCount
        container["nextAttemptAt"] = nextAttemptAt?.storedText
        container["lastAttemptAt"] = lastAttemptAt?.storedText
        container["lastError"] = lastError
        container["sentAt"] = sentAt?.storedText
    }

    /// `messages`, each with its attempts (oldest first), read in one query.
    static func withAttempts(_ db: Database, _ messages: [QueuedMail]) throws -> [QueuedMail] {
        guard !messages.isEmpty else { return [] }
        typealias Columns = MailAttemptRecord.Columns
        let ids = messages.map(\.message.id.lowercasedText)
        let records = try MailAttemptRecord.filter(ids.contains(Columns.mailId)).order(Columns.id).fetchAll(db)
        let attempts = Dictionary(grouping: records, by: \.mailId)
        return messages.map { queued in
            var queued = queued
            queued.attempts = attempts[queued.message.id]?.map(\.attempt) ?? []
            return queued
        }
    }
}

extension DerivableRequest<QueuedMail> {
    /// Pending messages due by `now`, leaving out `excluding` (those in flight), oldest first.
    func due(now: Date, excluding: Set<UUID>) -> Self {
        typealias Columns = QueuedMail.Columns
        return filter(
            Columns.status == MailStatus.pending.rawValue && Columns.nextAttemptAt <= now
                && !excluding.map(\.lowercasedText).sorted().contains(Columns.id)
        )
        .order(Columns.nextAttemptAt, Columns.id)
    }
}

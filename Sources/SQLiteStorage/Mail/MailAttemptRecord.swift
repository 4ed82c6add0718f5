import Foundation
import GRDB
import Profiles

/// A row of `mailAttempt`: one try at sending a message, with the message it belongs to, which
/// `MailAttempt` does not hold.
struct MailAttemptRecord: Equatable {
    /// The message (`MailMessage.id`).
    var mailId: UUID
    /// The try.
    var attempt: MailAttempt
}

extension MailAttemptRecord: FetchableRecord, PersistableRecord {
    /// `mailAttempt`.
    static let databaseTableName = "mailAttempt"

    /// The columns queries filter and order by.
    enum Columns {
        static let id = Column("id")
        static let mailId = Column("mailId")
    }

    init(row: Row) throws {
        mailId = try row.uuid("mailId")
        attempt = MailAttempt(
            attemptedAt: try row.decode(forColumn: "attemptedAt"), smtpCode: try row.decode(forColumn: "smtpCode"),
            durationMs: try row.decode(forColumn: "durationMs"), error: try row.decode(forColumn: "error"))
    }

    func encode(to container: inout PersistenceContainer) throws {
        container["mailId"] = mailId.lowercasedText
        container["attemptedAt"] = attempt.attemptedAt.storedText
        container["smtpCode"] = attempt.smtpCode
        container["durationMs"] = attempt.durationMs
        container["error"] = attempt.error
    }
}

extension MailAttemptResult {
    /// Records the attempt and what follows from it: the message's status, attempt count, next
    /// attempt and last error. A message deleted meanwhile records nothing and answers false.
    func record(_ db: Database) throws -> Bool {
        typealias Columns = QueuedMail.Columns
        let key = mailId.lowercasedText
        guard try QueuedMail.exists(db, key: key) else { return false }
        try MailAttemptRecord(mailId: mailId, attempt: attempt).insert(db)
        let message = QueuedMail.filter(key: key)
        let attempted: [ColumnAssignment] = [
            Columns.attemptCount.set(to: Columns.attemptCount + 1), Columns.lastAttemptAt.set(to: attempt.attemptedAt.storedText),
            Columns.lastError.set(to: attempt.error),
        ]
        switch outcome {
        case .sent:
            try message.updateAll(
                db,
                attempted + [
                    Columns.status.set(to: MailStatus.sent.rawValue), Columns.nextAttemptAt.set(to: nil),
                    Columns.sentAt.set(to: attempt.attemptedAt.storedText),
                ])
        case .retry(let at):
            try message.updateAll(db, attempted + [Columns.nextAttemptAt.set(to: at.storedText)])
        case .failed:
            try message.updateAll(
                db, attempted + [Columns.status.set(to: MailStatus.failed.rawValue), Columns.nextAttemptAt.set(to: nil)])
        }
        return true
    }
}

import Foundation
import GRDB
import Profiles

/// A message read from a row of `mailMessage` (its outbox columns are `QueuedMail`'s).
extension MailMessage: FetchableRecord {
    public init(row: Row) throws {
        self.init(
            id: try row.uuid("id"), messageId: try row.decode(forColumn: "messageId"),
            to: MailAddress(address: try row.decode(forColumn: "toAddress"), name: try row.decode(forColumn: "toName")),
            subject: try row.decode(forColumn: "subject"), text: try row.decode(forColumn: "text"),
            html: try row.decode(forColumn: "html"), category: try row.raw(MailCategory.self, "category"),
            accountId: try row.optionalUUID("accountId"), createdAt: try row.decode(forColumn: "createdAt"))
    }

    /// Queues the message, pending and due at its `createdAt`, in the caller's transaction: call
    /// it inside the write that causes the mail, so the mail commits or rolls back with its
    /// cause; wake the mail relay after the commit. Raw SQL in a statement prepared once per
    /// connection, like a webhook delivery's.
    package func enqueue(_ db: Database) throws {
        let at = createdAt.storedText
        try db.cachedStatement(
            sql: """
                INSERT INTO mailMessage (id, messageId, toAddress, toName, subject, text, html, category, accountId, createdAt,
                                         status, attemptCount, nextAttemptAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?)
                """
        ).execute(
            arguments: [
                id.lowercasedText, messageId, to.address, to.name, subject, text, html, category.rawValue,
                accountId?.lowercasedText, at, at,
            ])
    }
}

import Foundation
import GRDB
import Profiles

/// Mail needs no match index, so the database itself is the mail outbox store (the relay and
/// `matchd mail` use it without loading any profiles).
extension AppDatabase: MailOutboxStore {
    public func enqueueMail(_ messages: [MailMessage]) async throws {
        try await write { db in
            for message in messages { try message.enqueue(db) }
        }
    }

    public func dueMail(now: Date, limit: Int, excluding: Set<UUID>) async throws -> [QueuedMail] {
        try await read { db in try QueuedMail.all().due(now: now, excluding: excluding).limit(limit).fetchAll(db) }
    }

    public func recordMailAttempts(_ results: [MailAttemptResult]) async throws -> [UUID] {
        guard !results.isEmpty else { return [] }
        return try await write { db in
            var notRecorded: [UUID] = []
            for result in results {
                // A savepoint per attempt: a row that fails rolls back alone.
                do {
                    var recorded = false
                    try db.inSavepoint {
                        recorded = try result.record(db)
                        return .commit
                    }
                    if !recorded { notRecorded.append(result.mailId) }
                } catch {
                    notRecorded.append(result.mailId)
                }
            }
            return notRecorded
        }
    }

    public func mailMessages(status: MailStatus?, limit: Int) async throws -> [QueuedMail] {
        try await read { db in
            typealias Columns = QueuedMail.Columns
            var request = QueuedMail.all()
            if let status { request = request.filter(Columns.status == status.rawValue) }
            return try request.order(Columns.createdAt.desc, Columns.id.desc).limit(max(1, limit)).fetchAll(db)
        }
    }

    public func queuedMail(_ id: UUID) async throws -> QueuedMail? {
        try await read { db in
            guard let queued = try QueuedMail.fetchOne(db, key: id.lowercasedText) else { return nil }
            return try QueuedMail.withAttempts(db, [queued]).first
        }
    }

    public func resendMail(_ id: UUID, now: Date) async throws -> QueuedMail? {
        try await write { db in
            typealias Columns = QueuedMail.Columns
            let message = QueuedMail.filter(key: id.lowercasedText)
            // The same Message-ID, due now; its schedule starts over.
            guard
                try message.updateAll(
                    db, Columns.status.set(to: MailStatus.pending.rawValue), Columns.attemptCount.set(to: 0),
                    Columns.nextAttemptAt.set(to: now.storedText), Columns.sentAt.set(to: nil)) > 0,
                let queued = try message.fetchOne(db)
            else { return nil }
            return try QueuedMail.withAttempts(db, [queued]).first
        }
    }

    public func mailCounts() async throws -> [MailStatus: Int] {
        try await read { db in
            typealias Columns = QueuedMail.Columns
            var counts: [MailStatus: Int] = [:]
            let request = QueuedMail.select(Columns.status, GRDB.count(Columns.id)).group(Columns.status)
            for row in try Row.fetchAll(db, request) { counts[try row.raw(MailStatus.self, "status")] = try row.decode(atIndex: 1) }
            return counts
        }
    }
}

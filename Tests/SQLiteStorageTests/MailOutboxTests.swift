import Foundation
import GRDB
import Testing

@testable import Profiles
@testable import SQLiteStorage

/// The mail outbox: a message is queued with the transaction of its cause, read back equal, and
/// moves from pending to sent or failed by the attempts the relay records.
@Suite struct MailOutboxTests {
    static let now = Date(timeIntervalSince1970: 1_740_992_400.125)

    static func message(
        to address: String = "karen@example.dk", name: String? = "Karen Ærø", at date: Date = now, accountId: UUID? = UUID()
    ) -> MailMessage {
        MailMessage.make(
            to: MailAddress(address: address, name: name), subject: "Dit link til at logge ind på matchd – æøå ÆØÅ",
            text: "Hej\n.linje med punktum\nhttps://matchd.example/sign-in?token=abc", html: "<p>Hej</p>", category: .signIn,
            accountId: accountId, domain: "horsens.dk", now: date)
    }

    @Test func makeFixesTheMessageIdFromTheIdAndDomain() {
        let message = Self.message()
        #expect(message.messageId == "<\(message.id.lowercasedText)@horsens.dk>")
        #expect(MailAddress(address: "matchd@horsens.dk").domain == "horsens.dk")
        #expect(MailAddress(address: "no-domain").domain == nil)
    }

    @Test(arguments: [true, false])
    func aQueuedMessageReadsBackEqual(withOptionals: Bool) async throws {
        let database = try AppDatabase.inMemory()
        let message = withOptionals ? Self.message() : Self.message(name: nil, accountId: nil)
        try await database.write { db in try message.enqueue(db) }
        let queued = try #require(try await database.queuedMail(message.id))
        #expect(queued.message == message)
        #expect(queued.status == .pending)
        #expect(queued.attemptCount == 0)
        #expect(queued.nextAttemptAt == message.createdAt)
        #expect(queued.attempts.isEmpty)
        #expect(try await database.dueMail(now: Self.now, limit: 10, excluding: []) == [queued])
    }

    @Test func aRolledBackTransactionLeavesNoMail() async throws {
        let database = try AppDatabase.inMemory()
        struct CauseFailed: Error {}
        await #expect(throws: CauseFailed.self) {
            try await database.write { db in
                try Self.message().enqueue(db)
                throw CauseFailed()
            }
        }
        #expect(try await database.mailMessages(status: nil, limit: 10).isEmpty)
        #expect(try await database.mailCounts().isEmpty)
    }

    @Test func dueLeavesOutInFlightAndFutureMessagesOldestFirst() async throws {
        let database = try AppDatabase.inMemory()
        let first = Self.message(at: Self.now.addingTimeInterval(-20))
        let second = Self.message(at: Self.now.addingTimeInterval(-10))
        let later = Self.message(at: Self.now.addingTimeInterval(60))
        try await database.enqueueMail([later, second, first])
        #expect(try await database.dueMail(now: Self.now, limit: 10, excluding: []).map(\.message.id) == [first.id, second.id])
        #expect(try await database.dueMail(now: Self.now, limit: 10, excluding: [first.id]).map(\.message.id) == [second.id])
        #expect(try await database.dueMail(now: Self.now, limit: 1, excluding: []).map(\.message.id) == [first.id])
    }

    @Test func attemptsMoveAMessageToRetrySentOrFailedAndResendKeepsTheMessageId() async throws {
        let database = try AppDatabase.inMemory()
        let retried = Self.message()
        let refused = Self.message()
        try await database.enqueueMail([retried, refused])
        let later = Self.now.addingTimeInterval(300)
        let notRecorded = try await database.recordMailAttempts([
            MailAttemptResult(
                mailId: retried.id, attempt: MailAttempt(attemptedAt: Self.now, smtpCode: 451, durationMs: 12, error: "smtp 451"),
                outcome: .retry(at: later)),
            MailAttemptResult(
                mailId: refused.id, attempt: MailAttempt(attemptedAt: Self.now, smtpCode: 550, durationMs: 8, error: "smtp 550"),
                outcome: .failed),
            MailAttemptResult(
                mailId: UUID(), attempt: MailAttempt(attemptedAt: Self.now, smtpCode: 250, durationMs: 1, error: nil), outcome: .sent),
        ])
        #expect(notRecorded.count == 1)
        let waiting = try #require(try await database.queuedMail(retried.id))
        #expect(waiting.status == .pending && waiting.attemptCount == 1 && waiting.nextAttemptAt == later)
        #expect(waiting.lastError == "smtp 451" && waiting.lastAttemptAt == Self.now)
        #expect(try await database.dueMail(now: Self.now, limit: 10, excluding: []).isEmpty)

        _ = try await database.recordMailAttempts([
            MailAttemptResult(
                mailId: retried.id, attempt: MailAttempt(attemptedAt: later, smtpCode: 250, durationMs: 5, error: nil), outcome: .sent)
        ])
        let sent = try #require(try await database.queuedMail(retried.id))
        #expect(sent.status == .sent && sent.attemptCount == 2 && sent.sentAt == later && sent.nextAttemptAt == nil)
        #expect(sent.lastError == nil)
        #expect(sent.attempts.map(\.smtpCode) == [451, 250])

        let failed = try #require(try await database.queuedMail(refused.id))
        #expect(failed.status == .failed && failed.nextAttemptAt == nil && failed.attempts.count == 1)
        #expect(try await database.mailCounts() == [.sent: 1, .failed: 1])
        #expect(try await database.mailMessages(status: .failed, limit: 10).map(\.message.id) == [refused.id])

        let resent = try #require(try await database.resendMail(refused.id, now: later))
        #expect(resent.status == .pending && resent.attemptCount == 0 && resent.nextAttemptAt == later)
        #expect(resent.message.messageId == refused.messageId)
        #expect(try await database.dueMail(now: later, limit: 10, excluding: []).map(\.message.id) == [refused.id])
        #expect(try await database.resendMail(UUID(), now: later) == nil)
    }
}

import Foundation
import Logging
import MailTestSupport
import Profiles
import SQLiteStorage
import Synchronization
import TestReceiver
import Testing

@testable import Delivery

/// The mail relay over a real outbox (SQLite in memory) and a real SMTP server on 127.0.0.1:
/// a 4xx answer is retried and arrives once; a 5xx fails the message after one attempt; the
/// folder transport writes a parseable `.eml`; no log line holds an address, subject, body,
/// link or password.
@Suite("mail relay")
struct MailRelayTests {
    static let composer = MailComposer(sender: MailAddress(address: "matchd@horsens.dk", name: "Jobcenter Horsens"))
    static let quickSchedule: [Duration] = [.zero, .milliseconds(100), .milliseconds(100)]

    static func message(to address: String = "karen@example.dk", subject: String = "Dit link til at logge ind på matchd – æøå ÆØÅ")
        -> MailMessage
    {
        MailMessage.make(
            to: MailAddress(address: address, name: "Karen Ærø"), subject: subject,
            text: "Hej Karen,\nhttps://matchd.example/log-ind?token=abc\n",
            html: "<p><a href=\"https://matchd.example/log-ind?token=abc\">Log ind</a></p>",
            category: .signIn, accountId: nil, domain: "horsens.dk", now: Date())
    }

    /// Runs `relay` while `body` runs, then stops it.
    static func running<T>(_ relay: MailRelay, _ body: () async throws -> T) async throws -> T {
        let task = Task { try await relay.run() }
        defer { task.cancel() }
        return try await body()
    }

    /// Polls `database` until `id` is no longer pending (at most 30 s).
    static func settled(_ database: AppDatabase, _ id: UUID) async throws -> QueuedMail {
        for _ in 0..<1500 {
            if let queued = try await database.queuedMail(id), queued.status != .pending { return queued }
            try await Task.sleep(for: .milliseconds(20))
        }
        return try #require(try await database.queuedMail(id))
    }

    @Test func aTemporaryRefusalIsRetriedAndTheMessageArrivesOnce() async throws {
        try await SMTPTestServer.with(["--fail-first", "1"]) { server in
            let database = try AppDatabase.inMemory()
            let relay = MailRelay(
                store: database,
                transport: CurlMailSender(settings: SMTPSettings(url: "smtp://127.0.0.1:\(server.port)", allowPlain: true)),
                composer: Self.composer, policy: RetryPolicy(schedule: Self.quickSchedule), logger: Logger(label: "test"))
            let message = Self.message()
            try await database.enqueueMail([message])
            let queued = try await Self.running(relay) {
                relay.wake()
                return try await Self.settled(database, message.id)
            }
            #expect(queued.status == .sent)
            #expect(queued.attempts.map(\.smtpCode) == [451, 250])
            let received = try server.received()
            #expect(received.count == 1)
            #expect(received.first?.header("Message-ID") == message.messageId)
            let decoded = try SMTPTestServer.decode(try #require(received.first).file)
            #expect(decoded.subject == message.subject)
            #expect(decoded.parts.map(\.text) == [message.text, message.html])
        }
    }

    @Test func aPermanentRefusalFailsTheMessageAfterOneAttempt() async throws {
        try await SMTPTestServer.with(["--reject", "^nobody@"]) { server in
            let database = try AppDatabase.inMemory()
            let relay = MailRelay(
                store: database,
                transport: CurlMailSender(settings: SMTPSettings(url: "smtp://127.0.0.1:\(server.port)", allowPlain: true)),
                composer: Self.composer, policy: RetryPolicy(schedule: Self.quickSchedule), logger: Logger(label: "test"))
            let refused = Self.message(to: "nobody@example.dk")
            let accepted = Self.message()
            try await database.enqueueMail([refused, accepted])
            let (failed, sent) = try await Self.running(relay) {
                (try await Self.settled(database, refused.id), try await Self.settled(database, accepted.id))
            }
            #expect(failed.status == .failed)
            #expect(failed.attempts.count == 1 && failed.attempts.first?.smtpCode == 550)
            #expect(failed.lastError == "smtp: the server answered 550")
            #expect(sent.status == .sent)
            #expect(try server.received().map(\.recipients) == [["karen@example.dk"]])
        }
    }

    @Test func theFolderTransportWritesTheComposedMessageOnceUnderAStableName() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("matchd-mail-folder-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try AppDatabase.inMemory()
        let transport = MailFolderSender(folder: folder.path)
        let relay = MailRelay(
            store: database, transport: transport, composer: Self.composer, policy: RetryPolicy(schedule: Self.quickSchedule),
            logger: Logger(label: "test"))
        let message = Self.message()
        try await database.enqueueMail([message])
        let queued = try await Self.running(relay) { try await Self.settled(database, message.id) }
        #expect(queued.status == .sent)
        let stored = try #require(try await database.queuedMail(message.id)).message
        let file = transport.file(id: message.id, createdAt: stored.createdAt)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [file.lastPathComponent])
        #expect(file.lastPathComponent.hasSuffix("-\(message.id.uuidString.lowercased()).eml"))
        let bytes = try Data(contentsOf: file)
        #expect(Array(bytes) == (try Self.composer.compose(stored)))
        let decoded = try SMTPTestServer.decode(file)
        #expect(decoded.subject == message.subject && decoded.messageId == message.messageId && decoded.defects.isEmpty)

        // A retry (or a resend) writes the same file with the same bytes.
        #expect(
            await transport.send(
                id: stored.id, createdAt: stored.createdAt, envelopeFrom: "matchd@horsens.dk", recipient: stored.to.address,
                bytes: try Self.composer.compose(stored)
            ).outcome == .accepted(code: 250))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 1)
        #expect(try Data(contentsOf: file) == bytes)
    }

    @Test func noLogLineHoldsAnAddressSubjectBodyLinkUserOrPassword() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("matchd-mail-log-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (certificate, key) = try SMTPTestServer.selfSignedCertificate(in: folder)
        let secrets = [
            "quorra.secret@example.dk", "Quorra Secretname", "Hemmeligt emne", "token=mt_SECRETLINK", "smtp-pass-Xyzzy", "smtp-user-Plugh",
        ]
        try await SMTPTestServer.with([
            "--starttls", certificate.path, key.path, "--auth", "smtp-user-Plugh:smtp-pass-Xyzzy", "--fail-first", "1",
        ]) {
            server in
            let lines = CapturedLog()
            let logger = Logger(label: "matchd") { _ in CapturingLogHandler(lines: lines) }
            let url = "smtp://127.0.0.1:\(server.port)"
            let database = try AppDatabase.inMemory()
            let good = MailMessage.make(
                to: MailAddress(address: "quorra.secret@example.dk", name: "Quorra Secretname"), subject: "Hemmeligt emne æøå",
                text: "https://matchd.example/log-ind?token=mt_SECRETLINK",
                html: "<a href=\"https://matchd.example/log-ind?token=mt_SECRETLINK\">x</a>",
                category: .signIn, accountId: nil, domain: "horsens.dk", now: Date())
            try await database.enqueueMail([good])
            for (password, schedule) in [("wrong", [Duration.zero]), ("smtp-pass-Xyzzy", Self.quickSchedule)] {
                let relay = MailRelay(
                    store: database,
                    transport: CurlMailSender(
                        settings: SMTPSettings(url: url, user: "smtp-user-Plugh", password: password, caFile: certificate.path)),
                    composer: Self.composer, policy: RetryPolicy(schedule: schedule), logger: logger)
                _ = try await Self.running(relay) { try await Self.settled(database, good.id) }
                if password == "wrong" { #expect(try await database.resendMail(good.id, now: Date()) != nil) }
            }
            #expect(try await database.queuedMail(good.id)?.status == .sent)
            #expect(try server.received().count == 1)
            let all = lines.all
            #expect(all.contains { $0.contains("mail attempt") && $0.contains(good.id.lowercasedText) })
            #expect(all.contains { $0.contains("authentication") })
            for line in all {
                for secret in secrets { #expect(!line.contains(secret), "\(secret) in: \(line)") }
            }
        }
    }
}

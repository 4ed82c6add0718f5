import Foundation
import MailTestSupport
import Profiles
import Testing

@testable import Delivery

/// libcurl's SMTP against a real server (aiosmtpd, `Tests/Support/smtp_server.py`) on 127.0.0.1:
/// plain, STARTTLS with AUTH PLAIN, refused credentials and missing STARTTLS, reply codes, dot
/// stuffing, and one connection for many messages.
@Suite("libcurl mail sender against a real SMTP server on 127.0.0.1")
struct CurlMailSenderTests {
    static let composer = MailComposer(sender: MailAddress(address: "matchd@horsens.dk", name: "Jobcenter Horsens"))

    static func message(_ number: Int = 1, to address: String = "karen@example.dk") -> MailMessage {
        MailMessage.make(
            to: MailAddress(address: address, name: "Karen Ærø"), subject: "Dit link til at logge ind på matchd – æøå ÆØÅ \(number)",
            text: "Hej Karen,\nhttps://matchd.example/log-ind?token=abc\(number)\n", html: "<p>Hej Karen</p>\n", category: .signIn,
            accountId: nil, domain: "horsens.dk", now: Date())
    }

    static func send(_ sender: some MailTransport, _ message: MailMessage) async throws -> MailSendResult {
        await sender.send(
            id: message.id, createdAt: message.createdAt, envelopeFrom: composer.sender.address, recipient: message.to.address,
            bytes: try composer.compose(message))
    }

    /// A folder for a test's certificate, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("matchd-mail-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func plainSMTPDeliversTheComposedBytesWithTheEnvelope() async throws {
        try await SMTPTestServer.with { server in
            let sender = CurlMailSender(settings: SMTPSettings(url: "smtp://127.0.0.1:\(server.port)", allowPlain: true))
            let message = Self.message()
            let result = try await Self.send(sender, message)
            #expect(result.outcome == .accepted(code: 250))
            let received = try await server.waitForMessages(1)
            try #require(received.count == 1)
            #expect(received[0].envelopeFrom == "matchd@horsens.dk")
            #expect(received[0].recipients == ["karen@example.dk"])
            #expect(Array(received[0].bytes) == (try Self.composer.compose(message)), "the server got exactly the composed bytes")
            let decoded = try SMTPTestServer.decode(received[0].file)
            #expect(decoded.subject == message.subject)
            #expect(decoded.messageId == message.messageId)
            #expect(decoded.parts.first?.text.contains("https://matchd.example/log-ind?token=abc1") == true)
        }
    }

    @Test func libcurlDotStuffsLinesThatStartWithADot() async throws {
        try await SMTPTestServer.with { server in
            let sender = CurlMailSender(settings: SMTPSettings(url: "smtp://127.0.0.1:\(server.port)", allowPlain: true))
            let raw = "Subject: dots\r\nFrom: matchd@horsens.dk\r\nTo: a@example.dk\r\n\r\n.one\r\n..two\r\n.\r\nafter\r\n"
            let result = await sender.send(
                id: UUID(), createdAt: Date(), envelopeFrom: "matchd@horsens.dk", recipient: "a@example.dk", bytes: Array(raw.utf8))
            #expect(result.outcome == .accepted(code: 250))
            let received = try await server.waitForMessages(1)
            #expect(received.first?.text == raw, "a lone dot would have ended the message early")
        }
    }

    @Test func starttlsWithAuthPlainAndTheTestCertificate() async throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (certificate, key) = try SMTPTestServer.selfSignedCertificate(in: folder)
        try await SMTPTestServer.with(["--starttls", certificate.path, key.path, "--auth", "matchd:s3cret-smtp"]) { server in
            let url = "smtp://127.0.0.1:\(server.port)"
            let good = CurlMailSender(settings: SMTPSettings(url: url, user: "matchd", password: "s3cret-smtp", caFile: certificate.path))
            #expect(try await Self.send(good, Self.message(1)).outcome == .accepted(code: 250))

            let wrong = CurlMailSender(settings: SMTPSettings(url: url, user: "matchd", password: "wrong", caFile: certificate.path))
            let refused = try await Self.send(wrong, Self.message(2))
            #expect(refused.failure?.kind == .authentication)
            #expect(refused.smtpCode == 535)

            let untrusted = CurlMailSender(settings: SMTPSettings(url: url, user: "matchd", password: "s3cret-smtp"))
            #expect(
                try await Self.send(untrusted, Self.message(3)).failure?.kind == .tls,
                "the self-signed certificate is not trusted without --smtp-ca-file")
            #expect(try await server.waitForMessages(1, timeout: .milliseconds(200)).count == 1)
        }
    }

    @Test func starttlsIsRequiredUnlessPlainIsAllowed() async throws {
        try await SMTPTestServer.with { server in
            let required = CurlMailSender(settings: SMTPSettings(url: "smtp://127.0.0.1:\(server.port)"))
            let result = try await Self.send(required, Self.message())
            #expect(result.failure?.kind == .tls, "a server without STARTTLS gets nothing: \(result)")
            #expect(try server.received().isEmpty)
        }
    }

    @Test func replyCodesAreReported() async throws {
        try await SMTPTestServer.with(["--fail-first", "1", "--reject", "^refused@"]) { server async throws in
            let sender = CurlMailSender(settings: SMTPSettings(url: "smtp://127.0.0.1:\(server.port)", allowPlain: true))
            #expect(try await Self.send(sender, Self.message(1)).outcome == .refused(code: 451))
            #expect(try await Self.send(sender, Self.message(2)).outcome == .accepted(code: 250))
            #expect(try await Self.send(sender, Self.message(3, to: "refused@example.dk")).outcome == .refused(code: 550))
            #expect(try await Self.send(sender, Self.message(4)).outcome == .accepted(code: 250))
        }
    }

    @Test func aClosedPortIsAConnectFailure() async throws {
        let port = try await SMTPTestServer.with { $0.port }
        let sender = CurlMailSender(settings: SMTPSettings(url: "smtp://127.0.0.1:\(port)", allowPlain: true))
        #expect(try await Self.send(sender, Self.message()).failure?.kind == .connectFailed)
    }

    @Test func manyMessagesShareOneConnectionPerWorker() async throws {
        try await SMTPTestServer.with { server async throws in
            let sender = CurlMailSender(settings: SMTPSettings(url: "smtp://127.0.0.1:\(server.port)", allowPlain: true), connections: 2)
            for number in 1...30 {
                #expect(try await Self.send(sender, Self.message(number)).outcome == .accepted(code: 250))
            }
            #expect(try await server.waitForMessages(30).count == 30)
            #expect(server.connections() <= 2, "connections: \(server.connections())")
        }
    }
}

import Delivery
import Foundation
import Hummingbird
import HummingbirdTesting
import MailTestSupport
import MatchCore
import Testing

@testable import MatchAPI
@testable import Profiles
@testable import SQLiteStorage

/// Signing in through a real mailbox: the daemon, running with its services, e-mails the link to
/// an SMTP server on loopback; the link read out of the received mail signs in, once.
@Suite(.serialized) struct SignInByMailTests {
    @Test func theLinkArrivesByMailInTheAccountsLanguageAndSignsIn() async throws {
        try await SMTPTestServer.with { server in
            let daemon = try await TestDaemon.make(
                mail: MailSettings(
                    smtp: SMTPSettings(url: "smtp://127.0.0.1:\(server.port)", allowPlain: true),
                    from: MailAddress(address: "matchd@horsens.dk", name: "Jobcenter Horsens"), folder: "unused",
                    retrySchedule: [.zero, .milliseconds(200)]))
            defer { daemon.remove() }
            let demo = try DataDirectory.demo(in: daemon.config.dataDirectory)
            let danish = Account(
                id: UUID(), principal: Principal(role: .citizen, citizenId: demo.citizens[0].id), email: "bo@example.dk", name: "Bo Ærø")
            let english = Account(
                id: UUID(), principal: Principal(role: .company, companyId: demo.companies[0].id), email: "kim@example.dk",
                name: "Kim Smith", language: .en)
            for account in [danish, english] { _ = try await daemon.database.createAccount(account, now: Date()) }
            try await daemon.application().test(.live) { client in
                let asked = try await client.send(.post, "/auth/sign-in", token: nil, json: Bodies.json(["email": "bo@example.dk"]))
                #expect(asked.status == .accepted)
                let binding = try #require(asked.headers[values: .setCookie].first?.split(separator: ";").first.map(String.init))
                _ = try await client.send(.post, "/auth/sign-in", token: nil, json: Bodies.json(["email": "kim@example.dk"]))
                _ = try await client.send(.post, "/auth/sign-in", token: nil, json: Bodies.json(["email": "nobody@example.dk"]))

                let received = try await server.waitForMessages(2)
                #expect(received.count == 2, "one mail per address with an account, none for the other")
                let toBo = try #require(received.first { $0.recipients == ["bo@example.dk"] })
                let mail = try SMTPTestServer.decode(toBo.file)
                #expect(mail.subject == "Dit link til at logge ind på matchd")
                #expect(mail.to == "Bo Ærø <bo@example.dk>")
                #expect(mail.from == "Jobcenter Horsens <matchd@horsens.dk>")
                #expect(mail.messageId.hasSuffix("@horsens.dk>"))
                #expect(mail.parts.map(\.contentType) == ["text/plain", "text/html"])
                #expect(mail.defects.isEmpty)
                let text = try #require(mail.parts.first?.text)
                let link = try #require(text.range(of: "https://matchd.test/auth/link?token=").map { text[$0.lowerBound...].prefix(79) })
                #expect(mail.parts.last?.text.contains(String(link)) == true, "the HTML part carries the same link")
                let token = String(link.suffix(43))

                let signedIn = try await client.send(
                    .post, "/auth/link", token: nil, json: Bodies.json(["token": token]), headers: [.cookie: binding])
                #expect(signedIn.status == .ok)
                #expect((signedIn.object["account"] as? [String: Any])?["name"] as? String == "Bo Ærø")
                let again = try await client.send(
                    .post, "/auth/link", token: nil, json: Bodies.json(["token": token]), headers: [.cookie: binding])
                #expect(again.status == .gone)

                let toKim = try #require(received.first { $0.recipients == ["kim@example.dk"] })
                #expect(try SMTPTestServer.decode(toKim.file).subject == "Your link to sign in to matchd")
            }
        }
    }
}

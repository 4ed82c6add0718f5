import Foundation
import Hummingbird
import HummingbirdTesting
import MatchCore
import Testing

@testable import MatchAPI
@testable import Profiles
@testable import SQLiteStorage

/// `/v1/accounts`: who creates, reads, changes and disables which accounts, end to end through
/// the daemon, and what disabling does to tokens at once.
@Suite struct AccountRouteTests {
    static func account(_ change: (inout [String: Any]) -> Void) -> String {
        var body: [String: Any] = ["name": "Mette Hansen", "email": "mette@example.dk", "language": "da"]
        change(&body)
        return Bodies.json(body)
    }

    @Test func eachRoleCreatesOnlyTheAccountsItManages() async throws {
        let daemon = try await TestDaemon.make()
        defer { daemon.remove() }
        let demo = try DataDirectory.demo(in: daemon.config.dataDirectory)
        let horsensCitizen = try #require(demo.citizens.first { $0.municipalityCode.description == "615" })
        let otherCitizen = try #require(demo.citizens.first { $0.municipalityCode.description != "615" })
        let company = try #require(demo.companies.first)
        let admin = try await daemon.token(.admin)
        let consultant = try await daemon.token(.consultant, municipality: "615")
        let companyToken = try await daemon.token(.company, company: company.id)
        let tokenHolder = try #require(demo.citizens.last { $0.municipalityCode.description == "615" && $0.id != horsensCitizen.id })
        let citizenToken = try await daemon.token(.citizen, citizen: tokenHolder.id)
        try await daemon.application().test(.router) { client in
            let made = try await client.send(
                .post, "/v1/accounts", token: admin,
                json: Self.account {
                    $0["role"] = "consultant"
                    $0["municipalityCode"] = "615"
                    $0["email"] = "VK@Horsens.dk"
                })
            #expect(made.status == .created)
            #expect(made.object["email"] as? String == "vk@horsens.dk", "addresses are kept in lower case")
            #expect(made.headers[.location] == "/v1/accounts/\(made.object["id"] as? String ?? "")")

            let own = try await client.send(
                .post, "/v1/accounts", token: consultant,
                json: Self.account {
                    $0["role"] = "citizen"
                    $0["citizenId"] = horsensCitizen.id.lowercasedText
                })
            #expect(own.status == .created)
            let foreign = try await client.send(
                .post, "/v1/accounts", token: consultant,
                json: Self.account {
                    $0["role"] = "citizen"
                    $0["citizenId"] = otherCitizen.id.lowercasedText
                    $0["email"] = "x@example.dk"
                })
            #expect(foreign.status == .unprocessableContent)
            #expect(foreign.errorFields == ["citizenId"])
            let colleague = try await client.send(
                .post, "/v1/accounts", token: consultant,
                json: Self.account {
                    $0["role"] = "consultant"
                    $0["municipalityCode"] = "615"
                    $0["email"] = "y@example.dk"
                })
            #expect(colleague.status == .forbidden)

            let person = try await client.send(
                .post, "/v1/accounts", token: companyToken,
                json: Self.account {
                    $0["role"] = "company"
                    $0["companyId"] = company.id.lowercasedText
                    $0["email"] = "hr@firma.dk"
                })
            #expect(person.status == .created)
            let byCitizen = try await client.send(
                .post, "/v1/accounts", token: citizenToken,
                json: Self.account {
                    $0["role"] = "citizen"
                    $0["citizenId"] = horsensCitizen.id.lowercasedText
                })
            #expect(byCitizen.status == .forbidden)

            // Unique address; one account per citizen; a scope that fits the role.
            let twice = try await client.send(
                .post, "/v1/accounts", token: admin,
                json: Self.account {
                    $0["role"] = "admin"
                    $0["email"] = "HR@firma.dk"
                })
            #expect(twice.status == .unprocessableContent)
            #expect(twice.errorFields == ["email"])
            let second = try await client.send(
                .post, "/v1/accounts", token: admin,
                json: Self.account {
                    $0["role"] = "citizen"
                    $0["citizenId"] = horsensCitizen.id.lowercasedText
                    $0["email"] = "z@example.dk"
                })
            #expect(second.status == .unprocessableContent)
            #expect(second.errorFields == ["citizenId"])
            let misfit = try await client.send(
                .post, "/v1/accounts", token: admin,
                json: Self.account {
                    $0["role"] = "company"
                    $0["municipalityCode"] = "615"
                    $0["email"] = "q@example.dk"
                })
            #expect(misfit.status == .unprocessableContent)
            #expect(Set(misfit.errorFields) == ["companyId", "municipalityCode"])
            let badAddress = try await client.send(
                .post, "/v1/accounts", token: admin,
                json: Self.account {
                    $0["role"] = "admin"
                    $0["email"] = "a@b\r\nBcc: x@y.dk"
                })
            #expect(badAddress.status == .unprocessableContent)
            #expect(badAddress.errorFields == ["email"])

            // Lists: each sees its own scope.
            let consultantList = try await client.send(.get, "/v1/accounts", token: consultant)
            #expect(Set(consultantList.items.map { $0["role"] as? String }) == ["citizen"])
            #expect(consultantList.items.count == 2, "the two citizens of Horsens with an account")
            let companyList = try await client.send(.get, "/v1/accounts", token: companyToken)
            #expect(Set(companyList.items.compactMap { $0["companyId"] as? String }) == [company.id.lowercasedText])
            #expect(try await client.send(.get, "/v1/accounts", token: citizenToken).status == .forbidden)
            let hidden = try await client.send(.get, "/v1/accounts/\(made.object["id"] as? String ?? "")", token: companyToken)
            #expect(hidden.status == .notFound)
        }
    }

    @Test func everyoneReadsAndRenamesTheirOwnAccountButOnlyManagersChangeItsAddress() async throws {
        let daemon = try await TestDaemon.make()
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        try await daemon.application().test(.router) { client in
            let made = try await client.send(.post, "/v1/accounts", token: admin, json: Self.account { $0["role"] = "admin" })
            let id = try #require(made.object["id"] as? String)
            let issued = try await daemon.database.createToken(accountId: try #require(UUID(uuidString: id)), label: nil)
            let me = try await client.send(.get, "/v1/accounts/me", token: issued.token)
            #expect(me.status == .ok)
            #expect(me.object["id"] as? String == id)
            #expect(me.object["lastSignInAt"] == nil)
            // The GET body sent back is accepted as it is (read-only fields ride along).
            let back = try await client.send(
                .put, "/v1/accounts/me", token: issued.token, json: String(decoding: Data(buffer: me.body), as: UTF8.self),
                headers: [.ifMatch: me.headers[.eTag] ?? ""])
            #expect(back.status == .ok)
            #expect(back.object["version"] as? Int == 2)

            let citizen = try #require(try DataDirectory.demo(in: daemon.config.dataDirectory).citizens.first)
            let citizenAccount = try await client.send(
                .post, "/v1/accounts", token: admin,
                json: Self.account {
                    $0["role"] = "citizen"
                    $0["citizenId"] = citizen.id.lowercasedText
                    $0["email"] = "borger@example.dk"
                })
            let citizenToken = try await daemon.database.createToken(
                accountId: try #require(UUID(uuidString: citizenAccount.object["id"] as? String ?? "")), label: nil
            ).token
            let renamed = try await client.send(
                .put, "/v1/accounts/me", token: citizenToken,
                json: Bodies.json(["name": "Nyt Navn", "email": "borger@example.dk", "language": "en"]))
            #expect(renamed.status == .ok)
            #expect(renamed.object["language"] as? String == "en")
            let readdressed = try await client.send(
                .put, "/v1/accounts/me", token: citizenToken,
                json: Bodies.json(["name": "Nyt Navn", "email": "ny@example.dk", "language": "en"]))
            #expect(readdressed.status == .forbidden)
            let byAdmin = try await client.send(
                .put, "/v1/accounts/\(citizenAccount.object["id"] as? String ?? "")", token: admin,
                json: Bodies.json(["name": "Nyt Navn", "email": "ny@example.dk", "language": "da"]))
            #expect(byAdmin.status == .ok)
            #expect(byAdmin.object["email"] as? String == "ny@example.dk")
        }
    }

    @Test func disablingAnAccountEndsItsTokensAtOnceAndEnablingDoesNotBringThemBack() async throws {
        let daemon = try await TestDaemon.make()
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        let company = try #require(try DataDirectory.demo(in: daemon.config.dataDirectory).companies.first)
        let person = try await daemon.database.createToken(
            newAccount: Account(
                id: UUID(), principal: Principal(role: .company, companyId: company.id), email: "kontakt@firma.dk", name: "Kontakt"),
            label: nil)
        try await daemon.application().test(.router) { client in
            #expect(try await client.send(.get, "/v1/accounts/me", token: person.token).status == .ok)
            let disabled = try await client.send(.post, "/v1/accounts/\(person.accountId.lowercasedText)/disable", token: admin)
            #expect(disabled.status == .ok)
            #expect(disabled.object["disabled"] as? Bool == true)
            #expect(try await client.send(.get, "/v1/accounts/me", token: person.token).status == .unauthorized)
            let enabled = try await client.send(.post, "/v1/accounts/\(person.accountId.lowercasedText)/enable", token: admin)
            #expect(enabled.object["disabled"] as? Bool == false)
            #expect(try await client.send(.get, "/v1/accounts/me", token: person.token).status == .unauthorized)
            // No one disables themself.
            let me = try await client.send(.get, "/v1/accounts/me", token: admin)
            let own = try await client.send(.post, "/v1/accounts/\(me.object["id"] as? String ?? "")/disable", token: admin)
            #expect(own.status == .forbidden)
        }
    }
}

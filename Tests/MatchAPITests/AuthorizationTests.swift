import Foundation
import HTTPTypes
import HummingbirdTesting
import MatchCore
import Profiles
import Testing

/// The roles table of design.md, every role against every route, own versus other objects.
@Suite struct AuthorizationTests {
    /// A webhook subscription body for `events`.
    static func hook(_ events: [String]) -> String {
        Bodies.json(["url": "http://127.0.0.1:9/hook", "events": events])
    }

    @Test func roleMatrix() async throws {
        let daemon = try await TestDaemon.make()
        defer { daemon.remove() }
        let demo = try DataDirectory.demo(in: DataDirectory.locate())
        let citizen = try #require(demo.citizens.first { $0.municipalityCode.description == "615" })
        let otherCitizen = try #require(demo.citizens.first { $0.municipalityCode.description == "615" && $0.id != citizen.id })
        let slot = try #require(demo.slots.first)
        let companyA = slot.companyId
        let openingA = try #require(demo.openings.first { $0.companyId == companyA })
        let openingB = try #require(demo.openings.first { $0.companyId != companyA })
        let companyB = openingB.companyId

        let tokens: [String: String] = [
            "admin": try await daemon.token(.admin),
            "consultant615": try await daemon.token(.consultant, municipality: "615"),
            "consultant751": try await daemon.token(.consultant, municipality: "751"),
            "companyA": try await daemon.token(.company, company: companyA),
            "citizen": try await daemon.token(.citizen, citizen: citizen.id),
        ]
        let c = citizen.id.uuidString.lowercased()
        let c2 = otherCitizen.id.uuidString.lowercased()
        let a = companyA.uuidString.lowercased()
        let b = companyB.uuidString.lowercased()
        let oa = openingA.id.uuidString.lowercased()
        let ob = openingB.id.uuidString.lowercased()
        let s = slot.id.uuidString.lowercased()

        // (who, method, path, body, expected status)
        let matrix: [AccessCase] = [
            AccessCase("admin", .get, "/v1/citizens/\(c)", nil, 200),
            AccessCase("consultant615", .get, "/v1/citizens/\(c)", nil, 200),
            AccessCase("consultant751", .get, "/v1/citizens/\(c)", nil, 404),
            AccessCase("companyA", .get, "/v1/citizens/\(c)", nil, 404),
            AccessCase("citizen", .get, "/v1/citizens/\(c)", nil, 200),
            AccessCase("citizen", .get, "/v1/citizens/\(c2)", nil, 404),
            AccessCase("companyA", .get, "/v1/citizens", nil, 403),
            AccessCase("citizen", .post, "/v1/citizens", Bodies.citizen(), 403),
            AccessCase("companyA", .post, "/v1/citizens", Bodies.citizen(), 403),
            // An action in another scope the role may never take there: 403; an object outside the scope: 404.
            AccessCase("consultant751", .post, "/v1/citizens", Bodies.citizen(), 403),
            AccessCase("consultant615", .put, "/v1/citizens/\(c)", Bodies.citizen { $0["municipalityCode"] = "751" }, 403),
            AccessCase("citizen", .put, "/v1/citizens/\(c)", Bodies.citizen { $0["municipalityCode"] = "751" }, 403),
            AccessCase("consultant751", .put, "/v1/citizens/\(c)", Bodies.citizen(), 404),
            AccessCase("consultant615", .get, "/v1/municipalities/615/overview", nil, 200),
            AccessCase("consultant751", .get, "/v1/municipalities/615/overview", nil, 404),
            AccessCase("companyA", .get, "/v1/municipalities/615/overview", nil, 403),
            AccessCase("citizen", .get, "/v1/municipalities/615/overview", nil, 403),
            AccessCase("admin", .get, "/v1/municipalities/751/overview", nil, 200),
            AccessCase("consultant751", .get, "/v1/citizens/\(c)/consents", nil, 404),
            AccessCase("consultant751", .get, "/v1/citizens/\(c)/access-log", nil, 404),
            AccessCase("consultant615", .get, "/v1/citizens/\(c)/access-log", nil, 403),
            AccessCase("companyA", .get, "/v1/companies/\(b)/interest-statistics", nil, 404),
            AccessCase("citizen", .get, "/v1/companies/\(a)/interest-statistics", nil, 403),
            // Every role may subscribe to webhooks, to the event types about what it may see.
            AccessCase("citizen", .post, "/v1/webhooks", Self.hook(["citizen.updated", "interest.created", "placement.started"]), 201),
            AccessCase("citizen", .post, "/v1/webhooks", Self.hook(["placement.followUpDue"]), 422),
            AccessCase("citizen", .post, "/v1/webhooks", Self.hook(["opening.created"]), 422),
            AccessCase("companyA", .post, "/v1/webhooks", Self.hook(["opening.created", "consent.revoked", "match.upgraded"]), 201),
            AccessCase("companyA", .post, "/v1/webhooks", Self.hook(["citizen.updated"]), 422),
            AccessCase("companyA", .post, "/v1/webhooks", Self.hook(["placement.followUpDue"]), 422),
            AccessCase("consultant615", .post, "/v1/webhooks", Self.hook(["placement.followUpDue", "citizen.updated"]), 201),
            AccessCase("consultant615", .post, "/v1/citizens", Bodies.citizen(), 201),
            AccessCase("consultant751", .delete, "/v1/citizens/\(c2)", nil, 404),
            AccessCase("citizen", .delete, "/v1/citizens/\(c2)", nil, 404),
            AccessCase("companyA", .get, "/v1/citizens/\(c)/matches", nil, 404),
            AccessCase("citizen", .get, "/v1/citizens/\(c)/matches", nil, 200),
            AccessCase("citizen", .get, "/v1/citizens/\(c2)/matches", nil, 404),
            AccessCase("consultant615", .get, "/v1/citizens/\(c)/matches", nil, 200),
            AccessCase("consultant751", .get, "/v1/citizens/\(c)/matches", nil, 404),
            AccessCase("companyA", .get, "/v1/companies/\(a)", nil, 200),
            AccessCase("companyA", .get, "/v1/companies/\(b)", nil, 404),
            AccessCase("citizen", .get, "/v1/companies/\(b)", nil, 200),
            AccessCase("companyA", .post, "/v1/companies", Bodies.company(), 403),
            AccessCase("consultant615", .post, "/v1/companies", Bodies.company(), 403),
            AccessCase("consultant615", .put, "/v1/companies/\(a)", Bodies.company(), 403),
            AccessCase("companyA", .put, "/v1/companies/\(a)", Bodies.company { $0["cvr"] = "87654321" }, 422),
            AccessCase("consultant615", .post, "/v1/companies/\(a)/openings", Bodies.opening(), 403),
            AccessCase("consultant615", .post, "/v1/openings/\(oa)/close", nil, 403),
            AccessCase("consultant615", .get, "/v1/openings/\(ob)", nil, 200),
            AccessCase("citizen", .put, "/v1/companies/\(b)", Bodies.company(), 403),
            AccessCase("companyA", .get, "/v1/openings/\(oa)", nil, 200),
            AccessCase("companyA", .get, "/v1/openings/\(ob)", nil, 404),
            AccessCase("companyA", .post, "/v1/openings/\(ob)/close", nil, 404),
            AccessCase("citizen", .post, "/v1/openings/\(ob)/close", nil, 403),
            AccessCase("companyA", .put, "/v1/openings/\(ob)", Bodies.opening(), 404),
            AccessCase("companyA", .post, "/v1/companies/\(b)/openings", Bodies.opening(), 404),
            AccessCase("companyA", .post, "/v1/companies/\(a)/openings", Bodies.opening(), 201),
            AccessCase("citizen", .post, "/v1/companies/\(a)/openings", Bodies.opening(), 403),
            AccessCase("companyA", .get, "/v1/openings/\(oa)/matches", nil, 200),
            AccessCase("companyA", .get, "/v1/openings/\(ob)/matches", nil, 404),
            AccessCase("citizen", .get, "/v1/openings/\(oa)/matches", nil, 403),
            AccessCase("consultant751", .get, "/v1/openings/\(oa)/matches", nil, 200),
            AccessCase("companyA", .get, "/v1/slots/\(s)", nil, 200),
            AccessCase("companyA", .get, "/v1/slots/\(s)/matches", nil, 200),
            AccessCase("citizen", .get, "/v1/slots/\(s)/matches", nil, 403),
            AccessCase("citizen", .put, "/v1/slots/\(s)", Bodies.slot(), 403),
            AccessCase("companyA", .post, "/v1/companies/\(b)/slots", Bodies.slot(), 404),
            AccessCase("citizen", .get, "/v1/taxonomy/accommodations", nil, 200),
            AccessCase("companyA", .get, "/v1/taxonomy/competencies?q=lager", nil, 200),
        ]
        try await daemon.application().test(.router) { client in
            for entry in matrix {
                let response = try await client.send(entry.method, entry.path, token: tokens[entry.who], json: entry.body)
                #expect(response.status.code == entry.status, "\(entry.who) \(entry.method) \(entry.path): \(response.status.code)")
            }
            // Lists are scoped, not refused.
            let companyOpenings = try await client.send(.get, "/v1/openings?limit=100", token: tokens["companyA"])
            #expect(!companyOpenings.items.isEmpty && companyOpenings.items.allSatisfy { $0["companyId"] as? String == a })
            let companyCompanies = try await client.send(.get, "/v1/companies?limit=100", token: tokens["companyA"])
            #expect(companyCompanies.items.map { $0["id"] as? String } == [a])
            let consultantCitizens = try await client.send(.get, "/v1/citizens?limit=100", token: tokens["consultant751"])
            #expect(consultantCitizens.items.allSatisfy { $0["municipalityCode"] as? String == "751" })
            let ownList = try await client.send(.get, "/v1/citizens", token: tokens["citizen"])
            #expect(ownList.items.map { $0["id"] as? String } == [c])
        }
    }

    @Test func citizensSeeNoCompanyListNoContactEmailAndNoClosedVacancies() async throws {
        let daemon = try await TestDaemon.make()
        defer { daemon.remove() }
        let demo = try DataDirectory.demo(in: DataDirectory.locate())
        let citizen = try #require(demo.citizens.first)
        let opening = try #require(demo.openings.first { $0.status == .open })
        let slot = try #require(demo.slots.first { $0.status == .open })
        let token = try await daemon.token(.citizen, citizen: citizen.id)
        let admin = try await daemon.token(.admin)
        let o = opening.id.uuidString.lowercased()
        let s = slot.id.uuidString.lowercased()
        try await daemon.application().test(.router) { client in
            #expect(try await client.send(.get, "/v1/companies", token: token).status == .forbidden)
            let company = try await client.send(.get, "/v1/companies/\(opening.companyId.uuidString.lowercased())", token: token)
            #expect(company.status == .ok && company.object["name"] != nil && company.object["contactEmail"] == nil)
            let seenByAdmin = try await client.send(.get, "/v1/companies/\(opening.companyId.uuidString.lowercased())", token: admin)
            #expect(seenByAdmin.object["contactEmail"] != nil, "the demo company has a contact e-mail, or the check above proves nothing")

            #expect(try await client.send(.get, "/v1/openings/\(o)", token: token).status == .ok)
            #expect(try await client.send(.post, "/v1/openings/\(o)/close", token: admin).status == .ok)
            #expect(try await client.send(.get, "/v1/openings/\(o)", token: token).status == .notFound)
            let openings = try await client.send(.get, "/v1/openings?limit=100&status=closed", token: token)
            #expect(openings.status == .ok && openings.items.isEmpty)

            var closedSlot = try await client.send(.get, "/v1/slots/\(s)", token: admin).object
            #expect(try await client.send(.get, "/v1/slots/\(s)", token: token).status == .ok)
            for key in ["id", "companyId", "version", "createdAt", "updatedAt"] { closedSlot.removeValue(forKey: key) }
            closedSlot["status"] = "closed"
            #expect(try await client.send(.put, "/v1/slots/\(s)", token: admin, json: Bodies.json(closedSlot)).status == .ok)
            #expect(try await client.send(.get, "/v1/slots/\(s)", token: token).status == .notFound)
        }
    }

    @Test func companyViewIsPseudonymousAndHidesInvisibleCitizensAndUnsharedNeeds() async throws {
        let daemon = try await TestDaemon.make()
        defer { daemon.remove() }
        let store = try await daemon.openStore()
        let demo = try DataDirectory.demo(in: DataDirectory.locate())
        let hiddenCitizens: Set<String> = Set(demo.citizens.filter { !$0.visibleToCompanies }.map { $0.id.uuidString.lowercased() })
        let unshared = Dictionary(
            uniqueKeysWithValues: demo.citizens.map {
                ($0.id.uuidString.lowercased(), Set($0.needs.filter { !$0.shared }.map(\.code)))
            })
        // The admin view must contain hidden citizens, or the company check below proves nothing.
        var adminSawHidden = false
        for opening in demo.openings where opening.status == .open {
            let admin = store.index.read { $0.topCitizens(for: EntityID(opening.id), query: MatchQuery(limit: 100)) } ?? []
            adminSawHidden = adminSawHidden || admin.contains { hiddenCitizens.contains($0.citizenId.description) }
        }
        #expect(adminSawHidden)
        let companies = Set(demo.openings.map(\.companyId))
        let companySawAny = try await daemon.application().test(.router) { client in
            var companySawAny = false
            for company in companies.prefix(25) {
                let token = try await daemon.token(.company, company: company)
                for opening in demo.openings where opening.companyId == company && opening.status == .open {
                    let response = try await client.send(
                        .get, "/v1/openings/\(opening.id.uuidString.lowercased())/matches?limit=100", token: token)
                    #expect(response.status == .ok)
                    for item in response.items {
                        companySawAny = true
                        let id = item["citizenId"] as? String ?? ""
                        #expect(!hiddenCitizens.contains(id))
                        let card = item["citizen"] as? [String: Any] ?? [:]
                        #expect(card["contact"] == nil)
                        #expect(card["name"] == nil && card["email"] == nil && card["phone"] == nil)
                        let needs = (card["needs"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
                        let toConfirm = item["toConfirm"] as? [String] ?? []
                        #expect(unshared[id, default: []].isDisjoint(with: needs + toConfirm))
                        let text = String(decoding: try JSONSerialization.data(withJSONObject: item), as: UTF8.self)
                        let citizen = demo.citizens.first { $0.id.uuidString.lowercased() == id }
                        #expect(citizen.map { !text.contains($0.name) } ?? false)
                    }
                }
            }
            return companySawAny
        }
        #expect(companySawAny)
    }
}

/// One row of the access matrix.
struct AccessCase {
    let who: String
    let method: HTTPRequest.Method
    let path: String
    let body: String?
    let status: Int

    init(_ who: String, _ method: HTTPRequest.Method, _ path: String, _ body: String?, _ status: Int) {
        self.who = who
        self.method = method
        self.path = path
        self.body = body
        self.status = status
    }
}

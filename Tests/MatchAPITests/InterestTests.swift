import Foundation
import HummingbirdTesting
import MatchCore
import Testing

@testable import Profiles

/// The interest, consent and contact workflow end to end in process, each initiator and each
/// outcome, with an injected clock for reminders and expiry.
@Suite struct InterestTests {
    /// A demo pair that is a match: an open opening, its company, and a visible citizen of 615
    /// among its best matches.
    struct Pair {
        let opening: Vacancy
        let citizen: Citizen
        var o: String { opening.id.uuidString.lowercased() }
        var c: String { citizen.id.uuidString.lowercased() }
        var company: UUID { opening.companyId }
    }

    static func pairs(_ daemon: TestDaemon, count: Int = 1, sameCitizen: Bool = false) async throws -> [Pair] {
        let store = try await daemon.openStore()
        let demo = try DataDirectory.demo(in: DataDirectory.locate())
        let citizens = Dictionary(uniqueKeysWithValues: demo.citizens.map { ($0.id, $0) })
        var found: [Pair] = []
        var firstCitizen: UUID?
        for opening in demo.openings where opening.status == .open {
            let matches =
                store.index.read {
                    $0.topCitizens(for: EntityID(opening.id), query: MatchQuery(limit: 100, onlyVisibleCitizens: true))
                } ?? []
            for match in matches {
                guard let citizen = citizens[match.citizenId.uuid], citizen.municipalityCode.description == "615",
                    !citizen.needs.isEmpty
                else { continue }
                if sameCitizen, let first = firstCitizen, citizen.id != first { continue }
                firstCitizen = firstCitizen ?? citizen.id
                found.append(Pair(opening: opening, citizen: citizen))
                break
            }
            if found.count == count { return found }
        }
        Issue.record("the demo has fewer than \(count) suitable pairs")
        return found
    }

    static func start(
        _ client: some TestClientProtocol, _ pair: Pair, token: String, message: String = "Hej",
        sharedNeeds: [String]? = nil
    ) async throws -> TestResponse {
        var body: [String: Any] = ["citizenId": pair.c, "vacancyId": pair.o, "message": message]
        if let sharedNeeds { body["sharedNeeds"] = sharedNeeds }
        return try await client.send(.post, "/v1/interests", token: token, json: Bodies.json(body))
    }

    @Test func aCompanyStartsTheCitizenAcceptsAndOnlyThenTheCompanySeesTheIdentityUntilRevoked() async throws {
        let daemon = try await TestDaemon.make()
        defer { daemon.remove() }
        let pair = try #require(try await Self.pairs(daemon).first)
        let company = try await daemon.token(.company, company: pair.company)
        let citizen = try await daemon.token(.citizen, citizen: pair.citizen.id)
        let unshared = pair.citizen.needs.first { !$0.shared }?.code
        try await daemon.application().test(.router) { client in
            let started = try await Self.start(client, pair, token: company)
            #expect(started.status == .created)
            let id = try #require(started.object["id"] as? String)
            #expect(started.object["state"] as? String == "pending" && started.object["awaiting"] as? [String] == ["citizen"])
            #expect(started.object["initiator"] as? String == "company")
            #expect((started.object["snapshot"] as? [String: Any])?["score"] as? Double ?? 0 > 0)
            let card = started.object["citizen"] as? [String: Any] ?? [:]
            #expect(card["contact"] == nil && card["alias"] != nil)
            #expect(!String(buffer: started.body).contains(pair.citizen.name))

            // The company started it, so it does not answer; the citizen accepts and shares a need.
            let own = try await client.send(.post, "/v1/interests/\(id)/accept", token: company)
            #expect(own.status == .conflict && own.object["rule"] as? String == "initiatorCannotAnswer")
            let acceptance = unshared.map { Bodies.json(["sharedNeeds": [$0]]) } ?? "{}"
            let accepted = try await client.send(.post, "/v1/interests/\(id)/accept", token: citizen, json: acceptance)
            #expect(accepted.status == .ok && accepted.object["state"] as? String == "accepted")
            let twice = try await client.send(.post, "/v1/interests/\(id)/accept", token: citizen)
            #expect(twice.status == .conflict && twice.object["rule"] as? String == "notPending")

            let seen = try await client.send(.get, "/v1/interests/\(id)", token: company)
            let contact = (seen.object["citizen"] as? [String: Any])?["contact"] as? [String: Any]
            #expect(contact?["name"] as? String == pair.citizen.name)
            #expect(seen.object["consentActive"] as? Bool == true)
            let needs = ((seen.object["citizen"] as? [String: Any])?["needs"] as? [[String: Any]] ?? []).compactMap {
                $0["code"] as? String
            }
            if let unshared { #expect(needs.contains(unshared)) }
            let history = (seen.object["history"] as? [[String: Any]] ?? []).compactMap { $0["change"] as? String }
            #expect(history == ["created", "accepted"])

            let consents = try await client.send(.get, "/v1/citizens/\(pair.c)/consents", token: citizen)
            let consent = try #require(consents.items.first)
            #expect(consent["active"] as? Bool == true && consent["interestId"] as? String == id)
            let consentId = try #require(consent["id"] as? String)
            #expect(try await client.send(.post, "/v1/citizens/\(pair.c)/consents/\(consentId)/revoke", token: company).status == .notFound)
            let revoked = try await client.send(.post, "/v1/citizens/\(pair.c)/consents/\(consentId)/revoke", token: citizen)
            #expect(revoked.status == .ok && revoked.object["active"] as? Bool == false)

            // Revoked: the identity is gone from every route the company can reach; the interest remains.
            for path in ["/v1/interests/\(id)", "/v1/interests", "/v1/openings/\(pair.o)/matches?limit=100"] {
                let response = try await client.send(.get, path, token: company)
                #expect(response.status == .ok, "\(path)")
                let text = String(buffer: response.body)
                #expect(!text.contains(pair.citizen.name), "\(path) shows the name after the consent was revoked")
                if let email = pair.citizen.email { #expect(!text.contains(email), "\(path) shows the e-mail") }
                if let unshared { #expect(path.contains("matches") || !text.contains("\"\(unshared)\""), "\(path) shows a need") }
            }
            #expect(try await client.send(.get, "/v1/interests/\(id)", token: company).object["state"] as? String == "accepted")
            #expect(try await client.send(.get, "/v1/citizens/\(pair.c)", token: company).status == .notFound)
        }
    }

    @Test func aCitizenStartsTheCompanyDeclinesWithAReasonAndThePairWaits() async throws {
        let clock = TestClock()
        let daemon = try await TestDaemon.make(clock: clock.now)
        defer { daemon.remove() }
        let pair = try #require(try await Self.pairs(daemon).first)
        let company = try await daemon.token(.company, company: pair.company)
        let citizen = try await daemon.token(.citizen, citizen: pair.citizen.id)
        let consultant = try await daemon.token(.consultant, municipality: "615")
        try await daemon.application().test(.router) { client in
            let reasons = try await client.send(.get, "/v1/taxonomy/decline-reasons", token: company)
            #expect(reasons.items.compactMap { $0["code"] as? String }.contains("hoursDoNotFit") && reasons.items.count == 7)

            let started = try await Self.start(client, pair, token: citizen)
            #expect(started.status == .created && started.object["awaiting"] as? [String] == ["company"])
            let id = try #require(started.object["id"] as? String)
            let twice = try await Self.start(client, pair, token: citizen)
            #expect(twice.status == .conflict && twice.object["rule"] as? String == "onePendingPerPair")
            // An upper bound, as the spec says: the pending interest expires then, unanswered.
            #expect(rfc3339(twice.object["nextAllowedAt"]).map { abs($0.timeIntervalSince(clock.now()) - 14 * 86_400) < 1 } == true)

            clock.advance(days: 2)
            let bad = try await client.send(.post, "/v1/interests/\(id)/decline", token: company, json: #"{"reason": "because"}"#)
            #expect(bad.status == .badRequest)
            let declined = try await client.send(
                .post, "/v1/interests/\(id)/decline", token: company,
                json: #"{"reason": "hoursDoNotFit", "text": "Vi har kun aftenvagter"}"#)
            #expect(declined.status == .ok && declined.object["state"] as? String == "declined")
            #expect(declined.object["declineReason"] as? String == "hoursDoNotFit")
            let late = try await client.send(.post, "/v1/interests/\(id)/withdraw", token: citizen)
            #expect(late.status == .conflict && late.object["rule"] as? String == "notPending")

            let again = try await Self.start(client, pair, token: citizen)
            #expect(again.status == .conflict && again.object["rule"] as? String == "declineCooldown")
            #expect(rfc3339(again.object["nextAllowedAt"]).map { abs($0.timeIntervalSince(clock.now()) - 30 * 86_400) < 1 } == true)
            clock.advance(days: 30)
            #expect(try await Self.start(client, pair, token: citizen).status == .created)

            let figures = try await client.send(
                .get, "/v1/companies/\(pair.company.uuidString.lowercased())/interest-statistics",
                token: consultant)
            #expect(figures.object["received"] as? Int == 2 && figures.object["answered"] as? Int == 1)
            #expect(figures.object["declined"] as? Int == 1 && figures.object["medianHoursToAnswer"] as? Double == 48)
            #expect(
                try await client.send(
                    .get, "/v1/companies/\(pair.company.uuidString.lowercased())/interest-statistics",
                    token: citizen
                ).status == .forbidden)
        }
    }

    @Test func aConsultantsProposalWaitsForBothSidesAndOnlyTheInitiatorWithdraws() async throws {
        let daemon = try await TestDaemon.make()
        defer { daemon.remove() }
        let pairs = try await Self.pairs(daemon, count: 2)
        let (first, second) = (pairs[0], pairs[1])
        let consultant = try await daemon.token(.consultant, municipality: "615")
        let otherConsultant = try await daemon.token(.consultant, municipality: "751")
        let citizen = try await daemon.token(.citizen, citizen: first.citizen.id)
        let company = try await daemon.token(.company, company: first.company)
        try await daemon.application().test(.router) { client in
            #expect(try await Self.start(client, first, token: otherConsultant).status == .notFound)
            let proposal = try await Self.start(client, first, token: consultant)
            #expect(proposal.status == .created && proposal.object["awaiting"] as? [String] == ["citizen", "company"])
            let id = try #require(proposal.object["id"] as? String)
            let refused = try await client.send(.post, "/v1/interests/\(id)/accept", token: consultant)
            #expect(refused.status == .forbidden, "\(String(buffer: refused.body))")
            let half = try await client.send(.post, "/v1/interests/\(id)/accept", token: citizen)
            #expect(half.status == .ok, "\(String(buffer: half.body))")
            #expect(half.object["state"] as? String == "pending" && half.object["awaiting"] as? [String] == ["company"])
            #expect(try await client.send(.get, "/v1/citizens/\(first.c)/consents", token: citizen).items.isEmpty)
            let again = try await client.send(.post, "/v1/interests/\(id)/accept", token: citizen)
            #expect(again.status == .conflict && again.object["rule"] as? String == "alreadyAnswered")
            let whole = try await client.send(.post, "/v1/interests/\(id)/accept", token: company)
            #expect(whole.object["state"] as? String == "accepted")
            #expect(try await client.send(.get, "/v1/citizens/\(first.c)/consents", token: citizen).items.count == 1)

            let other = try await Self.start(client, second, token: consultant)
            let otherId = try #require(other.object["id"] as? String)
            let secondCompany = try await daemon.token(.company, company: second.company)
            #expect(try await client.send(.post, "/v1/interests/\(otherId)/withdraw", token: secondCompany).status == .forbidden)
            let withdrawn = try await client.send(.post, "/v1/interests/\(otherId)/withdraw", token: consultant)
            #expect(withdrawn.object["state"] as? String == "withdrawn")
            let afterWithdrawal = try await client.send(
                .post, "/v1/interests/\(otherId)/decline", token: secondCompany,
                json: #"{"reason": "notNow"}"#)
            #expect(afterWithdrawal.status == .conflict && afterWithdrawal.object["rule"] as? String == "notPending")
            #expect(afterWithdrawal.object["detail"] as? String == "Not possible: the interest was withdrawn.")
            // Each role lists only its own.
            #expect(try await client.send(.get, "/v1/interests", token: consultant).items.count == 2)
            #expect(try await client.send(.get, "/v1/interests", token: otherConsultant).items.isEmpty)
            #expect(try await client.send(.get, "/v1/interests", token: citizen).items.count == 1)
            #expect(try await client.send(.get, "/v1/interests/\(otherId)", token: company).status == .notFound)
        }
    }

    @Test func refusalsNameTheRealReasonOnEveryAnswerAndWithdrawPath() async throws {
        let daemon = try await TestDaemon.make()
        defer { daemon.remove() }
        let pair = try #require(try await Self.pairs(daemon).first)
        let company = try await daemon.token(.company, company: pair.company)
        let citizen = try await daemon.token(.citizen, citizen: pair.citizen.id)
        try await daemon.application().test(.router) { client in
            let id = try #require(try await Self.start(client, pair, token: company).object["id"] as? String)
            func body(_ action: String) -> String? { action == "decline" ? #"{"reason": "notNow"}"# : nil }
            for action in ["accept", "decline"] {
                let own = try await client.send(.post, "/v1/interests/\(id)/\(action)", token: company, json: body(action))
                #expect(own.status == .conflict && own.object["rule"] as? String == "initiatorCannotAnswer", "\(action)")
                #expect((own.object["detail"] as? String)?.contains("the company started this interest") == true, "\(action)")
            }
            // Who may withdraw is the policy's (403), not a conflict.
            #expect(try await client.send(.post, "/v1/interests/\(id)/withdraw", token: citizen).status == .forbidden)
            let declined = try await client.send(.post, "/v1/interests/\(id)/decline", token: citizen, json: #"{"reason": "notNow"}"#)
            #expect(declined.status == .ok)
            for (action, token) in [("withdraw", company), ("accept", citizen), ("decline", citizen)] {
                let late = try await client.send(.post, "/v1/interests/\(id)/\(action)", token: token, json: body(action))
                #expect(late.status == .conflict && late.object["rule"] as? String == "notPending", "\(action)")
                #expect(late.object["detail"] as? String == "Not possible: the interest is already declined.", "\(action)")
            }
        }
    }

    @Test func pacingRefusesNamingTheRuleAndWhenItNextAllows() async throws {
        let clock = TestClock()
        let rules = InterestRules(maxPendingPerCitizen: 2, maxPerCompany: 1)
        let daemon = try await TestDaemon.make(interestRules: rules, clock: clock.now)
        defer { daemon.remove() }
        let pairs = try await Self.pairs(daemon, count: 3, sameCitizen: true)
        try #require(pairs.count == 3)
        let consultant = try await daemon.token(.consultant, municipality: "615")
        let company = try await daemon.token(.company, company: pairs[0].company)
        try await daemon.application().test(.router) { client in
            #expect(try await Self.start(client, pairs[0], token: company).status == .created)
            clock.advance(days: 1)
            #expect(try await Self.start(client, pairs[1], token: consultant).status == .created)
            let third = try await Self.start(client, pairs[2], token: consultant)
            #expect(third.status == .tooManyRequests && third.object["rule"] as? String == "citizenPendingLimit")
            #expect(third.headers[.retryAfter] != nil && third.errorFields.isEmpty)
            #expect(rfc3339(third.object["nextAllowedAt"]).map { abs($0.timeIntervalSince(clock.now()) - 13 * 86_400) < 1 } == true)
            #expect(try await client.send(.get, "/v1/interests", token: consultant).items.count == 2, "a refusal changed something")
        }
        let companyPairs = try await Self.pairs(daemon, count: 6).filter {
            $0.company == pairs[0].company && $0.citizen.id != pairs[0].citizen.id
        }
        if let another = companyPairs.first {
            try await daemon.application().test(.router) { client in
                let capped = try await Self.start(client, another, token: company)
                #expect(capped.status == .tooManyRequests && capped.object["rule"] as? String == "companyMonthlyLimit")
            }
        }
    }

    @Test func theSideThatMustAnswerIsRemindedOnceThenTheInterestExpires() async throws {
        let clock = TestClock()
        let daemon = try await TestDaemon.make(clock: clock.now)
        defer { daemon.remove() }
        let pair = try #require(try await Self.pairs(daemon).first)
        let company = try await daemon.token(.company, company: pair.company)
        let citizen = try await daemon.token(.citizen, citizen: pair.citizen.id)
        let store = try await daemon.openStore()
        try await daemon.application().test(.router) { client in
            let citizenHook = try await client.subscribe(
                token: citizen, url: "http://127.0.0.1:9/c", events: ["interest.reminder", "interest.expired"])
            let companyHook = try await client.subscribe(
                token: company, url: "http://127.0.0.1:9/k", events: ["interest.reminder", "interest.expired"])
            let id = try #require(try await Self.start(client, pair, token: company).object["id"] as? String)
            clock.advance(days: 4.9)
            #expect(try await store.emitDueEvents(now: clock.now()) == 0)
            clock.advance(days: 0.2)
            #expect(try await store.emitDueEvents(now: clock.now()) == 1)
            #expect(try await store.emitDueEvents(now: clock.now()) == 0, "a reminder went out twice")
            func events(_ hook: String) async throws -> [String] {
                try await store.deliveries(webhookId: UUID(uuidString: hook)!, status: nil, page: PageRequest(limit: 100))
                    .items.map(\.eventType.rawValue)
            }
            #expect(try await events(citizenHook.id) == ["interest.reminder"])
            #expect(try await events(companyHook.id).isEmpty, "the company does not answer a company's interest")
            clock.advance(days: 9)
            #expect(try await store.emitDueEvents(now: clock.now()) == 1)
            let expired = try await client.send(.get, "/v1/interests/\(id)", token: citizen)
            #expect(expired.object["state"] as? String == "expired")
            let history = (expired.object["history"] as? [[String: Any]] ?? []).compactMap { $0["change"] as? String }
            #expect(history == ["created", "reminded", "expired"])
            #expect(try await events(companyHook.id) == ["interest.expired"])
            let tooLate = try await client.send(.post, "/v1/interests/\(id)/accept", token: citizen)
            #expect(tooLate.status == .conflict && tooLate.object["rule"] as? String == "notPending")
            #expect(tooLate.object["detail"] as? String == "Not possible: the interest has expired.")
        }
    }

    @Test func theAccessLogRecordsExactlyTheReadsThatShowedProtectedData() async throws {
        let daemon = try await TestDaemon.make()
        defer { daemon.remove() }
        let pair = try #require(try await Self.pairs(daemon).first)
        let consultant = try await daemon.token(.consultant, municipality: "615")
        let company = try await daemon.token(.company, company: pair.company)
        let citizen = try await daemon.token(.citizen, citizen: pair.citizen.id)
        let admin = try await daemon.token(.admin)
        try await daemon.application().test(.router) { client in
            func log() async throws -> [[String: Any]] {
                try await client.send(.get, "/v1/citizens/\(pair.c)/access-log?limit=100", token: citizen).items
            }
            #expect(try await log().isEmpty)
            // Not logged: the citizen's own reads, an admin's, and reads that show nothing protected.
            _ = try await client.send(.get, "/v1/citizens/\(pair.c)", token: citizen)
            _ = try await client.send(.get, "/v1/citizens/\(pair.c)", token: admin)
            _ = try await client.send(.get, "/v1/taxonomy/accommodations", token: consultant)
            #expect(try await log().isEmpty)

            let read = try await client.send(.get, "/v1/citizens/\(pair.c)", token: consultant)
            let entries = try await log()
            try #require(entries.count == 1)
            #expect(entries[0]["role"] as? String == "consultant" && entries[0]["scope"] as? String == "615")
            #expect(entries[0]["kinds"] as? [String] == ["identity", "contact", "needs"])
            #expect(entries[0]["route"] as? String == "GET /v1/citizens/{id}")
            #expect(entries[0]["requestId"] as? String == read.headers[.init("X-Request-Id")!])
            #expect(entries[0]["tokenId"] as? String != nil)

            let hasShared = pair.citizen.needs.contains(where: \.shared)
            let matches = try await client.send(.get, "/v1/openings/\(pair.o)/matches?limit=100", token: company)
            #expect(matches.items.contains { $0["citizenId"] as? String == pair.c })
            let afterMatches = try await log()
            #expect(afterMatches.count == (hasShared ? 2 : 1))
            if hasShared { #expect(afterMatches[0]["kinds"] as? [String] == ["needs"] && afterMatches[0]["role"] as? String == "company") }

            #expect(try await client.send(.get, "/v1/citizens/\(pair.c)/access-log", token: consultant).status == .forbidden)
            #expect(try await client.send(.get, "/v1/citizens/\(pair.c)/access-log", token: company).status == .notFound)
            #expect(try await client.send(.get, "/v1/citizens/\(pair.c)/access-log", token: admin).items.count == afterMatches.count)
        }
    }

    @Test func interestEventsReachOnlyThoseAllowedToSeeThem() async throws {
        let daemon = try await TestDaemon.make()
        defer { daemon.remove() }
        let pairs = try await Self.pairs(daemon, count: 2)
        let pair = pairs[0]
        let demo = try DataDirectory.demo(in: DataDirectory.locate())
        let otherCompany = try #require(demo.companies.first { $0.id != pair.company }?.id)
        let tokens = [
            "company": try await daemon.token(.company, company: pair.company),
            "otherCompany": try await daemon.token(.company, company: otherCompany),
            "citizen": try await daemon.token(.citizen, citizen: pair.citizen.id),
            "consultant": try await daemon.token(.consultant, municipality: "615"),
            "otherConsultant": try await daemon.token(.consultant, municipality: "751"),
        ]
        let store = try await daemon.openStore()
        try await daemon.application().test(.router) { client in
            var hooks: [String: String] = [:]
            for (who, token) in tokens {
                hooks[who] = try await client.subscribe(
                    token: token, url: "http://127.0.0.1:9/\(who)",
                    events: ["interest.created", "interest.accepted", "consent.revoked"]
                ).id
            }
            let id = try #require(try await Self.start(client, pair, token: tokens["company"]!).object["id"] as? String)
            _ = try await client.send(.post, "/v1/interests/\(id)/accept", token: tokens["citizen"]!)
            var heard: [String: [String]] = [:]
            for (who, hook) in hooks {
                heard[who] = try await store.deliveries(webhookId: UUID(uuidString: hook)!, status: nil, page: PageRequest(limit: 100))
                    .items.map(\.eventType.rawValue).sorted()
            }
            for who in ["company", "citizen", "consultant"] {
                #expect(heard[who] == ["interest.accepted", "interest.created"], "\(who): \(heard[who] ?? [])")
            }
            #expect(heard["otherCompany"] == [] && heard["otherConsultant"] == [])
        }
    }
}

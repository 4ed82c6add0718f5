import Foundation
import HummingbirdTesting
import MatchCore
import Testing

@testable import Profiles

/// Placements end to end in process: occupancy, progression, upgrades, follow-ups, the overview.
@Suite struct PlacementTests {
    /// A small municipality built through the API: one company with an opening and a slot, and citizens.
    struct World {
        let company: String
        let opening: String
        let slot: String
        var citizens: [String]
    }

    static func world(
        _ client: some TestClientProtocol, admin: String, slotCapacity: Int = 3, citizens: [(current: Double, target: Double)],
        opening: (min: Double, max: Double) = (8, 15)
    ) async throws -> World {
        let company = try await client.create("/v1/companies", token: admin, json: Bodies.company())
        let openingId = try await client.create(
            "/v1/companies/\(company)/openings", token: admin,
            json: Bodies.opening {
                $0["hours"] = ["min": opening.min, "max": opening.max]
            })
        let slot = try await client.create(
            "/v1/companies/\(company)/slots", token: admin, json: Bodies.slot { $0["capacity"] = slotCapacity })
        var ids: [String] = []
        for hours in citizens {
            ids.append(
                try await client.create(
                    "/v1/citizens", token: admin,
                    json: Bodies.citizen {
                        $0["hours"] = ["current": hours.current, "target": hours.target]
                    }))
        }
        return World(company: company, opening: openingId, slot: slot, citizens: ids)
    }

    static func placement(
        citizen: String, vacancy: String, kind: String = "workTrial", start: Date, end: Date? = nil,
        hours: Double = 6
    ) -> String {
        var body: [String: Any] = [
            "citizenId": citizen, "vacancyId": vacancy, "kind": kind,
            "startDate": iso(start), "agreedHours": hours,
        ]
        if let end { body["plannedEnd"] = iso(end) }
        return Bodies.json(body)
    }

    static func iso(_ date: Date) -> String { ISO8601DateFormatter().string(from: date) }

    @Test func exactlyOneOfConcurrentPlacementsGetsTheLastFreePlaceAndAFreedPlaceComesBack() async throws {
        let daemon = try await TestDaemon.make(seedDemo: false)
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        let consultant = try await daemon.token(.consultant, municipality: "615")
        let start = Date()
        try await daemon.application().test(.router) { client in
            let world = try await Self.world(client, admin: admin, slotCapacity: 1, citizens: Array(repeating: (10, 15), count: 6))
            #expect(try await client.send(.get, "/v1/slots/\(world.slot)/matches", token: admin).items.count == 6)
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for citizen in world.citizens {
                    group.addTask {
                        try await client.send(
                            .post, "/v1/placements", token: consultant,
                            json: Self.placement(
                                citizen: citizen, vacancy: world.slot, start: start,
                                end: start.addingTimeInterval(90 * 86_400))
                        ).status.code
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.sorted() == [201, 409, 409, 409, 409, 409])
            let slot = try await client.send(.get, "/v1/slots/\(world.slot)", token: admin)
            #expect(slot.object["occupied"] as? Int == 1)
            #expect(
                try await client.send(.get, "/v1/slots/\(world.slot)/matches", token: admin).items.isEmpty, "a full slot is not offered")
            let full = try await client.send(
                .post, "/v1/placements", token: consultant,
                json: Self.placement(
                    citizen: world.citizens[0], vacancy: world.slot, start: start,
                    end: start.addingTimeInterval(86_400)))
            #expect(full.status == .conflict && full.object["rule"] as? String == "slotFull")

            let placed = try #require(try await client.send(.get, "/v1/placements?vacancyId=\(world.slot)", token: consultant).items.first)
            let id = try #require(placed["id"] as? String)
            let ended = try await client.send(
                .post, "/v1/placements/\(id)/end", token: consultant,
                json: Bodies.json(["endDate": Self.iso(start.addingTimeInterval(86_400)), "outcome": "endedByCitizen"]))
            #expect(ended.status == .ok && ended.object["state"] as? String == "ended")
            #expect(try await client.send(.get, "/v1/slots/\(world.slot)", token: admin).object["occupied"] as? Int == 0)
            #expect(
                try await client.send(.get, "/v1/slots/\(world.slot)/matches", token: admin).items.count == 6, "a freed place comes back")
            let again = try await client.send(
                .post, "/v1/placements/\(id)/end", token: consultant,
                json: Bodies.json(["endDate": Self.iso(start), "outcome": "other"]))
            #expect(again.status == .conflict && again.object["rule"] as? String == "placementEnded")
            let late = try await client.send(
                .post, "/v1/placements/\(id)/progress", token: consultant,
                json: Bodies.json([
                    "date": Self.iso(start), "weeklyHours": 5, "paidHours": 0,
                ]))
            #expect(late.status == .conflict && late.object["rule"] as? String == "placementEnded")
        }
    }

    @Test func progressionMovesTheCitizensHoursAndUpgradesEachGrowIntoPairOnce() async throws {
        let daemon = try await TestDaemon.make(seedDemo: false)
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        let consultant = try await daemon.token(.consultant, municipality: "615")
        let store = try await daemon.openStore()
        let start = Date()
        try await daemon.application().test(.router) { client in
            // Opening 8–15 h: a grow-into match at 4 h. The slot (2–15 h) is a full match already.
            let world = try await Self.world(client, admin: admin, citizens: [(4, 20)])
            let citizen = world.citizens[0]
            let citizenToken = try await daemon.token(.citizen, citizen: UUID(uuidString: citizen)!)
            let hook = try await client.subscribe(token: citizenToken, url: "http://127.0.0.1:9/c", events: ["match.upgraded"])
            let consultantHook = try await client.subscribe(token: consultant, url: "http://127.0.0.1:9/k", events: ["match.upgraded"])
            let matches = try await client.send(.get, "/v1/citizens/\(citizen)/matches", token: admin)
            #expect(matches.items.first { $0["vacancyId"] as? String == world.opening }?["growInto"] as? Bool == true)

            let placement = try await client.create(
                "/v1/placements", token: consultant,
                json: Self.placement(
                    citizen: citizen, vacancy: world.slot, start: start,
                    end: start.addingTimeInterval(60 * 86_400), hours: 4))
            func progress(_ hours: Double, paid: Double, days: Double) async throws -> TestResponse {
                try await client.send(
                    .post, "/v1/placements/\(placement)/progress", token: consultant,
                    json: Bodies.json([
                        "date": Self.iso(start.addingTimeInterval(days * 86_400)), "weeklyHours": hours, "paidHours": paid,
                        "note": "Godt i gang",
                    ]))
            }
            #expect(try await progress(6, paid: 0, days: 7).status == .ok)
            func upgrades(_ hook: String) async throws -> [String] {
                try await store.deliveries(webhookId: UUID(uuidString: hook)!, status: nil, page: PageRequest(limit: 100)).items
                    .map { String(decoding: Data($0.payload.utf8), as: UTF8.self) }
            }
            #expect(try await upgrades(hook.id).isEmpty, "6 h is still below the opening's minimum")
            let rose = try await progress(10, paid: 2, days: 14)
            #expect((rose.object["progress"] as? [Any])?.count == 2)
            let profile = try await client.send(.get, "/v1/citizens/\(citizen)", token: admin)
            #expect((profile.object["hours"] as? [String: Any])?["current"] as? Double == 10)
            let first = try await upgrades(hook.id)
            #expect(first.count == 1 && first[0].contains(world.opening) && !first[0].contains(world.slot))
            #expect(try await upgrades(consultantHook.id).count == 1)
            #expect(try await progress(12, paid: 4, days: 21).status == .ok)
            #expect(try await upgrades(hook.id).count == 1, "an upgraded pair is announced once")
            // An older entry does not move today's hours.
            #expect(try await progress(3, paid: 0, days: 1).status == .ok)
            #expect(
                (try await client.send(.get, "/v1/citizens/\(citizen)", token: admin).object["hours"] as? [String: Any])?["current"]
                    as? Double == 12)
            #expect(try await progress(13, paid: 14, days: 22).errorFields == ["paidHours"])
        }
    }

    @Test func followUpsFallDueTwoWeeksInAndAtThePlannedEndOnce() async throws {
        let clock = TestClock()
        let daemon = try await TestDaemon.make(seedDemo: false, clock: clock.now)
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        let consultant = try await daemon.token(.consultant, municipality: "615")
        let company = try await daemon.token(.admin)
        let store = try await daemon.openStore()
        try await daemon.application().test(.router) { client in
            let world = try await Self.world(client, admin: admin, citizens: [(10, 15)])
            let hook = try await client.subscribe(token: consultant, url: "http://127.0.0.1:9/k", events: ["placement.followUpDue"])
            _ = try await client.create(
                "/v1/placements", token: consultant,
                json: Self.placement(
                    citizen: world.citizens[0], vacancy: world.slot, start: clock.now(), end: clock.now().addingTimeInterval(30 * 86_400)))
            clock.advance(days: 13.9)
            #expect(try await store.emitDueEvents(now: clock.now()) == 0)
            clock.advance(days: 0.2)
            #expect(try await store.emitDueEvents(now: clock.now()) == 1)
            #expect(try await store.emitDueEvents(now: clock.now()) == 0)
            clock.advance(days: 16)
            #expect(try await store.emitDueEvents(now: clock.now()) == 1)
            let log = try await store.deliveries(webhookId: UUID(uuidString: hook.id)!, status: nil, page: PageRequest(limit: 10)).items
            #expect(log.map(\.eventType) == [.placementFollowUpDue, .placementFollowUpDue])
            #expect(
                log.contains { $0.payload.contains("\"followUp\":\"afterStart\"") } && log.contains { $0.payload.contains("plannedEnd") })
            _ = company
        }
    }

    @Test func rolesSeeTheirOwnPlacementsAndOnlyTheJobCentreChangesThem() async throws {
        let daemon = try await TestDaemon.make(seedDemo: false)
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        let consultant = try await daemon.token(.consultant, municipality: "615")
        let otherConsultant = try await daemon.token(.consultant, municipality: "751")
        try await daemon.application().test(.router) { client in
            let world = try await Self.world(client, admin: admin, citizens: [(10, 15)])
            let companyToken = try await daemon.token(.company, company: UUID(uuidString: world.company)!)
            let citizenToken = try await daemon.token(.citizen, citizen: UUID(uuidString: world.citizens[0])!)
            let body = Self.placement(citizen: world.citizens[0], vacancy: world.opening, kind: "flexJob", start: Date(), hours: 10)
            #expect(try await client.send(.post, "/v1/placements", token: companyToken, json: body).status == .forbidden)
            #expect(try await client.send(.post, "/v1/placements", token: otherConsultant, json: body).status == .notFound)
            let noEnd = Self.placement(citizen: world.citizens[0], vacancy: world.opening, kind: "workTrial", start: Date())
            #expect(try await client.send(.post, "/v1/placements", token: consultant, json: noEnd).errorFields == ["plannedEnd"])
            let id = try await client.create("/v1/placements", token: consultant, json: body)
            #expect(try await client.send(.get, "/v1/placements/\(id)", token: companyToken).status == .ok)
            #expect(try await client.send(.get, "/v1/placements", token: citizenToken).items.count == 1)
            #expect(try await client.send(.get, "/v1/placements/\(id)", token: otherConsultant).status == .notFound)
            #expect(
                try await client.send(
                    .post, "/v1/placements/\(id)/progress", token: companyToken,
                    json: Bodies.json([
                        "date": Self.iso(Date()), "weeklyHours": 10, "paidHours": 10,
                    ])
                ).status == .forbidden)
            let terms = Bodies.json(["kind": "flexJob", "agreedHours": 12, "mentorName": "Bente"])
            #expect(
                try await client.send(
                    .put, "/v1/placements/\(id)", token: consultant, json: terms,
                    headers: [.ifMatch: "\"7\""]
                ).status == .preconditionFailed)
            let changed = try await client.send(.put, "/v1/placements/\(id)", token: consultant, json: terms, headers: [.ifMatch: "\"1\""])
            #expect(changed.status == .ok && changed.object["agreedHours"] as? Double == 12 && changed.headers[.eTag] == "\"2\"")
            // A hired outcome closes the opening when asked.
            let ended = try await client.send(
                .post, "/v1/placements/\(id)/end", token: consultant,
                json: Bodies.json([
                    "endDate": Self.iso(Date()), "outcome": "hiredFlexJob", "closeOpening": true,
                ]))
            #expect(ended.object["outcome"] as? String == "hiredFlexJob")
            #expect(try await client.send(.get, "/v1/openings/\(world.opening)", token: admin).object["status"] as? String == "closed")
        }
    }

    @Test func theOverviewCountsWhatHappenedFromTheRecords() async throws {
        let clock = TestClock()
        let daemon = try await TestDaemon.make(seedDemo: false, clock: clock.now)
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        let consultant = try await daemon.token(.consultant, municipality: "615")
        let periodStart = clock.now()
        try await daemon.application().test(.router) { client in
            // Four citizens in 615: hours 2, 4, 10 and 30 (target 37).
            let world = try await Self.world(client, admin: admin, citizens: [(2, 15), (4, 15), (10, 15), (30, 37)])
            _ = try await client.create("/v1/citizens", token: admin, json: Bodies.citizen { $0["municipalityCode"] = "751" })
            clock.advance(days: 10)
            let a = try await client.create(
                "/v1/placements", token: consultant,
                json: Self.placement(
                    citizen: world.citizens[0], vacancy: world.slot, start: clock.now(), end: clock.now().addingTimeInterval(60 * 86_400)))
            let b = try await client.create(
                "/v1/placements", token: consultant,
                json: Self.placement(
                    citizen: world.citizens[1], vacancy: world.slot, start: clock.now(), end: clock.now().addingTimeInterval(60 * 86_400)))
            _ = try await client.create(
                "/v1/placements", token: consultant,
                json: Self.placement(
                    citizen: world.citizens[2], vacancy: world.opening, kind: "flexJob", start: clock.now(), hours: 10))
            _ = try await client.send(
                .post, "/v1/placements/\(a)/progress", token: consultant,
                json: Bodies.json([
                    "date": Self.iso(clock.now().addingTimeInterval(86_400)), "weeklyHours": 5, "paidHours": 1,
                ]))
            clock.advance(days: 5)
            _ = try await client.send(
                .post, "/v1/placements/\(b)/end", token: consultant,
                json: Bodies.json([
                    "endDate": Self.iso(clock.now()), "outcome": "continuedTraining",
                ]))
            clock.advance(days: 1)
            let query = "from=\(Self.iso(periodStart))&to=\(Self.iso(clock.now()))"
            let overview = try await client.send(.get, "/v1/municipalities/615/overview?\(query)", token: consultant)
            #expect(overview.status == .ok)
            let o = overview.object
            #expect((o["citizensByStatus"] as? [[String: Any]])?.first?["count"] as? Int == 4)
            #expect(o["visibleToCompanies"] as? Int == 4)
            #expect(o["activeInPlacement"] as? Int == 2 && o["withPaidHours"] as? Int == 1 && o["withPendingInterest"] as? Int == 0)
            let started = Dictionary(
                uniqueKeysWithValues: (o["placementsStarted"] as? [[String: Any]] ?? []).map { ($0["key"] as! String, $0["count"] as! Int) }
            )
            #expect(started == ["workTrial": 2, "flexJob": 1])
            #expect((o["placementsEnded"] as? [[String: Any]])?.map { $0["key"] as? String } == ["continuedTraining"])
            #expect(o["medianDaysToFirstPlacement"] as? Double == 10)
            // Active: citizen 0 (2 → 5 h) and citizen 2 (10 h): median now 7.5, at the start 6.
            #expect((o["hoursNow"] as? [String: Any])?["median"] as? Double == 7.5)
            #expect((o["hoursAtStart"] as? [String: Any])?["median"] as? Double == 6)
            let slot = try #require((o["slots"] as? [[String: Any]])?.first)
            #expect(slot["capacity"] as? Int == 3 && slot["occupied"] as? Int == 1 && slot["free"] as? Int == 2)

            let csv = try await client.send(
                .get, "/v1/municipalities/615/overview?\(query)", token: consultant,
                headers: [.accept: "text/csv"])
            let rows = String(buffer: csv.body).split(separator: "\n").map(String.init)
            #expect(csv.headers[.contentType]?.hasPrefix("text/csv") == true)
            #expect(
                rows.first == "figure,key,value" && rows.contains("activeInPlacement,,2") && rows.contains("placementsStarted,workTrial,2"))
            #expect(rows.contains("hoursNow,5-10,1") && rows.contains("slotFree,\(world.company),2"))

            #expect(try await client.send(.get, "/v1/municipalities/751/overview", token: consultant).status == .notFound)
            #expect(try await client.send(.get, "/v1/municipalities/999/overview", token: admin).status == .notFound)
        }
    }

    @Test func theDemoSeedShowsALivingOverview() async throws {
        let daemon = try await TestDaemon.make()
        defer { daemon.remove() }
        let consultant = try await daemon.token(.consultant, municipality: "615")
        let history = try DataDirectory.demo(in: DataDirectory.locate()).history
        try await daemon.application().test(.router) { client in
            let o = try await client.send(.get, "/v1/municipalities/615/overview", token: consultant).object
            #expect(o["activeInPlacement"] as? Int == history.filter { $0.ended == nil }.count)
            #expect(!(o["placementsStarted"] as? [Any] ?? []).isEmpty && !(o["placementsEnded"] as? [Any] ?? []).isEmpty)
            #expect(o["withStrongMatch"] as? Int ?? 0 > 0)
            let now = (o["hoursNow"] as? [String: Any])?["median"] as? Double ?? 0
            let before = (o["hoursAtStart"] as? [String: Any])?["median"] as? Double ?? 0
            #expect(now > before, "hours grew over the period: \(before) → \(now)")
            #expect(try await client.send(.get, "/v1/placements?limit=100", token: consultant).items.count == history.count)
        }
    }
}

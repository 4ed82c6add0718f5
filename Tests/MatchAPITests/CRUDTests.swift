import Foundation
import HummingbirdTesting
import MatchCore
import Profiles
import Testing

/// Create, read, update, delete round trips for every resource, with paging and ETags.
@Suite struct CRUDTests {
    @Test func citizenRoundTripWithETagsAndDelete() async throws {
        let daemon = try await TestDaemon.make(seedDemo: false)
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        try await daemon.application().test(.router) { client in
            let created = try await client.send(.post, "/v1/citizens", token: admin, json: Bodies.citizen())
            #expect(created.status == .created)
            let id = try #require(created.object["id"] as? String)
            #expect(created.headers[.eTag] == "\"1\"")
            #expect(created.headers[.location] == "/v1/citizens/\(id)")
            #expect((created.object["alias"] as? String)?.hasPrefix("Borger-") == true)

            let read = try await client.send(.get, "/v1/citizens/\(id)", token: admin)
            #expect(read.status == .ok)
            #expect(read.object["name"] as? String == "Test Borger")
            #expect((read.object["hours"] as? [String: Any])?["current"] as? Double == 10)

            let updated = try await client.send(
                .put, "/v1/citizens/\(id)", token: admin,
                json: Bodies.citizen { $0["name"] = "Ny Navn" }, headers: [.ifMatch: "\"1\""])
            #expect(updated.status == .ok)
            #expect(updated.headers[.eTag] == "\"2\"")
            #expect(updated.object["name"] as? String == "Ny Navn")
            #expect(updated.object["version"] as? Int == 2)

            let stale = try await client.send(
                .put, "/v1/citizens/\(id)", token: admin,
                json: Bodies.citizen { $0["name"] = "Stale" }, headers: [.ifMatch: "\"1\""])
            #expect(stale.status == .preconditionFailed)
            #expect(stale.headers[.contentType] == "application/problem+json")
            #expect(try await client.send(.get, "/v1/citizens/\(id)", token: admin).object["name"] as? String == "Ny Navn")

            #expect(try await client.send(.delete, "/v1/citizens/\(id)", token: admin).status == .noContent)
            #expect(try await client.send(.get, "/v1/citizens/\(id)", token: admin).status == .notFound)
            #expect(try await client.send(.delete, "/v1/citizens/\(id)", token: admin).status == .notFound)
        }
    }

    @Test func companyOpeningAndSlotRoundTrips() async throws {
        let daemon = try await TestDaemon.make(seedDemo: false)
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        try await daemon.application().test(.router) { client in
            let company = try await client.send(.post, "/v1/companies", token: admin, json: Bodies.company())
            #expect(company.status == .created)
            let companyId = try #require(company.object["id"] as? String)
            let renamed = try await client.send(
                .put, "/v1/companies/\(companyId)", token: admin,
                json: Bodies.company { $0["name"] = "Omdøbt ApS" })
            #expect(renamed.object["name"] as? String == "Omdøbt ApS")
            let duplicate = try await client.send(.post, "/v1/companies", token: admin, json: Bodies.company())
            #expect(duplicate.status == .unprocessableContent)
            #expect(duplicate.errorFields == ["cvr"])

            let opening = try await client.send(.post, "/v1/companies/\(companyId)/openings", token: admin, json: Bodies.opening())
            #expect(opening.status == .created)
            let openingId = try #require(opening.object["id"] as? String)
            #expect(opening.object["status"] as? String == "open")
            #expect(opening.object["companyId"] as? String == companyId)
            let changed = try await client.send(
                .put, "/v1/openings/\(openingId)", token: admin,
                json: Bodies.opening { $0["title"] = "Ny titel" }, headers: [.ifMatch: "\"1\""])
            #expect(changed.object["title"] as? String == "Ny titel")
            let closed = try await client.send(.post, "/v1/openings/\(openingId)/close", token: admin)
            #expect(closed.status == .ok)
            #expect(closed.object["status"] as? String == "closed")
            #expect(try await client.send(.get, "/v1/openings?status=closed", token: admin).items.count == 1)
            #expect(try await client.send(.get, "/v1/openings?status=open", token: admin).items.isEmpty)

            let slot = try await client.send(.post, "/v1/companies/\(companyId)/slots", token: admin, json: Bodies.slot())
            #expect(slot.status == .created)
            let slotId = try #require(slot.object["id"] as? String)
            let full = try await client.send(.put, "/v1/slots/\(slotId)", token: admin, json: Bodies.slot { $0["occupiedOutside"] = 3 })
            #expect(full.object["occupied"] as? Int == 3 && full.object["occupiedOutside"] as? Int == 3)
            #expect(try await client.send(.get, "/v1/slots/\(slotId)", token: admin).object["version"] as? Int == 2)
            #expect(
                try await client.send(
                    .post, "/v1/companies/\(UUID().uuidString)/openings", token: admin,
                    json: Bodies.opening()
                ).status == .notFound)
        }
    }

    @Test func aFilterOnATaxonomyCodeRefusesACodeTheTaxonomyDoesNotHave() async throws {
        let daemon = try await TestDaemon.make()
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        try await daemon.application().test(.router) { client in
            let known = try await client.send(.get, "/v1/openings?occupationCode=window-cleaner&limit=100", token: admin)
            #expect(known.status == .ok && !known.items.isEmpty)
            #expect(known.items.allSatisfy { $0["occupationCode"] as? String == "window-cleaner" })
            for (path, field) in [
                ("/v1/openings?occupationCode=no-such-occupation", "occupationCode"),
                ("/v1/citizens?municipalityCode=999", "municipalityCode"),
                ("/v1/companies?municipalityCode=999", "municipalityCode"),
            ] {
                let unknown = try await client.send(.get, path, token: admin)
                #expect(unknown.status == .badRequest && unknown.errorFields == [field], "\(path)")
            }
        }
    }

    @Test func pagingVisitsEveryDemoRecordOnce() async throws {
        let daemon = try await TestDaemon.make()
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        try await daemon.application().test(.router) { client in
            for (path, expected) in [("/v1/citizens", 400), ("/v1/companies", 80), ("/v1/openings", 180), ("/v1/slots", 25)] {
                var seen = Set<String>()
                var cursor: String?
                var pages = 0
                repeat {
                    let page = try await client.send(.get, "\(path)?limit=37" + (cursor.map { "&cursor=\($0)" } ?? ""), token: admin)
                    #expect(page.status == .ok)
                    #expect(page.items.count <= 37)
                    for item in page.items { seen.insert(item["id"] as? String ?? "") }
                    cursor = page.object["nextCursor"] as? String
                    pages += 1
                } while cursor != nil && pages < 50
                #expect(seen.count == expected, "\(path)")
            }
            #expect(try await client.send(.get, "/v1/citizens?cursor=bogus!", token: admin).status == .badRequest)
            #expect(try await client.send(.get, "/v1/citizens?limit=0", token: admin).status.code >= 400)
            #expect(try await client.send(.get, "/v1/citizens?limit=101", token: admin).status.code >= 400)
            let filtered = try await client.send(.get, "/v1/citizens?status=jobReady&limit=100", token: admin)
            #expect(!filtered.items.isEmpty && filtered.items.allSatisfy { $0["status"] as? String == "jobReady" })
        }
    }
}

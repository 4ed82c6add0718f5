import Foundation
import HummingbirdTesting
import MatchCore
import Profiles
import Testing

/// The match endpoints: explained, sorted and bounded results; read-your-writes; persistence.
@Suite struct MatchEndpointTests {
    @Test func openingMatchesAreSortedBoundedAndExplained() async throws {
        let daemon = try await TestDaemon.make()
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        let demo = try DataDirectory.demo(in: DataDirectory.locate())
        try await daemon.application().test(.router) { client in
            var nonEmpty = 0
            for opening in demo.openings.filter({ $0.status == .open }).prefix(30) {
                let response = try await client.send(
                    .get, "/v1/openings/\(opening.id.uuidString.lowercased())/matches?limit=5", token: admin)
                #expect(response.status == .ok)
                let scores = response.items.compactMap { $0["score"] as? Double }
                #expect(scores.count == response.items.count && scores.count <= 5)
                #expect(scores == scores.sorted(by: >))
                for item in response.items {
                    let contributions = (item["components"] as? [[String: Any]] ?? []).compactMap { $0["contribution"] as? Double }
                    #expect(contributions.count == 5)
                    #expect(abs(contributions.reduce(0, +) - (item["score"] as? Double ?? -1)) <= 0.01)
                    #expect((item["passed"] as? [String])?.contains("hoursReachable") == true)
                    #expect((item["citizen"] as? [String: Any])?["contact"] != nil)
                }
                if !scores.isEmpty { nonEmpty += 1 }
            }
            #expect(nonEmpty >= 10)
            let some = try #require(demo.openings.first { $0.status == .open }).id.uuidString.lowercased()
            let filtered = try await client.send(.get, "/v1/openings/\(some)/matches?minScore=60&maxKm=10", token: admin)
            #expect(filtered.items.allSatisfy { ($0["score"] as? Double ?? 0) >= 60 && ($0["distanceKm"] as? Double ?? 0) <= 10 })
            #expect(try await client.send(.get, "/v1/openings/\(some)/matches?minScore=101", token: admin).status == .badRequest)
            let closed = try #require(demo.openings.first { $0.status == .closed }).id.uuidString.lowercased()
            #expect(try await client.send(.get, "/v1/openings/\(closed)/matches", token: admin).items.isEmpty)
        }
    }

    @Test func aNewCitizenAppearsInTheNextMatchesOfAFittingOpening() async throws {
        let daemon = try await TestDaemon.make(seedDemo: false)
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        try await daemon.application().test(.router) { client in
            let company = try #require(
                try await client.send(.post, "/v1/companies", token: admin, json: Bodies.company()).object["id"] as? String)
            let opening = try #require(
                try await client.send(
                    .post, "/v1/companies/\(company)/openings", token: admin,
                    json: Bodies.opening()
                ).object["id"] as? String)
            #expect(try await client.send(.get, "/v1/openings/\(opening)/matches", token: admin).items.isEmpty)
            let citizen = try #require(
                try await client.send(.post, "/v1/citizens", token: admin, json: Bodies.citizen()).object["id"] as? String)
            let matches = try await client.send(.get, "/v1/openings/\(opening)/matches", token: admin)
            #expect(matches.items.map { $0["citizenId"] as? String } == [citizen])
            let reverse = try await client.send(.get, "/v1/citizens/\(citizen)/matches", token: admin)
            #expect(reverse.items.map { $0["vacancyId"] as? String } == [opening])
            #expect((reverse.items.first?["vacancy"] as? [String: Any])?["companyName"] as? String == "Test Lager ApS")
            #expect(reverse.items.first?["score"] as? Double == matches.items.first?["score"] as? Double)

            // An update that breaks a hard rule takes the citizen out at once.
            _ = try await client.send(
                .put, "/v1/citizens/\(citizen)", token: admin,
                json: Bodies.citizen { $0["acceptedKinds"] = ["wageSubsidy"] })
            #expect(try await client.send(.get, "/v1/openings/\(opening)/matches", token: admin).items.isEmpty)
            _ = try await client.send(.post, "/v1/openings/\(opening)/close", token: admin)
            _ = try await client.send(.put, "/v1/citizens/\(citizen)", token: admin, json: Bodies.citizen())
            #expect(try await client.send(.get, "/v1/citizens/\(citizen)/matches", token: admin).items.isEmpty)
        }
    }

    @Test func stopAndReopenGivesTheSameDataAndMatches() async throws {
        let daemon = try await TestDaemon.make()
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        let demo = try DataDirectory.demo(in: DataDirectory.locate())
        let openings = demo.openings.filter { $0.status == .open }.prefix(5).map { $0.id.uuidString.lowercased() }
        let (created, before) = try await daemon.application().test(.router) { client in
            let created = try #require(
                try await client.send(.post, "/v1/citizens", token: admin, json: Bodies.citizen()).object["id"] as? String)
            var before: [String] = []
            for opening in openings {
                before.append(String(buffer: try await client.send(.get, "/v1/openings/\(opening)/matches", token: admin).body))
            }
            return (created, before)
        }
        try await daemon.application().test(.router) { client in
            #expect(try await client.send(.get, "/v1/citizens/\(created)", token: admin).status == .ok)
            var after: [String] = []
            for opening in openings {
                after.append(String(buffer: try await client.send(.get, "/v1/openings/\(opening)/matches", token: admin).body))
            }
            #expect(after == before)
        }
    }

    @Test func consultantSeesOnlyTheirMunicipalityInOpeningMatches() async throws {
        let daemon = try await TestDaemon.make()
        defer { daemon.remove() }
        let demo = try DataDirectory.demo(in: DataDirectory.locate())
        let consultant = try await daemon.token(.consultant, municipality: "615")
        let municipalityOf = Dictionary(
            uniqueKeysWithValues: demo.citizens.map { ($0.id.uuidString.lowercased(), $0.municipalityCode.description) })
        try await daemon.application().test(.router) { client in
            var seen = 0
            for opening in demo.openings.filter({ $0.status == .open }).prefix(40) {
                let response = try await client.send(
                    .get, "/v1/openings/\(opening.id.uuidString.lowercased())/matches?limit=50", token: consultant)
                for item in response.items {
                    #expect(municipalityOf[item["citizenId"] as? String ?? ""] == "615")
                    seen += 1
                }
            }
            #expect(seen > 0)
        }
    }
}

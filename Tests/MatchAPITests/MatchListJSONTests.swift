import Foundation
import HummingbirdTesting
import MatchCore
import PlainJSON
import Profiles
import Testing

@testable import MatchAPI

/// The match lists written by `MatchListJSON` say exactly what the generated server's
/// `JSONEncoder` would say for the generated values of the same ranked matches: the same JSON
/// value, and the same generated value when decoded.
@Suite struct MatchListJSONTests {
    typealias Schemas = Components.Schemas

    static func written(_ value: some JSONWritable) -> Data {
        var json = JSONWriter(capacity: 64)
        value.write(to: &json)
        return json.withUnsafeBytes { Data($0) }
    }

    /// Writer and encoder agree on `items`, as JSON values and decoded into `List`.
    static func sameJSON<Item: JSONWritable, List: Codable & Equatable>(_ items: [Item], as list: List) throws {
        let fast = written(MatchListJSON(items: items))
        let reference = try JSONEncoder().encode(list)
        let fastObject = try JSONSerialization.jsonObject(with: fast) as? NSDictionary
        let referenceObject = try JSONSerialization.jsonObject(with: reference) as? NSDictionary
        #expect(fastObject != nil)
        #expect(fastObject == referenceObject, "\(String(decoding: fast, as: UTF8.self))")
        #expect(try JSONDecoder().decode(List.self, from: fast) == JSONDecoder().decode(List.self, from: reference))
    }

    /// Runs `work` on a Dispatch thread: long synchronous work on the concurrency pool would
    /// hold up the servers of suites running beside it.
    static func offPool(_ work: @escaping @Sendable () throws -> Void) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }

    /// A citizen whose texts need every escape, without an e-mail address.
    static func awkward(_ citizen: Citizen) -> Citizen {
        var citizen = citizen
        citizen.name = "Åse \"Bo\" Ørn\\\n\t\u{1}/ 😀"
        citizen.email = nil
        citizen.jobGoals = ["window-cleaner", "a/b"]
        citizen.needs = [
            NeedCode(code: "no-lifting", required: true, shared: false), NeedCode(code: "quiet", required: false, shared: true),
        ]
        return citizen
    }

    /// Every third demo opening's and slot's best 20 citizens, in one card view after another,
    /// every other list with an awkward citizen in each place, written as the generated types
    /// say. The comparisons run off the concurrency pool, which the other suites' servers need.
    @Test func citizenMatchListsAreTheEncodersJSON() async throws {
        let daemon = try await TestDaemon.make()
        defer { daemon.remove() }
        let store = try await daemon.openStore()
        let demo = try DataDirectory.demo(in: DataDirectory.locate())
        let policy = Visibility()
        let views = [CardView.full, .pseudonymous, .consented(["no-lifting"])]
        var listed = 0
        var awkwardListed = 0
        for (index, vacancy) in (demo.openings + demo.slots).enumerated() where index % 3 == 0 {
            let matches = store.index.read { $0.topCitizens(for: EntityID(vacancy.id), query: MatchQuery(limit: 20)) } ?? []
            let citizens = try await store.citizens(ids: matches.map(\.citizenId.uuid))
            let awkward = index % 2 == 0
            let ranked = matches.compactMap { match in
                citizens[match.citizenId.uuid].map {
                    RankedCitizen(
                        match: match,
                        card: CitizenCardContent(
                            awkward ? Self.awkward($0.value) : $0.value,
                            view: views[index % views.count], policy: policy))
                }
            }
            try await Self.offPool {
                try Self.sameJSON(
                    ranked, as: Schemas.CitizenMatchList(items: ranked.map(Schemas.CitizenMatch.init), nextCursor: Paging.noNextPage))
            }
            listed += ranked.count
            if awkward { awkwardListed += ranked.count }
        }
        #expect(listed > 1_000 && awkwardListed > 500)
        try Self.sameJSON([RankedCitizen](), as: Schemas.CitizenMatchList(items: [], nextCursor: Paging.noNextPage))
    }

    /// Every eighth demo citizen's best 20 openings and slots, written as the generated types say.
    @Test func vacancyMatchListsAreTheEncodersJSON() async throws {
        let daemon = try await TestDaemon.make()
        defer { daemon.remove() }
        let store = try await daemon.openStore()
        let demo = try DataDirectory.demo(in: DataDirectory.locate())
        var listed = 0
        var sources = Set<VacancySource>()
        for citizen in demo.citizens.enumerated().filter({ $0.offset % 8 == 0 }).map(\.element) {
            let matches = store.index.read { $0.topVacancies(for: EntityID(citizen.id), query: MatchQuery(limit: 20)) } ?? []
            let vacancies = try await store.vacancies(ids: matches.map(\.vacancyId.uuid))
            let ranked = matches.compactMap { match in
                vacancies[match.vacancyId.uuid].map { RankedVacancy(match: match, vacancy: $0.value, companyName: "Lager & Co \"A/S\"") }
            }
            try await Self.offPool {
                try Self.sameJSON(
                    ranked, as: Schemas.VacancyMatchList(items: ranked.map(Schemas.VacancyMatch.init), nextCursor: Paging.noNextPage))
            }
            listed += ranked.count
            sources.formUnion(ranked.map(\.vacancy.source))
        }
        #expect(listed > 500)
        #expect(sources == [.opening, .slot])
    }

    /// The demo's real answers, in every view, decode into the generated types.
    @Test func demoMatchAnswersDecodeIntoTheGeneratedTypes() async throws {
        let daemon = try await TestDaemon.make()
        defer { daemon.remove() }
        let demo = try DataDirectory.demo(in: DataDirectory.locate())
        let opening = try #require(demo.openings.first { $0.status == .open })
        let slot = try #require(demo.slots.first { $0.status == .open })
        let citizen = try #require(demo.citizens.first)
        let tokens = [try await daemon.token(.admin), try await daemon.token(.company, company: opening.companyId)]
        try await daemon.application().test(.router) { client in
            for token in tokens {
                for path in ["/v1/openings/\(opening.id.lowercasedText)/matches?limit=100", "/v1/slots/\(slot.id.lowercasedText)/matches"] {
                    let response = try await client.execute(uri: path, method: .get, headers: [.authorization: "Bearer \(token)"])
                    if response.status == .ok {
                        let list = try JSONDecoder().decode(Schemas.CitizenMatchList.self, from: Data(response.body.readableBytesView))
                        #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                        #expect(list.items.count <= 100)
                    } else {
                        #expect(response.status == .notFound)
                    }
                }
            }
            let response = try await client.execute(
                uri: "/v1/citizens/\(citizen.id.lowercasedText)/matches?source=slot&kind=workTrial",
                method: .get, headers: [.authorization: "Bearer \(tokens[0])"])
            let list = try JSONDecoder().decode(Schemas.VacancyMatchList.self, from: Data(response.body.readableBytesView))
            #expect(list.items.allSatisfy { $0.source == .slot && $0.vacancy.kind == .workTrial })
            let bad = try await client.execute(
                uri: "/v1/citizens/\(citizen.id.lowercasedText)/matches?source=job",
                method: .get, headers: [.authorization: "Bearer \(tokens[0])"])
            #expect(bad.status == .badRequest)
        }
    }
}

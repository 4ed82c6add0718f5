import Foundation
import HummingbirdTesting
@testable import MatchAPI
import Profiles
import Testing

/// The match lists written by `JSONWriter` say exactly what the generated server's
/// `JSONEncoder` would: the same JSON value, and the same generated value when decoded.
@Suite struct MatchListJSONTests {
    typealias Schemas = Components.Schemas

    static func written(_ value: some JSONWritable) -> Data {
        var json = JSONWriter(capacity: 64)
        value.write(to: &json)
        return Data(json.bytes)
    }

    /// The written value read back into the generated type (which reads a `null` of a
    /// `Nullable` property as absent, as it does the encoder's output).
    static func decoded<Value: JSONWritable & Decodable>(_ value: Value) throws -> Value {
        try JSONDecoder().decode(Value.self, from: written(value))
    }

    static func sameJSON(_ value: some JSONWritable & Encodable) throws {
        let fast = written(value)
        let reference = try JSONEncoder().encode(value)
        let fastObject = try JSONSerialization.jsonObject(with: fast) as? NSDictionary
        let referenceObject = try JSONSerialization.jsonObject(with: reference) as? NSDictionary
        #expect(fastObject != nil)
        #expect(fastObject == referenceObject, "\(String(decoding: fast, as: UTF8.self))")
    }

    static let card = Schemas.CitizenCard(
        citizenId: "b153b9d0-7c74-45cf-85ba-a950ba993133", alias: "Borger-B153B9", status: .flexJobApproved,
        hours: .init(current: 4, target: 12.5), competencies: [.init(code: "cleaning.window-cleaning", level: 2)],
        jobGoals: ["window-cleaner", "a/b"], needs: [.init(code: "no-lifting", required: true, shared: false)],
        municipalityCode: "615",
        contact: .init(name: "Åse \"Bo\" Ørn\\\n\t\u{1}/ 😀", email: nil, phone: "+4571208997"))

    static let components: [Schemas.MatchComponent] = [
        .init(name: .competencies, weight: 0.35, value: 0.8125, contribution: 28.44),
        .init(name: .distance, weight: 0.1, value: 1e-7, contribution: 0),
    ]

    @Test func citizenMatchListsAreTheEncodersJSON() throws {
        let full = Schemas.CitizenMatch(
            citizenId: Self.card.citizenId, score: 71.25, components: Self.components, passed: [.vacancyOpen, .hoursReachable],
            toConfirm: ["no-lifting"], gaps: .init(missingEssentialCompetencies: ["x"], competenciesBelowLevel: [], hoursShort: .init(6)),
            growInto: true, distanceKm: .init(12.34), citizen: Self.card)
        var pseudonymous = full
        pseudonymous.citizen.contact = nil
        pseudonymous.distanceKm = .init(nil)
        pseudonymous.gaps.hoursShort = .init(nil)
        for list in [Schemas.CitizenMatchList(items: [full, pseudonymous], nextCursor: Paging.noNextPage),
                     Schemas.CitizenMatchList(items: [], nextCursor: .init("next"))] {
            try Self.sameJSON(list)
            #expect(try Self.decoded(list) == JSONDecoder().decode(Schemas.CitizenMatchList.self, from: JSONEncoder().encode(list)))
        }
    }

    @Test func vacancyMatchListsAreTheEncodersJSON() throws {
        let summary = Schemas.VacancySummary(
            id: "3a259e0d-9e76-461e-93e6-91da9109454e", source: .slot, companyId: "00000000-0000-0000-0000-00000000000a",
            companyName: "Lager & Co \"A/S\"", title: "Pakker", occupationCode: .init(nil), kind: .workTrial,
            hours: .init(min: 8, max: 37), location: .init(lat: 55.8607, lon: 9.8503), remote: false,
            offers: ["quiet-room"], demands: [], capacity: .init(3), occupied: .init(0))
        var opening = summary
        opening.source = .opening
        opening.occupationCode = .init("warehouse-worker")
        opening.capacity = .init(nil)
        opening.occupied = nil
        let items = [summary, opening].map {
            Schemas.VacancyMatch(vacancyId: $0.id, source: $0.source, score: 55, components: Self.components, passed: [.vacancyOpen],
                                 toConfirm: [], gaps: .init(missingEssentialCompetencies: [], competenciesBelowLevel: ["y"], hoursShort: nil),
                                 growInto: false, distanceKm: nil, vacancy: $0)
        }
        let list = Schemas.VacancyMatchList(items: items, nextCursor: Paging.noNextPage)
        try Self.sameJSON(list)
        #expect(try Self.decoded(list) == JSONDecoder().decode(Schemas.VacancyMatchList.self, from: JSONEncoder().encode(list)))
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
                        try Self.sameJSON(list)
                    } else {
                        #expect(response.status == .notFound)
                    }
                }
            }
            let response = try await client.execute(uri: "/v1/citizens/\(citizen.id.lowercasedText)/matches?source=slot&kind=workTrial",
                                                    method: .get, headers: [.authorization: "Bearer \(tokens[0])"])
            let list = try JSONDecoder().decode(Schemas.VacancyMatchList.self, from: Data(response.body.readableBytesView))
            #expect(list.items.allSatisfy { $0.source == .slot && $0.vacancy.kind == .workTrial })
            let bad = try await client.execute(uri: "/v1/citizens/\(citizen.id.lowercasedText)/matches?source=job",
                                               method: .get, headers: [.authorization: "Bearer \(tokens[0])"])
            #expect(bad.status == .badRequest)
        }
    }
}

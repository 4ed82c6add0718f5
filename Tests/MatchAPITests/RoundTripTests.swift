import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import MatchAPI

/// A read-modify-write must round-trip: every resource with a `PUT`, read with `GET` and sent
/// back byte for byte, is unchanged but for `version` and `updatedAt` — read-only fields in the
/// body (`id`, `occupied`, `version` …) are ignored, never written.
@Suite struct RoundTripTests {
    /// The record's fields but those a write moves by itself.
    static func content(_ object: [String: Any]) -> NSDictionary {
        var fields = object
        fields["version"] = nil
        fields["updatedAt"] = nil
        return fields as NSDictionary
    }

    @Test func everyResourceReadAndWrittenBackUnchangedIsUnchanged() async throws {
        let daemon = try await TestDaemon.make(seedDemo: false)
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        let consultant = try await daemon.token(.consultant, municipality: "615")
        let start = Date()
        try await daemon.application().test(.router) { client in
            // A slot of 4 places: 1 taken outside matchd, 2 by active placements.
            let world = try await PlacementTests.world(client, admin: admin, slotCapacity: 4, citizens: [(10, 15), (10, 15)])
            let marked = try await client.send(
                .put, "/v1/slots/\(world.slot)", token: admin,
                json: Bodies.slot {
                    $0["capacity"] = 4
                    $0["occupiedOutside"] = 1
                })
            #expect(marked.status == .ok)
            var placements: [String] = []
            for citizen in world.citizens {
                placements.append(
                    try await client.create(
                        "/v1/placements", token: consultant,
                        json: PlacementTests.placement(
                            citizen: citizen, vacancy: world.slot, start: start, end: start.addingTimeInterval(30 * 86_400))))
            }

            for path in [
                "/v1/slots/\(world.slot)", "/v1/openings/\(world.opening)", "/v1/companies/\(world.company)",
                "/v1/citizens/\(world.citizens[0])", "/v1/placements/\(placements[0])",
            ] {
                let read = try await client.send(.get, path, token: admin)
                #expect(read.status == .ok, "\(path)")
                let etag = try #require(read.headers[.eTag], "\(path)")
                let written = try await client.send(
                    .put, path, token: admin, json: String(buffer: read.body),
                    headers: [.ifMatch: etag])
                #expect(written.status == .ok, "\(path): \(written.object)")
                let again = try await client.send(.get, path, token: admin)
                #expect(Self.content(again.object) == Self.content(read.object), "\(path)")
                #expect(again.object["version"] as? Int == (read.object["version"] as? Int).map { $0 + 1 }, "\(path)")
            }
            let slot = try await client.send(.get, "/v1/slots/\(world.slot)", token: admin).object
            #expect(slot["occupied"] as? Int == 3 && slot["occupiedOutside"] as? Int == 1)
        }
    }

    @Test func slotPlacesTakenOutsideCannotCrowdOutActivePlacements() async throws {
        let daemon = try await TestDaemon.make(seedDemo: false)
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        let consultant = try await daemon.token(.consultant, municipality: "615")
        try await daemon.application().test(.router) { client in
            let world = try await PlacementTests.world(client, admin: admin, slotCapacity: 3, citizens: [(10, 15), (10, 15)])
            for citizen in world.citizens {
                #expect(
                    try await client.send(
                        .post, "/v1/placements", token: consultant,
                        json: PlacementTests.placement(
                            citizen: citizen, vacancy: world.slot, start: Date(),
                            end: Date().addingTimeInterval(30 * 86_400))
                    )
                    .status == .created)
            }
            let before = try await client.send(.get, "/v1/slots/\(world.slot)", token: admin).object["version"] as? Int
            let tooMany = try await client.send(
                .put, "/v1/slots/\(world.slot)", token: admin,
                json: Bodies.slot {
                    $0["capacity"] = 3
                    $0["occupiedOutside"] = 2
                })
            #expect(tooMany.status == .unprocessableContent && tooMany.errorFields == ["occupiedOutside"])
            let shrunk = try await client.send(
                .put, "/v1/slots/\(world.slot)", token: admin,
                json: Bodies.slot {
                    $0["capacity"] = 1
                    $0["occupiedOutside"] = 0
                })
            #expect(shrunk.status == .unprocessableContent && shrunk.errorFields == ["capacity"])
            let fits = try await client.send(
                .put, "/v1/slots/\(world.slot)", token: admin,
                json: Bodies.slot {
                    $0["capacity"] = 3
                    $0["occupiedOutside"] = 1
                    $0["occupied"] = 0
                })
            #expect(
                fits.status == .ok && fits.object["occupied"] as? Int == 3 && fits.object["occupiedOutside"] as? Int == 1,
                "the read-only occupied is ignored on input")
            #expect(fits.object["version"] as? Int == before.map { $0 + 1 }, "the refused writes changed nothing")
        }
    }
}

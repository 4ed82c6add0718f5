import Foundation
import HummingbirdTesting
import MatchCore
import Testing

@testable import Profiles
@testable import SQLiteStorage

/// Every validation rule rejects with the field named, and a rejected request changes nothing.
@Suite struct ValidationTests {
    /// A change to a valid citizen and the field it must be rejected on.
    static let citizenCases: [(String, String, @Sendable (inout [String: Any]) -> Void)] = [
        ("hours above 48", "hours.current", { $0["hours"] = ["current": 49, "target": 49] }),
        ("current above target", "hours.current", { $0["hours"] = ["current": 20, "target": 10] }),
        ("negative hours", "hours.current", { $0["hours"] = ["current": -1, "target": 10] }),
        ("latitude outside Denmark", "location.lat", { $0["location"] = ["lat": 52.5, "lon": 9.85] }),
        ("longitude outside Denmark", "location.lon", { $0["location"] = ["lat": 55.86, "lon": 16.0] }),
        ("unknown municipality", "municipalityCode", { $0["municipalityCode"] = "999" }),
        ("empty name", "name", { $0["name"] = "   " }),
        ("long name", "name", { $0["name"] = String(repeating: "x", count: 201) }),
        ("bad email", "email", { $0["email"] = "not-an-email" }),
        ("bad phone", "phone", { $0["phone"] = "12" }),
        ("unknown competency", "competencies[0].code", { $0["competencies"] = [["code": "cleaning.nothing", "level": 1]] }),
        ("level 4", "competencies[0].level", { $0["competencies"] = [["code": "cleaning.daily-cleaning", "level": 4]] }),
        (
            "duplicate competency", "competencies[1].code",
            {
                $0["competencies"] = [["code": "cleaning.daily-cleaning", "level": 1], ["code": "cleaning.daily-cleaning", "level": 2]]
            }
        ),
        ("unknown job goal", "jobGoals[0]", { $0["jobGoals"] = ["astronaut"] }),
        ("too many job goals", "jobGoals", { $0["jobGoals"] = Array(repeating: "cleaner", count: 11) }),
        ("unknown need", "needs[0].code", { $0["needs"] = [["code": "zero-gravity", "required": true, "shared": true]] }),
        ("no accepted kinds", "acceptedKinds", { $0["acceptedKinds"] = [] }),
        ("commute over 200 km", "maxCommuteKm", { $0["maxCommuteKm"] = 250 }),
        (
            "too many competencies", "competencies",
            {
                $0["competencies"] = (0..<51).map { ["code": "cleaning.daily-cleaning", "level": 1 + $0 % 3] }
            }
        ),
    ]

    @Test(arguments: 0..<citizenCases.count)
    func citizenRuleRejectsNamingTheField(_ index: Int) async throws {
        let (name, field, change) = Self.citizenCases[index]
        let daemon = try await TestDaemon.make(seedDemo: false)
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        try await daemon.application().test(.router) { client in
            let response = try await client.send(.post, "/v1/citizens", token: admin, json: Bodies.citizen(change))
            #expect(response.status == .unprocessableContent, "\(name)")
            #expect(response.headers[.contentType] == "application/problem+json")
            #expect(response.errorFields.contains(field), "\(name): \(response.errorFields)")
            #expect(response.object["status"] as? Int == 422)
        }
        #expect(try await daemon.openStore().database.count(Citizen.self) == 0, "\(name) changed the database")
    }

    @Test func rejectedUpdateLeavesTheRecordAsItWas() async throws {
        let daemon = try await TestDaemon.make(seedDemo: false)
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        try await daemon.application().test(.router) { client in
            let id = try #require(
                try await client.send(.post, "/v1/citizens", token: admin, json: Bodies.citizen()).object["id"] as? String)
            let bad = try await client.send(
                .put, "/v1/citizens/\(id)", token: admin,
                json: Bodies.citizen {
                    $0["name"] = "Changed"
                    $0["maxCommuteKm"] = -3
                })
            #expect(bad.status == .unprocessableContent)
            let after = try await client.send(.get, "/v1/citizens/\(id)", token: admin)
            #expect(after.object["name"] as? String == "Test Borger")
            #expect(after.object["version"] as? Int == 1)
        }
    }

    @Test func companyOpeningAndSlotRules() async throws {
        let daemon = try await TestDaemon.make(seedDemo: false)
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        try await daemon.application().test(.router) { client in
            let badCVR = try await client.send(.post, "/v1/companies", token: admin, json: Bodies.company { $0["cvr"] = "12345678" })
            #expect(badCVR.status == .unprocessableContent)
            #expect(badCVR.errorFields == ["cvr"])
            let badIndustry = try await client.send(.post, "/v1/companies", token: admin, json: Bodies.company { $0["industry"] = "52" })
            #expect(badIndustry.status.code == 400 || badIndustry.errorFields == ["industry"])
            let companyId = try #require(
                try await client.send(.post, "/v1/companies", token: admin, json: Bodies.company()).object["id"] as? String)

            let openingCases: [(String, (inout [String: Any]) -> Void)] = [
                ("hours.min", { $0["hours"] = ["min": 20, "max": 10] }),
                ("occupationCode", { $0["occupationCode"] = "astronaut" }),
                ("offers[0]", { $0["offers"] = ["jacuzzi"] }),
                ("demands[0]", { $0["demands"] = ["flying"] }),
                ("title", { $0["title"] = "" }),
                ("competencies[0].level", { $0["competencies"] = [["code": "cleaning.daily-cleaning", "level": 0, "essential": true]] }),
            ]
            for (field, change) in openingCases {
                let response = try await client.send(
                    .post, "/v1/companies/\(companyId)/openings", token: admin, json: Bodies.opening(change))
                #expect(response.status == .unprocessableContent, "\(field)")
                #expect(response.errorFields.contains(field), "\(field): \(response.errorFields)")
            }
            let overfull = try await client.send(
                .post, "/v1/companies/\(companyId)/slots", token: admin,
                json: Bodies.slot { $0["occupiedOutside"] = 5 })
            #expect(overfull.errorFields == ["occupiedOutside"])
        }
        let database = try await daemon.openStore().database
        #expect(try await database.count(Company.self) == 1)
        #expect(try await database.count(Vacancy.self) == 0)
    }

    @Test func undecodableAndOversizedBodiesAreClientErrors() async throws {
        let daemon = try await TestDaemon.make(seedDemo: false)
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        try await daemon.application().test(.router) { client in
            let garbage = try await client.send(.post, "/v1/citizens", token: admin, json: "{not json")
            #expect(garbage.status == .badRequest)
            #expect(garbage.headers[.contentType] == "application/problem+json")
            let wrongType = try await client.send(.post, "/v1/citizens", token: admin, json: Bodies.citizen { $0["maxCommuteKm"] = "far" })
            #expect(wrongType.status == .badRequest)
            #expect(wrongType.errorFields == ["maxCommuteKm"])
            let missing = try await client.send(.post, "/v1/citizens", token: admin, json: "{}")
            #expect(missing.status == .badRequest)
            #expect(!missing.errorFields.isEmpty)
            let badEnum = try await client.send(.post, "/v1/citizens", token: admin, json: Bodies.citizen { $0["status"] = "retired" })
            #expect(badEnum.status == .badRequest)
            #expect(badEnum.errorFields == ["status"])
            let huge = try await client.send(
                .post, "/v1/citizens", token: admin,
                json: Bodies.citizen { $0["name"] = String(repeating: "x", count: 300_000) })
            #expect(huge.status == .contentTooLarge)
            let text = String(buffer: huge.body)
            #expect(!text.contains("Swift") && !text.contains("SQL"))
        }
        #expect(try await daemon.openStore().database.count(Citizen.self) == 0)
    }
}

import Foundation
import HummingbirdTesting
import MatchCore
import Profiles
import Testing
import Yams

/// Every webhook event type, raised by driving the workflows end to end, carries exactly the
/// payload its schema in the served spec (`WebhookEvent`, one schema per `type`) describes:
/// subscribers generate their types from it.
@Suite struct WebhookPayloadTests {
    @Test func everyEventTypesPayloadIsTheOneItsSchemaInTheSpecDescribes() async throws {
        let clock = TestClock()
        let daemon = try await TestDaemon.make(seedDemo: false, clock: clock.now)
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        let consultant = try await daemon.token(.consultant, municipality: "615")
        let store = try await daemon.openStore()
        try await daemon.application().test(.router) { client in
            let spec = try #require(
                try Yams.load(yaml: String(buffer: try await client.send(.get, "/openapi.yaml", token: nil).body))
                    as? [String: Any])
            let schemas = try #require((spec["components"] as? [String: Any])?["schemas"] as? [String: Any])
            let hook = try await client.subscribe(
                token: admin, url: "http://127.0.0.1:9/all",
                events: WebhookEventType.allCases.map(\.rawValue), minScore: 0)

            // Opening 8–15 h, a slot of 3 places (2–15 h); citizen 0 grows into the opening, citizen 1 fits both.
            let world = try await PlacementTests.world(client, admin: admin, citizens: [(4, 20), (10, 15)])
            let company = try await daemon.token(.company, company: try #require(UUID(uuidString: world.company)))
            let citizens = try world.citizens.map { try #require(UUID(uuidString: $0)) }
            let citizen0 = try await daemon.token(.citizen, citizen: citizens[0])
            let citizen1 = try await daemon.token(.citizen, citizen: citizens[1])
            #expect(
                try await client.send(
                    .put, "/v1/openings/\(world.opening)", token: admin,
                    json: Bodies.opening { $0["title"] = "Rengøring, 12 timer" }
                ).status == .ok)
            #expect(try await client.send(.put, "/v1/slots/\(world.slot)", token: admin, json: Bodies.slot()).status == .ok)
            #expect(
                try await client.send(
                    .put, "/v1/citizens/\(world.citizens[1])", token: admin,
                    json: Bodies.citizen { $0["hours"] = ["current": 10, "target": 15] }
                ).status == .ok)

            func interest(_ token: String, _ citizen: String, _ vacancy: String) async throws -> String {
                try await client.create(
                    "/v1/interests", token: token,
                    json: Bodies.json(["citizenId": citizen, "vacancyId": vacancy, "message": "Hej"]))
            }
            // Accepted, then its consent revoked.
            let accepted = try await interest(citizen1, world.citizens[1], world.opening)
            #expect(try await client.send(.post, "/v1/interests/\(accepted)/accept", token: company).status == .ok)
            let consent = try #require(
                try await client.send(.get, "/v1/citizens/\(world.citizens[1])/consents", token: citizen1)
                    .items.first?["id"] as? String)
            #expect(
                try await client.send(.post, "/v1/citizens/\(world.citizens[1])/consents/\(consent)/revoke", token: citizen1)
                    .status == .ok)
            // Declined; withdrawn; then reminded and expired.
            let declined = try await interest(citizen1, world.citizens[1], world.slot)
            #expect(
                try await client.send(
                    .post, "/v1/interests/\(declined)/decline", token: company,
                    json: #"{"reason": "notNow"}"#
                ).status == .ok)
            let withdrawn = try await interest(citizen0, world.citizens[0], world.slot)
            #expect(try await client.send(.post, "/v1/interests/\(withdrawn)/withdraw", token: citizen0).status == .ok)
            _ = try await interest(citizen0, world.citizens[0], world.slot)
            clock.advance(days: 6)
            #expect(try await store.emitDueEvents(now: clock.now()) == 1)
            clock.advance(days: 9)
            #expect(try await store.emitDueEvents(now: clock.now()) == 1)

            // A placement: started, progressed (the hours grow into the opening: match.upgraded),
            // its follow-up due, ended with a hire that closes the opening.
            let start = clock.now()
            let placement = try await client.create(
                "/v1/placements", token: consultant,
                json: PlacementTests.placement(
                    citizen: world.citizens[0], vacancy: world.opening, kind: "flexJob", start: start, hours: 4))
            #expect(
                try await client.send(
                    .post, "/v1/placements/\(placement)/progress", token: consultant,
                    json: Bodies.json([
                        "date": PlacementTests.iso(start.addingTimeInterval(86_400)), "weeklyHours": 10, "paidHours": 10, "note": "",
                    ])
                ).status == .ok)
            clock.advance(days: 15)
            #expect(try await store.emitDueEvents(now: clock.now()) == 1)
            #expect(
                try await client.send(
                    .post, "/v1/placements/\(placement)/end", token: consultant,
                    json: Bodies.json([
                        "endDate": PlacementTests.iso(clock.now()), "outcome": "hiredFlexJob", "closeOpening": true,
                    ])
                ).status == .ok)

            let log = try await store.deliveries(
                webhookId: try #require(UUID(uuidString: hook.id)), status: nil,
                page: PageRequest(limit: 100)
            ).items
            var seen = Set<String>()
            for delivery in log {
                let payload = try #require(try JSONSerialization.jsonObject(with: Data(delivery.payload.utf8)) as? [String: Any])
                let type = try #require(payload["type"] as? String)
                seen.insert(type)
                for problem in SchemaCheck(schemas: schemas).problems(payload, against: Self.schema(for: type, in: schemas)) {
                    Issue.record("\(type): \(problem)")
                }
            }
            #expect(
                seen == Set(WebhookEventType.allCases.map(\.rawValue)),
                "not raised: \(Set(WebhookEventType.allCases.map(\.rawValue)).subtracting(seen).sorted())")
        }
    }

    /// The schema `WebhookEvent`'s discriminator names for `type`.
    static func schema(for type: String, in schemas: [String: Any]) -> [String: Any] {
        let event = schemas["WebhookEvent"] as? [String: Any]
        let mapping = (event?["discriminator"] as? [String: Any])?["mapping"] as? [String: String]
        guard let reference = mapping?[type], let name = reference.split(separator: "/").last else { return [:] }
        return schemas[String(name)] as? [String: Any] ?? [:]
    }
}

/// The part of JSON Schema the event schemas use: objects with `required`, `properties` and
/// `additionalProperties: false`, strings with `enum` or `format: uuid`/`date-time`, numbers
/// with bounds, and `$ref`.
struct SchemaCheck {
    let schemas: [String: Any]

    func problems(_ value: Any, against schema: [String: Any], at path: String = "") -> [String] {
        if let reference = schema["$ref"] as? String, let name = reference.split(separator: "/").last {
            return problems(value, against: schemas[String(name)] as? [String: Any] ?? [:], at: path)
        }
        if schema.isEmpty { return ["\(path): no schema"] }
        switch schema["type"] as? String {
        case "object":
            guard let object = value as? [String: Any] else { return ["\(path): not an object"] }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            var found = ((schema["required"] as? [String]) ?? []).filter { object[$0] == nil }.map { "\(path).\($0): missing" }
            if schema["additionalProperties"] as? Bool == false {
                found += object.keys.filter { properties[$0] == nil }.map { "\(path).\($0): not in the schema" }
            }
            for (key, item) in object {
                if let property = properties[key] as? [String: Any] { found += problems(item, against: property, at: "\(path).\(key)") }
            }
            return found
        case "string":
            guard let text = value as? String else { return ["\(path): not a string"] }
            if let allowed = schema["enum"] as? [String], !allowed.contains(text) { return ["\(path): \(text) not in \(allowed)"] }
            if schema["format"] as? String == "uuid", UUID(uuidString: text) == nil || text != text.lowercased() {
                return ["\(path): \(text) is not a lower-case UUID"]
            }
            if schema["format"] as? String == "date-time", ISO8601DateFormatter().date(from: text) == nil {
                return ["\(path): \(text) is not RFC 3339"]
            }
            return []
        case "number":
            guard let number = value as? Double else { return ["\(path): not a number"] }
            if let minimum = schema["minimum"] as? Double ?? (schema["minimum"] as? Int).map(Double.init), number < minimum {
                return ["\(path): below \(minimum)"]
            }
            if let maximum = schema["maximum"] as? Double ?? (schema["maximum"] as? Int).map(Double.init), number > maximum {
                return ["\(path): above \(maximum)"]
            }
            return []
        case let other:
            return ["\(path): schema type \(other ?? "none") is not checked here"]
        }
    }
}

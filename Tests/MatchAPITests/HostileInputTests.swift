import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import MatchAPI

/// Input an attacker or a careless client sends: every case is a problem+json 4xx that names the
/// field or parameter at fault, and nothing is written.
@Suite("Hostile input")
struct HostileInputTests {
    /// One hostile request: what is sent, and the field or parameter the answer must name
    /// (nil where there is no single field, as for an oversized body).
    struct Case: CustomTestStringConvertible, Sendable {
        let label: String
        let method: HTTPRequest.Method
        let path: String
        let body: String?
        let field: String?
        var headers: HTTPFields = [:]
        var testDescription: String { label }
    }

    /// Stands in a path for the id of the citizen each test creates first.
    static let citizenId = "CITIZEN"

    /// A valid citizen body with one top-level value replaced by raw JSON text.
    static func citizen(_ key: String, raw: String) -> String {
        let valid = Bodies.citizen { $0[key] = "__RAW__" }
        return valid.replacingOccurrences(of: "\"__RAW__\"", with: raw)
    }

    static let cases: [Case] = [
        // Oversized and deeply nested.
        Case(
            label: "a 300 KiB body", method: .post, path: "/v1/citizens",
            body: citizen("name", raw: "\"" + String(repeating: "a", count: 300 * 1024) + "\""), field: nil),
        Case(
            label: "10,000 levels of nesting", method: .post, path: "/v1/citizens",
            body: citizen("name", raw: String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)), field: "body"),
        // Wrong types.
        Case(label: "name as a number", method: .post, path: "/v1/citizens", body: citizen("name", raw: "5"), field: "name"),
        Case(label: "hours as a string", method: .post, path: "/v1/citizens", body: citizen("hours", raw: "\"ten\""), field: "hours"),
        Case(
            label: "competencies as an object", method: .post, path: "/v1/citizens", body: citizen("competencies", raw: "{}"),
            field: "competencies"),
        Case(label: "a JSON array instead of an object", method: .post, path: "/v1/citizens", body: "[1, 2]", field: "body"),
        Case(
            label: "level 1.5", method: .post, path: "/v1/citizens",
            body: citizen("competencies", raw: #"[{"code": "cleaning.daily-cleaning", "level": 1.5}]"#), field: "competencies[0].level"),
        Case(
            label: "level 1e309", method: .post, path: "/v1/citizens",
            body: citizen("competencies", raw: #"[{"code": "cleaning.daily-cleaning", "level": 1e309}]"#), field: "competencies[0].level"),
        Case(
            label: "level 2^64", method: .post, path: "/v1/citizens",
            body: citizen("competencies", raw: #"[{"code": "cleaning.daily-cleaning", "level": 18446744073709551616}]"#),
            field: "competencies[0].level"),
        Case(
            label: "an unknown enum value", method: .post, path: "/v1/citizens", body: citizen("status", raw: "\"retired\""),
            field: "status"),
        // NaN, Infinity, duplicate keys.
        Case(label: "NaN", method: .post, path: "/v1/citizens", body: citizen("maxCommuteKm", raw: "NaN"), field: "maxCommuteKm"),
        Case(label: "Infinity", method: .post, path: "/v1/citizens", body: citizen("maxCommuteKm", raw: "Infinity"), field: "maxCommuteKm"),
        Case(label: "null for a required field", method: .post, path: "/v1/citizens", body: citizen("name", raw: "null"), field: "name"),
        Case(
            label: "null for an optional, non-nullable field", method: .post, path: "/v1/webhooks",
            body: #"{"url": "https://example.com/hook", "events": ["citizen.updated"], "description": null}"#, field: "description"),
        Case(
            label: "a key given twice", method: .post, path: "/v1/citizens",
            body: citizen("name", raw: #""Anna", "name": "Bent""#), field: "name"),
        // NUL, bidi overrides, long strings.
        Case(
            label: "NUL in a name", method: .post, path: "/v1/citizens", body: citizen("name", raw: #""Anna\u0000Hansen""#), field: "name"),
        Case(
            label: "a bidi override in a name", method: .post, path: "/v1/citizens", body: citizen("name", raw: #""Anna\u202Enesnah""#),
            field: "name"),
        Case(
            label: "a 10,000-character name", method: .post, path: "/v1/citizens",
            body: citizen("name", raw: "\"" + String(repeating: "x", count: 10_000) + "\""), field: "name"),
        Case(
            label: "150 × e + combining accent (300 code points)", method: .post, path: "/v1/citizens",
            body: citizen("name", raw: "\"" + String(repeating: "e\u{301}", count: 150) + "\""), field: "name"),
        Case(
            label: "a 10,000-character webhook description", method: .post, path: "/v1/webhooks",
            body: Bodies.json([
                "url": "https://example.com/hook", "events": ["citizen.updated"],
                "description": String(repeating: "x", count: 10_000),
            ]), field: "description"),
        Case(
            label: "a NUL in a webhook URL", method: .post, path: "/v1/webhooks",
            body: Bodies.json(["url": "https://example.com\u{0}.evil/", "events": ["citizen.updated"]]), field: "url"),
        // Bounds ± 1 (the inside values are accepted by `boundsInsideAreAccepted`).
        Case(
            label: "name of 201 characters", method: .post, path: "/v1/citizens",
            body: citizen("name", raw: "\"" + String(repeating: "n", count: 201) + "\""), field: "name"),
        Case(label: "empty name", method: .post, path: "/v1/citizens", body: citizen("name", raw: "\"\""), field: "name"),
        Case(
            label: "current hours above 48", method: .post, path: "/v1/citizens",
            body: citizen("hours", raw: #"{"current": 48.5, "target": 48.5}"#), field: "hours.current"),
        Case(
            label: "negative current hours", method: .post, path: "/v1/citizens",
            body: citizen("hours", raw: #"{"current": -1, "target": 10}"#), field: "hours.current"),
        Case(
            label: "level 0", method: .post, path: "/v1/citizens",
            body: citizen("competencies", raw: #"[{"code": "cleaning.daily-cleaning", "level": 0}]"#), field: "competencies[0].level"),
        Case(
            label: "level 4", method: .post, path: "/v1/citizens",
            body: citizen("competencies", raw: #"[{"code": "cleaning.daily-cleaning", "level": 4}]"#), field: "competencies[0].level"),
        Case(
            label: "commute 201 km", method: .post, path: "/v1/citizens", body: citizen("maxCommuteKm", raw: "201"), field: "maxCommuteKm"),
        Case(label: "limit 0", method: .get, path: "/v1/citizens?limit=0", body: nil, field: "limit"),
        Case(label: "limit 101", method: .get, path: "/v1/citizens?limit=101", body: nil, field: "limit"),
        Case(label: "limit 1.5", method: .get, path: "/v1/citizens?limit=1.5", body: nil, field: "limit"),
        Case(label: "minScore 100.5", method: .get, path: "/v1/citizens/\(citizenId)/matches?minScore=100.5", body: nil, field: "minScore"),
        Case(label: "maxKm -1", method: .get, path: "/v1/citizens/\(citizenId)/matches?maxKm=-1", body: nil, field: "maxKm"),
        Case(label: "an unknown status", method: .get, path: "/v1/openings?status=archived", body: nil, field: "status"),
        Case(
            label: "a two-digit municipality", method: .get, path: "/v1/citizens?municipalityCode=61", body: nil,
            field: "municipalityCode"),
        Case(
            label: "a 101-character q", method: .get, path: "/v1/taxonomy/competencies?q=" + String(repeating: "q", count: 101),
            body: nil, field: "q"),
        // SQL-ish and path-traversal ids.
        Case(label: "an SQL-ish id", method: .get, path: "/v1/citizens/1'%20OR%20'1'='1", body: nil, field: "id"),
        Case(label: "a path-traversal id", method: .get, path: "/v1/citizens/..%2F..%2Fetc%2Fpasswd", body: nil, field: "id"),
        Case(
            label: "an SQL-ish companyId", method: .get, path: "/v1/openings?companyId=x'%3B%20DROP%20TABLE%20citizen%3B--", body: nil,
            field: "companyId"),
        Case(label: "an SQL-ish PUT id", method: .put, path: "/v1/citizens/1%3BDELETE", body: Bodies.citizen(), field: "id"),
        Case(
            label: "a stale If-Match", method: .put, path: "/v1/citizens/\(citizenId)", body: Bodies.citizen(), field: "If-Match",
            headers: [.ifMatch: "\"7\""]),
        Case(
            label: "a malformed If-Match", method: .put, path: "/v1/citizens/\(citizenId)", body: Bodies.citizen(), field: "If-Match",
            headers: [.ifMatch: "yesterday"]),
    ]

    @Test("each hostile request gets a problem+json 4xx naming the field, and changes nothing", arguments: cases)
    func refused(_ hostile: Case) async throws {
        let daemon = try await TestDaemon.make(seedDemo: false)
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        try await daemon.application().test(.router) { client in
            let created = try await client.send(.post, "/v1/citizens", token: admin, json: Bodies.citizen())
            let id = try #require(created.object["id"] as? String)
            let before = try await snapshot(client, admin)

            let path = hostile.path.replacingOccurrences(of: Self.citizenId, with: id)
            let response = try await client.send(hostile.method, path, token: admin, json: hostile.body, headers: hostile.headers)
            #expect(
                (400..<500).contains(Int(response.status.code)) && response.status != .unauthorized && response.status != .forbidden,
                "\(response.status): \(String(buffer: response.body).prefix(300))")
            #expect(response.headers[.contentType] == "application/problem+json")
            if let field = hostile.field {
                let named = (response.object["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
                #expect(named.contains(field), "expected \(field) in \(named): \(String(buffer: response.body).prefix(300))")
            }
            #expect(try await snapshot(client, admin) == before, "the request changed stored data")
        }
    }

    @Test("values just inside every bound are accepted")
    func boundsInsideAreAccepted() async throws {
        let daemon = try await TestDaemon.make(seedDemo: false)
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        let bodies = [
            Self.citizen("name", raw: "\"" + String(repeating: "n", count: 200) + "\""),
            Self.citizen("name", raw: "\"" + String(repeating: "e\u{301}", count: 100) + "\""),
            Self.citizen("hours", raw: #"{"current": 48, "target": 48}"#),
            Self.citizen("hours", raw: #"{"current": 0, "target": 0}"#),
            Self.citizen("competencies", raw: #"[{"code": "cleaning.daily-cleaning", "level": 1}]"#),
            Self.citizen("competencies", raw: #"[{"code": "cleaning.daily-cleaning", "level": 3}]"#),
            Self.citizen("maxCommuteKm", raw: "200"),
        ]
        try await daemon.application().test(.router) { client in
            for body in bodies {
                let response = try await client.send(.post, "/v1/citizens", token: admin, json: body)
                #expect(response.status == .created, "\(String(buffer: response.body).prefix(300))")
            }
            #expect(try await client.send(.get, "/v1/citizens?limit=1", token: admin).status == .ok)
            #expect(try await client.send(.get, "/v1/citizens?limit=100", token: admin).status == .ok)
        }
    }

    @Test("concurrent writers with the same If-Match: exactly one wins, the others get 412")
    func concurrentIfMatchWriters() async throws {
        let daemon = try await TestDaemon.make(seedDemo: false, durable: true)
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        try await daemon.application().test(.live) { client in
            let created = try await client.send(.post, "/v1/citizens", token: admin, json: Bodies.citizen())
            let id = try #require(created.object["id"] as? String)
            let etag = try #require(created.headers[.eTag])
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for writer in 0..<10 {
                    group.addTask {
                        try await client.send(
                            .put, "/v1/citizens/\(id)", token: admin,
                            json: Bodies.citizen { $0["name"] = "Writer \(writer)" },
                            headers: [.ifMatch: etag]
                        ).status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == .ok }.count == 1, "\(statuses)")
            #expect(statuses.filter { $0 == .preconditionFailed }.count == 9, "\(statuses)")
            let final = try await client.send(.get, "/v1/citizens/\(id)", token: admin)
            #expect(final.headers[.eTag] == "\"2\"")
        }
    }

    @Test("a chunked body over the limit is 413, not 500")
    func chunkedOversizedBody() async throws {
        let daemon = try await TestDaemon.make(seedDemo: false)
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        try await daemon.application().test(.live) { client in
            // The live client streams a body given as an async sequence without a length: chunked.
            let chunk = ByteBuffer(repeating: UInt8(ascii: " "), count: 64 * 1024)
            let response = try await client.execute(
                uri: "/v1/citizens", method: .post,
                headers: [.authorization: "Bearer \(admin)", .contentType: "application/json", .transferEncoding: "chunked"],
                body: ByteBuffer(string: "{\"name\": \"") + Array(repeating: chunk, count: 5).reduce(ByteBuffer(), +))
            #expect(response.status == .contentTooLarge)
            #expect(response.headers[.contentType] == "application/problem+json")
        }
    }

    /// What the stored data looks like through the API: every citizen, with its version.
    private func snapshot(_ client: some TestClientProtocol, _ admin: String) async throws -> [String] {
        let citizens = try await client.send(.get, "/v1/citizens?limit=100", token: admin).items
        let webhooks = try await client.send(.get, "/v1/webhooks?limit=100", token: admin).items
        return citizens.map { "\($0["id"] ?? "") \($0["version"] ?? "") \($0["name"] ?? "")" }.sorted()
            + webhooks.map { "\($0["id"] ?? "")" }.sorted()
    }
}

private func + (lhs: ByteBuffer, rhs: ByteBuffer) -> ByteBuffer {
    var result = lhs
    var rhs = rhs
    result.writeBuffer(&rhs)
    return result
}

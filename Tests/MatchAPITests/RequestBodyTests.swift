import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import MatchAPI

/// How a request body is read, the same on every route: an empty `POST` body is no body
/// whatever its `Content-Type` (what `curl -d ''` and many HTTP libraries send), and a body
/// that is not declared `application/json` is refused with 415 before anything changes.
@Suite struct RequestBodyTests {
    /// Every action whose body is optional or absent (`openapi.yaml`: no `requestBody`, or one
    /// with `required: false`), as a path whose `{…}` are filled with unknown ids.
    static let actions = [
        "/v1/openings/{id}/close", "/v1/webhooks/{id}/rotate-secret", "/v1/webhooks/{id}/enable",
        "/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver", "/v1/interests/{id}/accept", "/v1/interests/{id}/withdraw",
        "/v1/citizens/{id}/consents/{consentId}/revoke",
    ]

    static let emptyBodyTypes: [String?] = [
        nil, "application/x-www-form-urlencoded", "text/plain", "application/json",
        "multipart/form-data; boundary=x",
    ]

    @Test func everyActionWithAnOptionalBodyReadsAnEmptyBodyAsNoneWhateverItsType() async throws {
        let daemon = try await TestDaemon.make(seedDemo: false)
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        try await daemon.application().test(.router) { client in
            for template in Self.actions {
                let path = template.replacingOccurrences(of: "{id}", with: UUID().uuidString.lowercased())
                    .replacingOccurrences(of: "{deliveryId}", with: UUID().uuidString.lowercased())
                    .replacingOccurrences(of: "{consentId}", with: UUID().uuidString.lowercased())
                for type in Self.emptyBodyTypes {
                    var headers: HTTPFields = [.authorization: "Bearer \(admin)"]
                    if let type { headers[.contentType] = type }
                    let response = try await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer())
                    // Read as no body, the request reaches the handler, which finds no such record.
                    #expect(response.status == .notFound, "\(template) with \(type ?? "no type"): \(response.status)")
                }
            }
        }
    }

    @Test func anEmptyFormBodyAcceptsAnInterestAsCurlSendsIt() async throws {
        let daemon = try await TestDaemon.make()
        defer { daemon.remove() }
        let pair = try #require(try await InterestTests.pairs(daemon).first)
        let company = try await daemon.token(.company, company: pair.company)
        let citizen = try await daemon.token(.citizen, citizen: pair.citizen.id)
        try await daemon.application().test(.router) { client in
            let started = try await InterestTests.start(client, pair, token: company)
            let id = try #require(started.object["id"] as? String)
            let accepted = try await client.execute(
                uri: "/v1/interests/\(id)/accept", method: .post,
                headers: [.authorization: "Bearer \(citizen)", .contentType: "application/x-www-form-urlencoded"], body: ByteBuffer())
            #expect(accepted.status == .ok && accepted.object["state"] as? String == "accepted")
        }
    }

    @Test func aBodyNotDeclaredJSONIsRefusedWith415AndChangesNothing() async throws {
        let daemon = try await TestDaemon.make(seedDemo: false)
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        try await daemon.application().test(.router) { client in
            for type in [nil, "text/plain", "application/x-www-form-urlencoded", "application/jsonx", "application/xml"] as [String?] {
                var headers: HTTPFields = [.authorization: "Bearer \(admin)"]
                if let type { headers[.contentType] = type }
                let response = try await client.execute(
                    uri: "/v1/companies", method: .post, headers: headers,
                    body: ByteBuffer(string: Bodies.company()))
                #expect(response.status == .unsupportedMediaType, "\(type ?? "no type")")
                #expect(response.headers[.contentType] == "application/problem+json")
                #expect(response.errorFields == ["Content-Type"])
            }
            #expect(try await client.send(.get, "/v1/companies", token: admin).items.isEmpty)
            for (type, cvr) in [
                ("application/json", "23456788"), ("application/json; charset=utf-8", "34567891"),
                ("Application/JSON", "45678911"),
            ] {
                let response = try await client.execute(
                    uri: "/v1/companies", method: .post,
                    headers: [.authorization: "Bearer \(admin)", .contentType: type],
                    body: ByteBuffer(string: Bodies.company { $0["cvr"] = cvr }))
                #expect(response.status == .created, "\(type): \(response.status)")
            }
        }
    }
}

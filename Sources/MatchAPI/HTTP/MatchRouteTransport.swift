import HTTPTypes
import Hummingbird
import MatchCore
import OpenAPIHummingbird
import OpenAPIRuntime
import PlainJSON
import Profiles

/// Registers the generated operations on the router, except the three match routes, which it
/// answers itself with the same handler code and `MatchListJSON` for the body.
///
/// The match routes are the daemon's hot path and send up to 100 explained matches with
/// cards; Foundation's `JSONEncoder`, which the generated server uses, spent most of such a
/// request, and building the generated values first about a sixth of what was left. Everything before the body is unchanged: the router's middlewares (authentication,
/// the spec's parameter checks, problem+json errors) run first, and the handler asks the
/// policy and the index exactly as the generated path would.
struct MatchRouteTransport<Store: MatchStore>: ServerTransport {
    /// The router the operations are registered on.
    let router: Router<MatchRequestContext>
    /// The handler the match routes call.
    let handler: APIHandler<Store>

    func register(
        _ generated: @escaping @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?),
        method: HTTPRequest.Method, path: String
    ) throws {
        let handler = handler
        switch (method, path) {
        case (.get, "/v1/openings/{id}/matches"), (.get, "/v1/slots/{id}/matches"):
            let source: VacancySource = path.hasPrefix("/v1/openings") ? .opening : .slot
            router.get(RouterPath(path)) { request, context in
                let query = request.uri.queryParameters
                let ranked = try await handler.rankedCitizens(
                    context.parameters.require("id"), source, minScore: try Self.value("minScore", query),
                    maxKm: try Self.value("maxKm", query), limit: try Self.value("limit", query))
                return Self.response(MatchListJSON(items: ranked))
            }
        case (.get, "/v1/citizens/{id}/matches"):
            router.get(RouterPath(path)) { request, context in
                let query = request.uri.queryParameters
                let kind: Schemas.EmploymentKind? = try Self.value("kind", query)
                let source: Schemas.VacancySource? = try Self.value("source", query)
                let ranked = try await handler.rankedVacancies(
                    context.parameters.require("id"), minScore: try Self.value("minScore", query),
                    maxKm: try Self.value("maxKm", query), limit: try Self.value("limit", query), kind: kind?.domain,
                    source: source?.domain)
                return Self.response(MatchListJSON(items: ranked))
            }
        default:
            router.register(generated, method: method, path: path)
        }
    }

    /// A query parameter as `Value`, nil when absent; `ParameterMiddleware` has checked it
    /// against the spec, so a value that does not parse is only a 400 for safety.
    private static func value<Value: LosslessStringConvertible>(_ name: String, _ query: Hummingbird.Parameters) throws -> Value? {
        guard let text = query[name[...]] else { return nil }
        guard let value = Value(String(text)) else {
            throw APIProblem.badRequest("\(name) is not a valid value.", field: name)
        }
        return value
    }

    private static func value<Value: RawRepresentable>(_ name: String, _ query: Hummingbird.Parameters) throws -> Value?
    where Value.RawValue == String {
        guard let text = query[name[...]] else { return nil }
        guard let value = Value(rawValue: String(text)) else {
            throw APIProblem.badRequest("\(name) is not one of the allowed values.", field: name)
        }
        return value
    }

    private static func response(_ body: some JSONWritable) -> Response {
        var json = JSONWriter(capacity: 32 * 1024)
        body.write(to: &json)
        return Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: json.withUnsafeBytes { ByteBuffer(bytes: $0) }))
    }
}

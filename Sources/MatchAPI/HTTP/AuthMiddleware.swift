import Foundation
import Hummingbird
import Profiles

/// Resolves the bearer token to a `Principal` for the request's task, or answers 401. The
/// operational routes (`/health`, `/ready`, `/metrics`, `/openapi.yaml`) are public.
struct AuthMiddleware<Context: RequestContext>: RouterMiddleware {
    let tokens: any TokenStore

    static func isPublic(_ path: String) -> Bool {
        ["/health", "/ready", "/metrics", "/openapi.yaml"].contains(path)
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if Self.isPublic(request.uri.path) { return try await next(request, context) }
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") else {
            throw APIProblem.unauthorized
        }
        let token = String(header.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces)
        guard let bearer = try await tokens.bearer(token: token) else { throw APIProblem.unauthorized }
        var context = context
        context.logger[metadataKey: "role"] = .string(bearer.principal.role.rawValue)
        return try await RequestValues.$bearer.withValue(bearer) { try await next(request, context) }
    }
}

import Foundation
import Hummingbird
import Profiles

/// Resolves who is calling — a bearer token (`Authorization: Bearer …`) or a signed-in
/// browser's session cookie — to a `Bearer` for the request's task, or answers 401. A request
/// that changes anything with the session cookie must carry the session's CSRF token
/// (`X-CSRF-Token`), else 403. The operational routes (`/health`, `/ready`, `/metrics`,
/// `/openapi.yaml`), the start page, the stylesheet and the sign-in routes under `/auth/` are
/// public (the sign-in routes read the session themselves).
struct AuthMiddleware<Context: RequestContext>: RouterMiddleware {
    let tokens: any TokenStore
    let sessions: SessionIssuer

    static func isPublic(_ path: String) -> Bool {
        ["/health", "/ready", "/metrics", "/openapi.yaml", "/"].contains(path) || path.hasPrefix("/auth/") || path.hasPrefix("/assets/")
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if Self.isPublic(request.uri.path) { return try await next(request, context) }
        let bearer: Bearer
        if let header = request.headers[.authorization] {
            guard header.lowercased().hasPrefix("bearer ") else { throw APIProblem.unauthorized }
            let token = String(header.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces)
            guard let found = try await tokens.bearer(token: token) else { throw APIProblem.unauthorized }
            bearer = found
        } else if let (found, secret) = try await sessions.current(request) {
            if ![.get, .head, .options].contains(request.method),
                !SessionCookies.isValid(csrf: request.headers[.csrfToken], forSession: secret)
            {
                throw APIProblem.forbidden(
                    "A change made with a session needs its CSRF token in X-CSRF-Token (GET /auth/session tells it).")
            }
            bearer = found
        } else {
            throw APIProblem.unauthorized
        }
        var context = context
        context.logger[metadataKey: "role"] = .string(bearer.principal.role.rawValue)
        return try await RequestValues.$bearer.withValue(bearer) { try await next(request, context) }
    }
}

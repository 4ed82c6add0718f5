import HTTPTypes
import Hummingbird
import Profiles

/// Checks every request's parameters against the spec before any handler runs (see
/// `SpecRules`): a value that breaks its schema is a `400` naming the parameter, a method
/// the path does not offer is a `405` with `Allow`. Paths the spec does not know pass through
/// to the router's `404`. The sign-in routes under `/auth/` check their own parameters (their
/// methods are checked here), so a person following a mangled link gets a page that says so,
/// not JSON.
struct ParameterMiddleware<Context: RequestContext>: RouterMiddleware {
    let rules: SpecRules

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        switch rules.match(method: request.method, path: request.uri.path) {
        case .unknownPath:
            return try await next(request, context)
        case .methodNotAllowed(let allowed):
            throw APIProblem(
                .methodNotAllowed, "Method not allowed",
                detail: "The route does not accept \(request.method.rawValue).", allow: allowed.map(\.rawValue))
        case .operation where request.uri.path.hasPrefix("/auth/"):
            return try await next(request, context)
        case .operation(let route, let pathValues):
            let query = request.uri.queryParameters.map { (String($0.key), String($0.value)) }
            let errors = rules.violations(of: route, pathValues: pathValues, query: query, headers: request.headers)
            if !errors.isEmpty {
                let names = errors.map(\.field).joined(separator: ", ")
                throw APIProblem(.badRequest, "Malformed request", detail: "Invalid parameter(s): \(names).", errors: errors)
            }
            return try await next(request, context)
        }
    }
}

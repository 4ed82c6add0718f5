import Profiles

/// Values of the request being served, for code the OpenAPI handlers call: who is calling and
/// the request id. Set by the middlewares for the request's task.
public enum RequestValues {
    /// The authenticated caller; nil on public routes.
    @TaskLocal public static var principal: Principal?
    /// The request id (`X-Request-Id`).
    @TaskLocal public static var requestId: String = ""

    /// The authenticated caller, or 401.
    static func caller() throws -> Principal {
        guard let principal else { throw APIProblem.unauthorized }
        return principal
    }
}

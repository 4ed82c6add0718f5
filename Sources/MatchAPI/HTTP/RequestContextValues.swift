import Profiles

/// Values of the request being served, for code the OpenAPI handlers call: who is calling and
/// the request id. Set by the middlewares for the request's task.
public enum RequestValues {
    /// The authenticated caller and their token's id; nil on public routes.
    @TaskLocal public static var bearer: Bearer?
    /// The request id (`X-Request-Id`).
    @TaskLocal public static var requestId: String = ""

    /// The authenticated caller, or 401.
    static func caller() throws -> Principal {
        guard let bearer else { throw APIProblem.unauthorized }
        return bearer.principal
    }

    /// The authenticated caller with their account and credential, or 401.
    static func currentBearer() throws -> Bearer {
        guard let bearer else { throw APIProblem.unauthorized }
        return bearer
    }

    /// The caller as history and the access log record them: role, scope and the id of the
    /// token or session used.
    static func actor() throws -> Actor {
        guard let bearer else { throw APIProblem.unauthorized }
        let p = bearer.principal
        let scope = p.citizenId?.lowercasedText ?? p.companyId?.lowercasedText ?? p.municipalityCode?.description
        return Actor(role: p.role, scope: scope, tokenId: bearer.credentialId)
    }
}

import Delivery
import Foundation
import MatchCore
import OpenAPIRuntime
import Profiles
import Prometheus

/// Implements the generated `APIProtocol`: one method per operation of `openapi.yaml`, grouped
/// by resource in the `*Handlers.swift` files. Generic over the store, as hummingbird-examples'
/// controllers are over their repository; every access question goes to `policy`.
struct APIHandler<Store: MatchStore>: APIProtocol {
    /// Profiles, webhooks and the live index.
    let store: Store
    /// Who may see and change what.
    let policy: Visibility
    /// The taxonomy records are checked against and searched in.
    let taxonomy: Taxonomy
    /// The taxonomy's search indexes.
    let search: TaxonomySearch
    /// Checks records before they are written.
    let validator: RecordValidator
    /// The contract, served at `/openapi.yaml`.
    let specification: String
    /// Prometheus registry for `/metrics`.
    let metrics: PrometheusCollectorRegistry
    /// The webhook relay, woken when a delivery is queued again.
    let relay: WebhookRelay
    /// Whether webhook URLs may point at private networks over http (development only).
    let allowPrivateNetworks: Bool
    /// Appends the access log (group commit).
    let accessLog: AccessLogWriter
    /// Pacing and timing of interests.
    let interestRules: InterestRules
    /// Accounts, sign-in links and sessions.
    let accounts: any AccountStore
    /// The sessions' timeouts, for listing the caller's sessions.
    let signInRules: SignInRules
    /// The clock.
    let clock: @Sendable () -> Date

    /// Throws the validator's problems with a record as a 422.
    func check(_ problems: [FieldError]) throws {
        if !problems.isEmpty { throw ValidationFailure(problems) }
    }
}

extension Decision {
    /// Returns when allowed; otherwise throws the answer: 404 for hidden, 403 for forbidden,
    /// 422 for an invalid value.
    func require(_ principal: Principal) throws {
        switch self {
        case .allowed: return
        case .hidden: throw APIProblem.notFound
        case .forbidden(let action): throw APIProblem.forbidden("The \(principal.role.rawValue) role may not \(action).")
        case .invalid(let error): throw APIProblem.unprocessable([error])
        }
    }
}

extension Decision.Or {
    /// The allowed value, or the refusal thrown as `Decision.require` does.
    func require(_ principal: Principal) throws -> Value {
        switch self {
        case .allowed(let value): return value
        case .refused(let decision):
            try decision.require(principal)
            throw APIProblem.notFound
        }
    }
}

extension Scope {
    /// The filter to list with, nil for an empty list; throws 403 when the role may not list.
    func require(_ principal: Principal) throws -> Filter? {
        switch self {
        case .filter(let filter): return filter
        case .empty: return nil
        case .forbidden(let action): throw APIProblem.forbidden("The \(principal.role.rawValue) role may not \(action).")
        }
    }
}

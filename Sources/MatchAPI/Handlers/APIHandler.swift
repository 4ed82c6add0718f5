import Foundation
import MatchCore
import OpenAPIRuntime
import Profiles
import Prometheus

/// Implements the generated `APIProtocol`: one method per operation of `openapi.yaml`, grouped
/// by resource in the `*Handlers.swift` files.
struct APIHandler: APIProtocol {
    /// Profiles, the database and the live index.
    let store: ProfileStore
    /// The contract, served at `/openapi.yaml`.
    let specification: String
    /// Prometheus registry for `/metrics`.
    let metrics: PrometheusCollectorRegistry
    /// The webhook relay, woken when a delivery is queued again.
    let relay: WebhookRelay
    /// Whether webhook URLs may point at private networks over http (development only).
    let allowPrivateNetworks: Bool

    var database: AppDatabase { store.database }
}

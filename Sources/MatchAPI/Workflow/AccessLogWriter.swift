import Foundation
import Profiles

/// Appends access-log entries before a response is sent. The store group-commits them: the
/// entries of concurrent requests share one transaction (with any other writes arriving then),
/// and each request waits until its entries are durable.
struct AccessLogWriter: Sendable {
    let store: any AccessLogStore

    /// Appends `entries` and returns once they are stored.
    func record(_ entries: [AccessLogEntry]) async throws {
        guard !entries.isEmpty else { return }
        try await store.append(entries)
    }
}

extension APIHandler {
    /// Logs that the caller was shown protected data of these citizens on `route`, when the
    /// policy says such reads are logged; waits until the entries are stored.
    func logAccess(_ shown: [(citizenId: UUID, kinds: [ProtectedData])], route: String) async throws {
        let principal = try RequestValues.caller()
        guard policy.logsAccess(principal) else { return }
        let actor = try RequestValues.actor()
        let now = clock()
        let entries = shown.filter { !$0.kinds.isEmpty }.map {
            AccessLogEntry(
                at: now, actor: actor, citizenId: $0.citizenId, kinds: $0.kinds, route: route,
                requestId: RequestValues.requestId)
        }
        try await accessLog.record(entries)
    }
}

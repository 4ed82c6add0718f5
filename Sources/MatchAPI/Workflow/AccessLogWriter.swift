import Foundation
import Profiles

/// Appends access-log entries with group commit: the entries of concurrent requests share one
/// transaction, and each request waits until its entries are durable before it is answered.
actor AccessLogWriter {
    private let store: any AccessLogStore
    private var pending: [AccessLogEntry] = []
    private var waiting: [CheckedContinuation<Void, any Error>] = []
    private var flushing = false

    init(store: any AccessLogStore) {
        self.store = store
    }

    /// Appends `entries` and returns once they are stored.
    func record(_ entries: [AccessLogEntry]) async throws {
        guard !entries.isEmpty else { return }
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            pending += entries
            waiting.append(continuation)
            if !flushing {
                flushing = true
                Task { await flush() }
            }
        }
    }

    /// Writes what is pending, one transaction per batch, until nothing is left.
    private func flush() async {
        while !pending.isEmpty {
            let batch = pending, waiters = waiting
            pending = []
            waiting = []
            do {
                try await store.append(batch)
                waiters.forEach { $0.resume() }
            } catch {
                waiters.forEach { $0.resume(throwing: error) }
            }
        }
        flushing = false
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
            AccessLogEntry(at: now, actor: actor, citizenId: $0.citizenId, kinds: $0.kinds, route: route,
                           requestId: RequestValues.requestId)
        }
        try await accessLog.record(entries)
    }
}

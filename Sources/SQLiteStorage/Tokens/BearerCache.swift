import Foundation
import GRDB
import Profiles
import Synchronization

/// Bearers of recently seen token hashes, valid until anything commits to the database.
///
/// Every request resolves its token. Tokens are issued and revoked by `matchd token` — another
/// process — so the cache cannot follow the changes as the record caches do; instead it asks
/// SQLite whether anything was committed since (`PRAGMA data_version` on a connection of its own,
/// which changes with every commit of any other connection or process) and forgets everything
/// when so. A revoked token is therefore refused on the next request. The probe reads the
/// write-ahead log's shared-memory header; a miss reads the token's row on that same connection
/// (an index lookup of a few pages the OS keeps in memory, microseconds), so resolving a token
/// never hops to a reader's queue and back — under a stream of writes, where every commit
/// empties the cache, that hop was a tenth of a write's CPU. Unknown tokens are not kept (a
/// token issued a moment ago works at once, and guessing fills nothing).
final class BearerCache: Sendable {
    private struct State {
        var dataVersion: Int?
        var bearers: [String: Bearer] = [:]
    }

    /// Tokens kept at most; beyond it, the cache starts again empty.
    static let capacity = 10_000

    private let probe: DatabaseQueue
    private let state = Mutex(State())

    /// A cache for the database file at `path`, probing it on a read-only connection.
    init(path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        probe = try DatabaseQueue(path: path, configuration: configuration)
    }

    /// What SQLite says now: a value that changes whenever another connection commits.
    func dataVersion() throws -> Int {
        try probe.inDatabase { db in try Int.fetchOne(db.cachedStatement(sql: "PRAGMA data_version")) ?? 0 }
    }

    /// The bearer of an unrevoked token hash as the database has it now, read on the probe's
    /// connection (on the caller's thread), or nil.
    func read(_ hash: String) throws -> Bearer? {
        try probe.inDatabase { db in try Bearer.fetchOne(db, tokenHash: hash) }
    }

    /// The bearer cached for `hash` when nothing has committed since `dataVersion` was read.
    func bearer(_ hash: String, at dataVersion: Int) -> Bearer? {
        state.withLock { $0.dataVersion == dataVersion ? $0.bearers[hash] : nil }
    }

    /// Keeps a bearer read after `dataVersion` was taken; a newer or older version than the
    /// cache's starts it again with this one.
    func keep(_ bearer: Bearer, hash: String, readAfter dataVersion: Int) {
        state.withLock { state in
            if state.dataVersion != dataVersion || state.bearers.count >= Self.capacity {
                state = State(dataVersion: dataVersion)
            }
            state.bearers[hash] = bearer
        }
    }
}

import Foundation
import Synchronization

/// Decoded records by id, each with the version and update time it was read at, so a read can
/// reuse one only after checking in the same transaction that the row is still that version.
///
/// The match routes read up to 100 citizens per request, and decoding a citizen's JSON columns
/// was most of that cost; checking `version` and `updatedAt` reads no JSON. The cache never
/// answers by itself: a changed row has another version. Only a row deleted and created again
/// with the same id could look alike, so a deletion is forgotten after it commits, and records
/// read before that are not kept. At `capacity` an arbitrary entry makes room.
public final class RecordCache<Value: Sendable>: Sendable {
    private struct State {
        var entries: [UUID: Stored<Value>] = [:]
        /// Counts deletions, so records read before one are not kept after it.
        var deletions = 0
    }

    private let state = Mutex(State())
    private let capacity: Int

    /// A cache of at most `capacity` records.
    public init(capacity: Int) {
        self.capacity = capacity
    }

    /// A mark to pass to `keep` for records read after this call.
    var mark: Int { state.withLock { $0.deletions } }

    /// The cached record `id` when it is at `version`, last updated at `updatedAt`.
    func record(_ id: UUID, version: Int, updatedAt: Date) -> Stored<Value>? {
        state.withLock { state in
            guard let stored = state.entries[id], stored.version == version, stored.updatedAt == updatedAt else { return nil }
            return stored
        }
    }

    /// Keeps records read after `mark` was taken, unless a deletion committed since.
    func keep(_ records: [UUID: Stored<Value>], readAfter mark: Int) {
        state.withLock { state in
            guard state.deletions == mark else { return }
            for (id, stored) in records {
                if state.entries.count >= capacity, state.entries[id] == nil { state.entries.remove(at: state.entries.startIndex) }
                state.entries[id] = stored
            }
        }
    }

    /// Forgets a record whose deletion has committed.
    func forget(_ id: UUID) {
        state.withLock { state in
            state.entries[id] = nil
            state.deletions += 1
        }
    }
}

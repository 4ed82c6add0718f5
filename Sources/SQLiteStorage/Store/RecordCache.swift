import Foundation
import Profiles
import Synchronization

/// Committed records by id, decoded once and kept in step with the database, so the match
/// routes answer from memory without reading the rows again.
///
/// The cache follows commits the way the match index does: each committed change of a record
/// is handed to `committed` (or `forget` for a deletion) on the writer's queue, after the commit
/// and before the write is acknowledged — so a record found here is the committed one, and a
/// client that saw its write acknowledged reads it back. A record read from the database on a
/// miss is kept only when nothing newer arrived meanwhile: not over a higher version, and not
/// at all when a deletion committed since the read began (a row deleted and created again with
/// the same id starts at version 1 again). At `capacity` an arbitrary entry makes room; it is
/// read again when next asked for. Every write of the cached table must go through the store's
/// `write`, as it must for the index.
public final class RecordCache<Value: Sendable>: Sendable {
    private struct State {
        var entries: [UUID: Stored<Value>] = [:]
        /// Counts deletions, so records read before one are not kept after it.
        var deletions = 0

        mutating func insert(_ stored: Stored<Value>, id: UUID, capacity: Int) {
            if entries.count >= capacity, entries[id] == nil { entries.remove(at: entries.startIndex) }
            entries[id] = stored
        }
    }

    /// What the cache holds of some ids, and the mark to keep the others with once read.
    struct Lookup {
        /// The records found.
        var found: [UUID: Stored<Value>]
        /// The ids to read from the database.
        var missing: [UUID]
        /// Pass to `keep` with the records read for `missing`.
        var mark: Int
    }

    private let state = Mutex(State())
    private let capacity: Int

    /// A cache of at most `capacity` records.
    public init(capacity: Int) {
        self.capacity = capacity
    }

    /// The records cached for `ids`, the ids not cached, and a mark taken before any read of them.
    func lookup(_ ids: [UUID]) -> Lookup {
        state.withLock { state in
            var lookup = Lookup(found: Dictionary(minimumCapacity: ids.count), missing: [], mark: state.deletions)
            for id in ids {
                if let stored = state.entries[id] { lookup.found[id] = stored } else { lookup.missing.append(id) }
            }
            return lookup
        }
    }

    /// Keeps records read from the database after `mark` was taken: each unless a newer version
    /// is cached, and none when a deletion committed since.
    func keep(_ records: [UUID: Stored<Value>], readAfter mark: Int) {
        state.withLock { state in
            guard state.deletions == mark else { return }
            for (id, stored) in records where (state.entries[id]?.version ?? 0) < stored.version {
                state.insert(stored, id: id, capacity: capacity)
            }
        }
    }

    /// Takes a committed version of a record (called in commit order).
    func committed(_ stored: Stored<Value>, id: UUID) {
        state.withLock { $0.insert(stored, id: id, capacity: capacity) }
    }

    /// Forgets a record whose deletion has committed.
    func forget(_ id: UUID) {
        state.withLock { state in
            state.entries[id] = nil
            state.deletions += 1
        }
    }
}

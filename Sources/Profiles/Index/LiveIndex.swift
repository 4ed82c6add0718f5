import Foundation
import MatchCore

/// The match index shared by the daemon: many concurrent readers rank while a writer applies
/// committed changes in place (a readers–writer lock, so a write never copies the index). It
/// codes records into engine features itself, so callers hand it records.
public final class LiveIndex: @unchecked Sendable {
    private var index: MatchIndex
    private let lock: UnsafeMutablePointer<pthread_rwlock_t>
    /// Codes records into the engine's features.
    public let encoder: FeatureEncoder

    /// Wraps a built index.
    public init(_ index: MatchIndex) {
        self.index = index
        encoder = FeatureEncoder(taxonomy: index.taxonomy)
        lock = .allocate(capacity: 1)
        pthread_rwlock_init(lock, nil)
    }

    deinit {
        pthread_rwlock_destroy(lock)
        lock.deallocate()
    }

    /// Runs `body` with shared read access.
    public func read<T>(_ body: (borrowing MatchIndex) throws -> T) rethrows -> T {
        pthread_rwlock_rdlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return try body(index)
    }

    /// Runs `body` with exclusive write access.
    package func write<T>(_ body: (inout MatchIndex) throws -> T) rethrows -> T {
        pthread_rwlock_wrlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return try body(&index)
    }
}

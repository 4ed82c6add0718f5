import Foundation
import GRDB
import Profiles
import Synchronization

/// Group commit: writes submitted concurrently are queued, and one drainer on the database's
/// writer queue runs them together in one transaction, each in a savepoint of its own — one that
/// fails (validation, a conflict, a stale `If-Match`) rolls back alone and gets its own error — so
/// one commit, one fsync with `synchronous=FULL`, makes all of them durable. Each write is
/// acknowledged only after that commit. What must follow a commit (the match index, the relay's
/// wake-up) runs right after it on the writer's queue, before the next transaction, in commit
/// order. The drainer runs on the writer's queue itself (no hop through an actor per batch) and
/// queues itself again behind other writers between batches.
///
/// A write ranks one side of the match index to find the matches it creates (a citizen's change
/// ranks the vacancies). The index follows commits, so within a transaction it does not yet show
/// the batch's earlier changes: a batch therefore ends before a write that ranks a side the
/// batch has already changed, and that write starts the next one — it sees what it would see
/// if every write had its own transaction.
final class GroupCommit: Sendable {
    /// The most writes one transaction holds.
    static let maxBatch = 256

    /// A write that ran in its savepoint and waits for the commit.
    private struct Ran: Sendable {
        let changes: IndexSides
        let afterCommit: @Sendable () -> Void
        let acknowledge: @Sendable () -> Void
    }

    /// A queued write.
    private struct Job: Sendable {
        let run: @Sendable (Database) throws -> Ran
        let fail: @Sendable (any Error) -> Void
    }

    private struct State {
        var queue: [Job] = []
        var draining = false
        var transactions = 0
    }

    private let writer: any DatabaseWriter
    private let state = Mutex(State())

    init(writer: any DatabaseWriter) {
        self.writer = writer
    }

    /// Transactions committed so far (tests show that writes were grouped).
    var transactions: Int { state.withLock { $0.transactions } }

    /// How many writes wait for a transaction (tests).
    func queued() -> Int { state.withLock { $0.queue.count } }

    /// Runs `work` in the next group transaction and returns its value once that has committed.
    func submit<T: Sendable>(_ work: @escaping @Sendable (Database) throws -> Committable<T>) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let job = Job(
                run: { db in
                    let outcome = try work(db)
                    return Ran(
                        changes: outcome.changes, afterCommit: outcome.afterCommit,
                        acknowledge: { continuation.resume(returning: outcome.value) })
                },
                fail: { continuation.resume(throwing: $0) })
            let startDrainer = state.withLock { state in
                state.queue.append(job)
                defer { state.draining = true }
                return !state.draining
            }
            if startDrainer { writer.asyncWriteWithoutTransaction { [self] db in drain(db) } }
        }
    }

    /// Runs the next batch in one transaction, on the writer's queue, and schedules itself again
    /// behind the writes queued there meanwhile while writes wait, so other writers get their turn.
    private func drain(_ db: Database) {
        let batch = state.withLock { Array($0.queue.prefix(Self.maxBatch)) }
        commit(batch, db)
        let more = state.withLock { state in
            state.draining = !state.queue.isEmpty
            return state.draining
        }
        if more { writer.asyncWriteWithoutTransaction { [self] db in drain(db) } }
    }

    /// Runs `batch` (the head of the queue) in one transaction; once it commits, what follows
    /// each commit runs and the writes are acknowledged (or get their own errors). The writes the
    /// batch stopped before stay queued for the next transaction.
    private func commit(_ batch: [Job], _ db: Database) {
        var results: [Result<Ran, any Error>] = []
        do {
            try db.inTransaction {
                results = try Self.run(batch, db)
                return .commit
            }
        } catch {
            // The transaction did not commit: no write of the batch is acknowledged.
            state.withLock { $0.queue.removeFirst(batch.count) }
            let error = AppDatabase.storeError(error)
            batch.forEach { $0.fail(error) }
            return
        }
        state.withLock { state in
            state.queue.removeFirst(results.count)
            state.transactions += 1
        }
        for case .success(let ran) in results { ran.afterCommit() }
        for (job, result) in zip(batch, results) {
            switch result {
            case .success(let ran): ran.acknowledge()
            case .failure(let error): job.fail(error)
            }
        }
    }

    /// Runs the writes of `batch` in order, each in its savepoint, stopping before one that ranks
    /// a side of the index an earlier one changed; returns the outcome of each write run.
    private static func run(_ batch: [Job], _ db: Database) throws -> [Result<Ran, any Error>] {
        var results: [Result<Ran, any Error>] = []
        var changed: IndexSides = []
        for job in batch {
            var ran: Ran?
            do {
                try db.inSavepoint {
                    let outcome = try job.run(db)
                    guard outcome.changes.ranked.isDisjoint(with: changed) else { return .rollback }
                    ran = outcome
                    return .commit
                }
            } catch {
                results.append(.failure(AppDatabase.storeError(error)))
                continue
            }
            guard let ran else { break }
            changed.formUnion(ran.changes)
            results.append(.success(ran))
        }
        return results
    }
}

/// What a write in a group commit hands back: its value, the sides of the match index it
/// changes, and what to run once it has committed.
struct Committable<T: Sendable>: Sendable {
    /// The write's result, returned to its caller after the commit.
    var value: T
    /// The sides of the match index the write changes.
    var changes: IndexSides = []
    /// Runs after the commit, on the writer's queue, in commit order.
    var afterCommit: @Sendable () -> Void = {}
}

/// Sides of the match index.
struct IndexSides: OptionSet, Sendable {
    let rawValue: UInt8
    static let citizens = IndexSides(rawValue: 1)
    static let vacancies = IndexSides(rawValue: 2)

    /// The sides a write that changes these sides ranks to find the matches it creates: a
    /// citizen is ranked against the vacancies, a vacancy against the citizens.
    var ranked: IndexSides {
        var sides: IndexSides = []
        if contains(.citizens) { sides.insert(.vacancies) }
        if contains(.vacancies) { sides.insert(.citizens) }
        return sides
    }
}

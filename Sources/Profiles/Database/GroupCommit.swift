import Foundation
import GRDB

/// Group commit: writes submitted concurrently are queued, and one drainer runs them together in
/// one transaction, each in a savepoint of its own — one that fails (validation, a conflict, a
/// stale `If-Match`) rolls back alone and gets its own error — so one commit, one fsync with
/// `synchronous=FULL`, makes all of them durable. Each write is acknowledged only after that
/// commit. What must follow a commit (the match index, the relay's wake-up) runs on the writer's
/// queue after the commit and before the next transaction, in commit order.
///
/// A write ranks one side of the match index to find the matches it creates (a citizen's change
/// ranks the vacancies). The index follows commits, so within a transaction it does not yet show
/// the batch's earlier changes: a batch therefore ends before a write that ranks a side the
/// batch has already changed, and that write starts the next one — it sees what it would see
/// if every write had its own transaction.
actor GroupCommit {
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

    private let writer: any DatabaseWriter
    private var queue: [Job] = []
    private var draining = false
    /// Transactions committed so far (tests show that writes were grouped).
    private(set) var transactions = 0

    init(writer: any DatabaseWriter) {
        self.writer = writer
    }

    /// Runs `work` in the next group transaction and returns its value once that has committed.
    func submit<T: Sendable>(_ work: @escaping @Sendable (Database) throws -> Committable<T>) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            queue.append(Job(
                run: { db in
                    let outcome = try work(db)
                    return Ran(changes: outcome.changes, afterCommit: outcome.afterCommit,
                               acknowledge: { continuation.resume(returning: outcome.value) })
                },
                fail: { continuation.resume(throwing: $0) }))
            if !draining {
                draining = true
                Task { await drain() }
            }
        }
    }

    /// How many writes wait for a transaction (tests).
    func queued() -> Int { queue.count }

    /// Runs what is queued, one transaction per batch, until nothing is left.
    private func drain() async {
        while !queue.isEmpty {
            let batch = Array(queue.prefix(Self.maxBatch))
            do {
                let results = try await writer.write { db in try Self.run(batch, db) }
                queue.removeFirst(results.count)
                transactions += 1
                for (job, result) in zip(batch, results) {
                    switch result {
                    case .success(let ran): ran.acknowledge()
                    case .failure(let error): job.fail(error)
                    }
                }
            } catch {
                // The transaction did not commit: no write of the batch is acknowledged.
                queue.removeFirst(batch.count)
                let error = AppDatabase.storeError(error)
                batch.forEach { $0.fail(error) }
            }
        }
        draining = false
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
        let committed = results.compactMap { try? $0.get() }
        db.afterNextTransaction { _ in committed.forEach { $0.afterCommit() } }
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

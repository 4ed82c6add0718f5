import Foundation
import GRDB
import MatchCore
import Synchronization
import Testing

@testable import Profiles
@testable import SQLiteStorage

/// Group commit: concurrent writes share a transaction, each in its own savepoint, and are
/// acknowledged only after the commit; the index follows in commit order.
@Suite struct GroupCommitTests {
    /// Holds the database's writer busy until `release`, so the writes submitted meanwhile queue
    /// up and are committed together. Nothing here blocks the cooperative pool: the wait runs on
    /// GRDB's writer queue.
    final class WriterBlock: Sendable {
        private let gate: DispatchSemaphore
        private let done: Task<Void, any Error>

        init(_ database: AppDatabase) async throws {
            let gate = DispatchSemaphore(value: 0)
            let started = DispatchSemaphore(value: 0)
            self.gate = gate
            done = Task {
                try await database.writer.write { _ in
                    started.signal()
                    gate.wait()
                }
            }
            while started.wait(timeout: .now()) == .timedOut { try await Task.sleep(for: .milliseconds(2)) }
        }

        func release() async throws {
            gate.signal()
            try await done.value
        }
    }

    /// Waits until `count` writes are queued for the next group transaction.
    static func waitForQueued(_ count: Int, _ database: AppDatabase) async throws {
        while database.groupCommit.queued() < count { try await Task.sleep(for: .milliseconds(2)) }
    }

    @Test(arguments: StoreBehaviourTests.StoreKind.allCases)
    func manyConcurrentWritersAllLand(_ kind: StoreBehaviourTests.StoreKind) async throws {
        let fixture = try await kind.make()
        defer { fixture.remove() }
        let store = fixture.store
        let ids = try await withThrowingTaskGroup(of: [UUID].self) { group in
            for _ in 0..<8 {
                group.addTask {
                    var ids: [UUID] = []
                    for _ in 0..<25 {
                        let citizen = StoreFixture.citizen()
                        _ = try await store.create(citizen)
                        var changed = citizen
                        changed.name = "Ændret"
                        _ = try await store.update(changed, ifVersion: 1)
                        ids.append(citizen.id)
                    }
                    return ids
                }
            }
            return try await group.reduce(into: [UUID]()) { $0 += $1 }
        }
        let stored = try await store.citizens(ids: ids)
        #expect(stored.count == 200 && stored.values.allSatisfy { $0.version == 2 && $0.value.name == "Ændret" })
        #expect(store.index.read { $0.citizenCount } == 200)
        #expect(store.database.groupCommit.transactions <= 400, "each write had a transaction of its own at most")
    }

    @Test(arguments: StoreBehaviourTests.StoreKind.allCases)
    func aFailingWriteInABatchFailsAloneAndTheOthersCommit(_ kind: StoreBehaviourTests.StoreKind) async throws {
        let fixture = try await kind.make()
        defer { fixture.remove() }
        let store = fixture.store
        let taken = StoreFixture.citizen()
        _ = try await store.create(taken)
        let transactionsBefore = store.database.groupCommit.transactions

        let block = try await WriterBlock(store.database)
        let good = (0..<8).map { _ in StoreFixture.citizen() }
        let writes = Task {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for (i, citizen) in good.enumerated() {
                    group.addTask { _ = try await store.create(citizen) }
                    try await Self.waitForQueued(i + 1, store.database)
                }
                group.addTask {
                    await #expect(throws: StoreError.conflict(field: "id", message: "a record with this id exists")) {
                        try await store.create(taken)
                    }
                }
                try await Self.waitForQueued(good.count + 1, store.database)
                try await block.release()
                try await group.waitForAll()
            }
        }
        try await writes.value
        #expect(try await store.citizens(ids: good.map(\.id)).count == good.count)
        #expect(store.index.read { $0.citizenCount } == good.count + 1)
        // The first write's transaction began before the others were queued; the other eight,
        // the failing one among them, shared the second.
        #expect(store.database.groupCommit.transactions - transactionsBefore <= 2)
    }

    @Test(arguments: StoreBehaviourTests.StoreKind.allCases)
    func indexUpdatesFollowCommitOrder(_ kind: StoreBehaviourTests.StoreKind) async throws {
        let holder = Mutex<SQLiteStore?>(nil)
        let citizen = StoreFixture.citizen()
        let seen = Mutex<[Double]>([])
        let fixture = try await kind.make(committed: {
            guard let store = holder.withLock({ $0 }) else { return }
            let hours = store.index.read { $0.citizen(EntityID(citizen.id))?.hours.current }
            if let hours { seen.withLock { $0.append(hours) } }
        })
        defer { fixture.remove() }
        let store = fixture.store
        holder.withLock { $0 = store }
        _ = try await store.create(citizen)
        let versions = try await withThrowingTaskGroup(of: (Int, Double).self) { group in
            for hours in 1...40 {
                group.addTask {
                    var changed = citizen
                    changed.hours = CitizenHours(current: Double(hours), target: 40)
                    return (try await store.update(changed, ifVersion: nil).version, Double(hours))
                }
            }
            return try await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
        }
        let inCommitOrder = versions.keys.sorted().map { versions[$0]! }
        #expect(Array(seen.withLock { $0 }.dropFirst()) == inCommitOrder)
    }

    @Test func aWriteRankingWhatTheBatchChangedWaitsForTheNextTransaction() async throws {
        let fixture = try await StoreBehaviourTests.StoreKind.sqliteInMemory.make()
        defer { fixture.remove() }
        let store = fixture.store
        try await store.create(
            Webhook(
                id: UUID(), owner: Principal(role: .admin), url: "https://example.com/hook",
                events: [.matchCreated], minScore: 0, description: nil, secret: "whsec_x", createdAt: Date()))
        let company = try await store.create(StoreFixture.company()).value
        let opening = StoreFixture.opening(companyId: company.id)
        let citizen = StoreFixture.citizen()

        let block = try await WriterBlock(store.database)
        let queuedBefore = store.database.groupCommit.queued()
        let writes = Task {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { _ = try await store.create(StoreFixture.opening(companyId: company.id)) }
                try await Self.waitForQueued(queuedBefore + 1, store.database)
                group.addTask { _ = try await store.create(opening) }
                try await Self.waitForQueued(queuedBefore + 2, store.database)
                group.addTask { _ = try await store.create(citizen) }
                try await Self.waitForQueued(queuedBefore + 3, store.database)
                try await block.release()
                try await group.waitForAll()
            }
        }
        try await writes.value
        // The citizen was ranked against the opening queued just before it: it is announced.
        let due = try await store.dueDeliveries(now: Date().addingTimeInterval(1), limit: 100, excluding: [])
        let announced = due.filter { $0.delivery.eventType == .matchCreated }.map(\.delivery.payload)
        #expect(announced.contains { $0.contains(opening.id.lowercasedText) && $0.contains(citizen.id.lowercasedText) })
    }
}

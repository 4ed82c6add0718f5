import Foundation
import GRDB
import MatchCore
import Synchronization
import Testing

@testable import Profiles
@testable import SQLiteStorage

/// What only the SQLite store can show: a write and its outbox rows are one transaction, and
/// an acknowledged write is on disk.
@Suite struct SQLiteStoreTests {
    @Test func aWriteThatFailsAfterTheOutboxRanLeavesNothingBehind() async throws {
        let commits = Mutex(0)
        let fixture = try await StoreBehaviourTests.StoreKind.sqliteFile.make(committed: { commits.withLock { $0 += 1 } })
        defer { fixture.remove() }
        let store = fixture.store
        try await store.create(
            Webhook(
                id: UUID(), owner: Principal(role: .admin), url: "https://example.com/hook",
                events: [.matchCreated], minScore: 0, description: nil, secret: "whsec_x", createdAt: Date()))
        let company = try await store.create(StoreFixture.company()).value
        _ = try await store.create(StoreFixture.opening(companyId: company.id))
        _ = try await store.create(StoreFixture.slot(companyId: company.id))
        let before = try await store.deliveryCounts()[.pending] ?? 0
        let commitsBefore = commits.withLock { $0 }
        // The second delivery the next write queues fails: the outbox has run when the write fails.
        try await store.database.writer.write { db in
            try db.execute(
                sql: """
                    CREATE TRIGGER probe AFTER INSERT ON webhookDelivery
                    WHEN (SELECT COUNT(*) FROM webhookDelivery) > \(before + 1)
                    BEGIN SELECT RAISE(ABORT, 'rollback probe'); END
                    """)
        }
        let citizen = StoreFixture.citizen()
        await #expect(throws: (any Error).self) { try await store.create(citizen) }
        #expect(try await store.citizen(citizen.id) == nil)
        #expect(try await store.deliveryCounts()[.pending] ?? 0 == before)
        #expect(store.index.read { $0.citizen(EntityID(citizen.id)) } == nil)
        #expect(commits.withLock { $0 } == commitsBefore)

        // Nothing was marked as announced either: the same write, committed, announces both pairs.
        try await store.database.writer.write { db in try db.execute(sql: "DROP TRIGGER probe") }
        _ = try await store.create(citizen)
        #expect(try await store.deliveryCounts()[.pending] ?? 0 == before + 2)
    }

    @Test func anAcknowledgedWriteIsInTheFileWhenItIsOpenedAgain() async throws {
        let fixture = try await StoreBehaviourTests.StoreKind.sqliteFile.make()
        defer { fixture.remove() }
        let citizen = StoreFixture.citizen()
        _ = try await fixture.store.create(citizen)
        let path = try #require(fixture.folder).appendingPathComponent("store.sqlite").path
        let reopened = try await SQLiteStore.open(AppDatabase.open(path: path), taxonomy: StoreFixture.taxonomy())
        #expect(try await reopened.citizen(citizen.id)?.value == citizen)
        #expect(reopened.index.read { $0.citizen(EntityID(citizen.id)) } != nil)
        #expect(try await reopened.database.synchronousSetting() == 2)
        #expect(try await reopened.database.journalMode() == "wal")
    }
}

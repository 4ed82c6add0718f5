import Foundation
import Testing

@testable import Profiles
@testable import SQLiteStorage

/// Reads of citizens (answered from the cache of committed records) show every update,
/// deletion and re-creation at once, on every store, and a read racing a commit never
/// leaves an older record cached.
@Suite struct RecordCacheTests {
    @Test(arguments: StoreBehaviourTests.StoreKind.allCases)
    func batchReadsFollowEveryChange(_ kind: StoreBehaviourTests.StoreKind) async throws {
        let fixture = try await kind.make()
        defer { fixture.remove() }
        let store = fixture.store
        var citizen = StoreFixture.citizen()
        let other = StoreFixture.citizen()
        _ = try await store.create(citizen)
        _ = try await store.create(other)
        #expect(try await store.citizens(ids: [citizen.id, other.id]).count == 2)
        #expect(try await store.citizens(ids: [citizen.id])[citizen.id]?.value.name == "Test Borger")

        citizen.name = "Renamed Borger"
        _ = try await store.update(citizen, ifVersion: nil)
        #expect(try await store.citizens(ids: [citizen.id, other.id])[citizen.id]?.value.name == "Renamed Borger")

        try await store.deleteCitizen(citizen.id)
        #expect(try await store.citizens(ids: [citizen.id, other.id]).keys.sorted() == [other.id])

        citizen.name = "Back Again"
        _ = try await store.create(citizen)
        let again = try #require(try await store.citizens(ids: [citizen.id])[citizen.id])
        #expect(again.value.name == "Back Again" && again.version == 1)
    }

    @Test func aReadIsKeptOnlyWhenNothingNewerCommittedMeanwhile() {
        let cache = RecordCache<String>(capacity: 2)
        let id = UUID()
        let at = Date(timeIntervalSince1970: 1_000)
        func stored(_ value: String, _ version: Int) -> Stored<String> {
            Stored(value: value, version: version, createdAt: at, updatedAt: at)
        }
        let first = cache.lookup([id])
        #expect(first.found.isEmpty && first.missing == [id])

        // Version 2 commits while version 1 is being read: the read does not replace it.
        cache.committed(stored("v2", 2), id: id)
        cache.keep([id: stored("v1", 1)], readAfter: first.mark)
        #expect(cache.lookup([id]).found[id]?.value == "v2")

        // A read that began before a deletion committed is not kept after it.
        let beforeDeletion = cache.lookup([id]).mark
        cache.forget(id)
        #expect(cache.lookup([id]).missing == [id])
        cache.keep([id: stored("v2", 2)], readAfter: beforeDeletion)
        #expect(cache.lookup([id]).missing == [id])

        // A read that began after it is kept.
        let afterDeletion = cache.lookup([id]).mark
        cache.keep([id: stored("again", 1)], readAfter: afterDeletion)
        #expect(cache.lookup([id]).found[id]?.value == "again")

        // At capacity an entry makes room; the others are read again when asked for.
        let others = [UUID(), UUID()]
        others.forEach { cache.committed(stored("other", 1), id: $0) }
        let all = cache.lookup([id] + others)
        #expect(all.found.count == 2 && all.missing.count == 1)
    }
}

import Foundation
@testable import Profiles
import Testing

/// A batch read of citizens (the match routes' read, which reuses decoded records) shows every
/// update, deletion and re-creation at once, on every store.
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

    @Test func aFullCacheMakesRoomAndStillAnswersByVersion() {
        let cache = RecordCache<String>(capacity: 2)
        let ids = (0..<3).map { _ in UUID() }
        let at = Date(timeIntervalSince1970: 1_000)
        let records = Dictionary(uniqueKeysWithValues: ids.map { ($0, Stored(value: "v1", version: 1, createdAt: at, updatedAt: at)) })
        let mark = cache.mark
        cache.keep(records, readAfter: mark)
        #expect(ids.filter { cache.record($0, version: 1, updatedAt: at) != nil }.count == 2)
        let kept = try! #require(ids.first { cache.record($0, version: 1, updatedAt: at) != nil })
        #expect(cache.record(kept, version: 2, updatedAt: at) == nil)
        #expect(cache.record(kept, version: 1, updatedAt: at.addingTimeInterval(1)) == nil)

        // Records read before a deletion committed are not kept after it.
        let before = cache.mark
        cache.forget(kept)
        #expect(cache.record(kept, version: 1, updatedAt: at) == nil)
        cache.keep(records, readAfter: before)
        #expect(cache.record(kept, version: 1, updatedAt: at) == nil)
    }
}

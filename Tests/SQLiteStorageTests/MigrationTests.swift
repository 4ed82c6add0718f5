import Foundation
import MatchCore
import Testing

@testable import Profiles
@testable import SQLiteStorage

/// A database file made by an earlier matchd opens, migrates forward and keeps everything.
@Suite struct MigrationTests {
    static let closedOpening = UUID(uuidString: "a3580b22-f00d-48a5-8058-77dca7b5237f")!
    static let openOpening = UUID(uuidString: "3a259e0d-9e76-461e-93e6-91da9109454e")!
    static let slot = UUID(uuidString: "5387dade-fa16-4388-a520-c38fe396564e")!

    @Test func aVersionTwoFileMigratesToOneVacancyTableKeepingEveryRecord() async throws {
        let fixture = try #require(Bundle.module.url(forResource: "matchd-v2", withExtension: "sqlite", subdirectory: "Fixtures"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("matchd-migrate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("matchd.sqlite")
        try FileManager.default.copyItem(at: fixture, to: path)

        let database = try AppDatabase.open(path: path.path)
        #expect(try await database.appliedMigrations() == Schema.migrator.migrations)
        let store = try await SQLiteStore.open(database, taxonomy: StoreFixture.taxonomy())

        #expect(try await store.citizens(CitizenFilter(), page: PageRequest(limit: 10)).items.count == 3)
        #expect(try await store.companies(CompanyFilter(), page: PageRequest(limit: 10)).items.count == 2)
        let closed = try #require(try await store.vacancy(Self.closedOpening))
        #expect(closed.value.source == .opening && closed.value.status == .closed && closed.version == 2)
        #expect(closed.value.places == nil)
        let slot = try #require(try await store.vacancy(Self.slot))
        #expect(slot.value.source == .slot && slot.value.places == Places(capacity: 2, occupiedOutside: 1))
        #expect(
            try await store.vacancies(VacancyFilter(source: .opening, status: .open), page: PageRequest(limit: 10))
                .items.map(\.value.id) == [Self.openOpening])
        #expect(store.index.read { ($0.citizenCount, $0.vacancyCount) } == (3, 3))

        #expect(try await store.bearer(token: "mt_3v4waV-h1M-wRX_JZCAXdaZ8f3HA-iEOlsatl8Bl1eI")?.principal == Principal(role: .admin))
        #expect(
            try await store.bearer(token: "mt_Rucuq2tZI-cEbaJxSc7wVurrK8nPHKTrDhL8qzd9tL8")?.principal
                == Principal(role: .consultant, municipalityCode: MunicipalityCode(rawValue: 615)))
        let webhook = try #require(try await store.webhooks(ownedBy: nil, page: PageRequest(limit: 10)).items.first)
        #expect(webhook.events == [.openingClosed, .openingUpdated] && webhook.description == "fixture")
        let log = try await store.deliveries(webhookId: webhook.id, status: nil, page: PageRequest(limit: 10))
        #expect(log.items.count == 1 && log.items.first?.eventType == .openingClosed && log.items.first?.attempts.count == 1)

        // And it keeps working: a new slot is written to the merged table.
        _ = try await store.create(StoreFixture.slot(companyId: slot.value.companyId))
        #expect(try await store.vacancies(VacancyFilter(source: .slot), page: PageRequest(limit: 10)).items.count == 2)
    }
}

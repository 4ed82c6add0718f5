import Foundation
import GRDB
import MatchCore
import Testing

@testable import Profiles
@testable import SQLiteStorage

/// The streamed bulk import (`matchd seed`) and the index read at start-up.
@Suite struct RecordImportTests {
    static let demoFolder = DataDirectory.locate().appendingPathComponent("demo")

    @Test func theDemoIsImportedAsItsFilesHoldIt() async throws {
        let database = try AppDatabase.inMemory()
        let summary = try await database.importRecords(from: Self.demoFolder, validator: RecordValidator(taxonomy: StoreFixture.taxonomy()))
        let demo = try DataDirectory.demo(in: DataDirectory.locate())
        #expect(
            summary
                == ImportSummary(
                    citizens: demo.citizens.count, companies: demo.companies.count, openings: demo.openings.count,
                    slots: demo.slots.count, placements: demo.history.count))
        let store = try await SQLiteStore.open(database, taxonomy: StoreFixture.taxonomy())
        let citizens = try await store.citizens(ids: demo.citizens.map(\.id))
        #expect(demo.citizens.allSatisfy { citizens[$0.id]?.value == $0 && citizens[$0.id]?.version == 1 })
        let companies = try await store.companies(ids: demo.companies.map(\.id))
        #expect(demo.companies.allSatisfy { companies[$0.id]?.value == $0 })
        let vacancies = try await store.vacancies(ids: demo.vacancies.map(\.id))
        #expect(vacancies.count == demo.vacancies.count)

        // The index built at start-up from the columns it needs equals one built from the records.
        var expected = MatchIndex(taxonomy: try StoreFixture.taxonomy())
        for citizen in demo.citizens { expected.upsert(store.index.encoder.features(citizen)) }
        #expect(
            demo.citizens.allSatisfy { citizen in
                store.index.read { $0.citizen(EntityID(citizen.id)) } == expected.citizen(EntityID(citizen.id))
            })
    }

    @Test func aBadRecordIsNamedByFileIndexAndFieldAndNothingIsWritten() async throws {
        let folder = try Self.copyOfDemo()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("citizens.json")
        var citizens = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [[String: Any]])
        citizens[7]["maxCommuteKm"] = 900
        citizens[9]["id"] = citizens[3]["id"]
        citizens[12]["hours"] = "many"
        try JSONSerialization.data(withJSONObject: citizens).write(to: file)
        let database = try AppDatabase.inMemory()
        let error = await #expect(throws: ImportError.self) {
            try await database.importRecords(from: folder, validator: RecordValidator(taxonomy: StoreFixture.taxonomy()))
        }
        let text = error?.description ?? ""
        #expect(text.contains("citizens.json: record [7] (id ") && text.contains("): maxCommuteKm: "))
        #expect(text.contains("citizens.json: record [9] (id ") && text.contains("id: appears twice in the set"))
        #expect(text.contains("citizens.json: record [12]: hours"))
        #expect(try await database.count(Citizen.self) == 0)
        #expect(try await database.count(Company.self) == 0)
    }

    @Test func aVacancyOfNoCompanyIsNamed() async throws {
        let folder = try Self.copyOfDemo()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("openings.json")
        var openings = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [[String: Any]])
        openings[2]["companyId"] = UUID().uuidString.lowercased()
        try JSONSerialization.data(withJSONObject: openings).write(to: file)
        let database = try AppDatabase.inMemory()
        let error = await #expect(throws: ImportError.self) {
            try await database.importRecords(from: folder, validator: RecordValidator(taxonomy: StoreFixture.taxonomy()))
        }
        #expect(error?.description.contains("openings.json: record [2] (id ") == true)
        #expect(error?.description.contains("companyId: names no company") == true)
        #expect(try await database.count(Company.self) == 0)
    }

    @Test func aFileBrokenAfterManyRecordsIsNamedAndNothingIsWritten() async throws {
        let folder = try Self.copyOfDemo()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("citizens.json")
        // Past the pipeline's first batches: the records before the break are staged and inserted first.
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(text.utf8.dropLast(text.utf8.count / 3)).write(to: file)
        let database = try AppDatabase.inMemory()
        let error = await #expect(throws: RecordFileError.self) {
            try await database.importRecords(from: folder, validator: RecordValidator(taxonomy: StoreFixture.taxonomy()))
        }
        #expect(error?.file == file.path)
        #expect(try await database.count(Citizen.self) == 0)
        #expect(try await database.count(Company.self) == 0)
    }

    @Test func theIndexesDroppedForTheLoadAreThereAfterItAndAfterAFailedOne() async throws {
        func indexes(_ database: AppDatabase) async throws -> [String] {
            try await database.read { db in
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name")
            }
        }
        let folder = try Self.copyOfDemo()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try AppDatabase.inMemory()
        let before = try await indexes(database)
        #expect(before.contains("citizen_municipality") && before.contains("citizenHoursHistory_citizen"))
        let file = folder.appendingPathComponent("citizens.json")
        let good = try Data(contentsOf: file)
        try Data("[{}]".utf8).write(to: file)
        await #expect(throws: ImportError.self) {
            try await database.importRecords(from: folder, validator: RecordValidator(taxonomy: StoreFixture.taxonomy()))
        }
        #expect(try await indexes(database) == before)
        try good.write(to: file)
        _ = try await database.importRecords(from: folder, validator: RecordValidator(taxonomy: StoreFixture.taxonomy()))
        #expect(try await indexes(database) == before)
        // A second load into tables no longer empty keeps their indexes and refuses the same ids.
        let again = await #expect(throws: ImportError.self) {
            try await database.importRecords(from: folder, validator: RecordValidator(taxonomy: StoreFixture.taxonomy()))
        }
        #expect(again?.description.contains("exists") == true)
        #expect(try await indexes(database) == before)
    }

    @Test func aLoadIntoAFileLeavesItInWALModeWithNoJournal() async throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("load.sqlite").path
        let summary = try await AppDatabase.importRecords(
            intoFileAt: path, from: Self.demoFolder,
            validator: RecordValidator(taxonomy: StoreFixture.taxonomy()))
        let demo = try DataDirectory.demo(in: DataDirectory.locate())
        #expect(summary.citizens == demo.citizens.count && summary.placements == demo.history.count)
        #expect(!FileManager.default.fileExists(atPath: path + "-journal"))
        let database = try AppDatabase.open(path: path)
        #expect(try await database.journalMode() == "wal")
        #expect(try await database.synchronousSetting() == 2)
        #expect(try await database.count(Citizen.self) == demo.citizens.count)
        let store = try await SQLiteStore.open(database, taxonomy: StoreFixture.taxonomy())
        let citizens = try await store.citizens(ids: demo.citizens.map(\.id))
        #expect(demo.citizens.allSatisfy { citizens[$0.id]?.value == $0 && citizens[$0.id]?.version == 1 })
    }

    @Test func aFailedLoadIntoAFileWritesNothing() async throws {
        let folder = try Self.copyOfDemo()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("load.sqlite").path
        let file = folder.appendingPathComponent("citizens.json")
        var citizens = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [[String: Any]])
        citizens[citizens.count - 1]["maxCommuteKm"] = 900
        try JSONSerialization.data(withJSONObject: citizens).write(to: file)
        let error = await #expect(throws: ImportError.self) {
            try await AppDatabase.importRecords(
                intoFileAt: path, from: folder, validator: RecordValidator(taxonomy: StoreFixture.taxonomy()))
        }
        #expect(error?.description.contains("record [\(citizens.count - 1)]") == true)
        #expect(!FileManager.default.fileExists(atPath: path + "-journal"))
        let database = try AppDatabase.open(path: path)
        #expect(try await database.journalMode() == "wal")
        #expect(try await database.count(Citizen.self) == 0)
        #expect(try await database.count(Company.self) == 0)
    }

    @Test func aLoadIntoAFileADaemonHasOpenGoesThroughTheLog() async throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("load.sqlite").path
        let daemon = try AppDatabase.open(path: path)
        let summary = try await AppDatabase.importRecords(
            intoFileAt: path, from: Self.demoFolder,
            validator: RecordValidator(taxonomy: StoreFixture.taxonomy()))
        #expect(try await daemon.journalMode() == "wal")
        #expect(try await daemon.count(Citizen.self) == summary.citizens)
        #expect(try await daemon.count(Company.self) == summary.companies)
    }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("matchd-load-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func copyOfDemo() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("matchd-import-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: demoFolder, to: folder)
        return folder
    }
}

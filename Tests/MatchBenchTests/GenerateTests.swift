import Foundation
import MatchCore
import Profiles
import SQLiteStorage
import Testing

@testable import matchbench

/// `matchbench generate` writes records that matchd accepts, the same for the same seed, in
/// files matchd reads whole and record by record.
@Suite struct GenerateTests {
    let taxonomy = try! DataDirectory.taxonomy(in: DataDirectory.locate())

    func generated(seed: UInt64) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("matchbench-\(UUID().uuidString)")
        try Generate.write(taxonomy: taxonomy, citizens: 300, vacancies: 80, seed: seed, to: folder)
        return folder
    }

    @Test func generatedRecordsPassTheValidator() async throws {
        let folder = try generated(seed: 7)
        defer { try? FileManager.default.removeItem(at: folder) }
        let records = try DataDirectory.records(in: folder)
        #expect(records.citizens.count == 300)
        #expect(records.vacancies.count == 80)
        #expect(records.companies.count == Generate.companyCount(vacancies: 80))
        // matchd's own import validates every record and reference (`matchd seed --from`).
        let summary = try await AppDatabase.inMemory().importRecords(from: folder, validator: RecordValidator(taxonomy: taxonomy))
        #expect(summary.citizens == 300 && summary.openings + summary.slots == 80)
        #expect(try DataDirectory.forEachRecord(Citizen.self, in: folder.appendingPathComponent("citizens.json")) { _ in } == 300)
        var streamed: [Vacancy] = []
        try DataDirectory.forEachRecord(
            Vacancy.self, in: folder.appendingPathComponent("slots.json"),
            userInfo: [.vacancySource: VacancySource.slot]
        ) { streamed.append($0) }
        #expect(streamed == records.slots)
    }

    /// A national set has tens of thousands of companies; the database refuses a CVR twice.
    @Test func companiesHaveDistinctCVRs() {
        var population = RealisticPopulation(taxonomy: taxonomy, seed: 5)
        let cvrs = (0..<30_000).map { population.company($0).cvr }
        #expect(Set(cvrs).count == cvrs.count)
    }

    @Test func theSameSeedWritesTheSameFiles() throws {
        let first = try generated(seed: 11)
        let second = try generated(seed: 11)
        let other = try generated(seed: 12)
        defer { for folder in [first, second, other] { try? FileManager.default.removeItem(at: folder) } }
        for file in ["citizens.json", "companies.json", "openings.json", "slots.json"] {
            let a = try Data(contentsOf: first.appendingPathComponent(file))
            #expect(a == (try Data(contentsOf: second.appendingPathComponent(file))))
            #expect(a != (try Data(contentsOf: other.appendingPathComponent(file))))
        }
    }

    @Test func citizensHaveTheSpreadAsked() throws {
        var population = RealisticPopulation(taxonomy: taxonomy, seed: 3)
        let citizens = (0..<4_000).map { population.citizen($0) }
        let competencies = Double(citizens.map(\.competencies.count).reduce(0, +)) / Double(citizens.count)
        #expect(abs(competencies - 7.5) < 0.3)
        let approved = Double(citizens.count(where: { $0.status == .flexJobApproved })) / Double(citizens.count)
        #expect(abs(approved - 0.6) < 0.03)
        let needs = Double(citizens.map(\.needs.count).reduce(0, +)) / Double(citizens.count)
        #expect(abs(needs - 1.3) < 0.1)
        let current = citizens.map(\.hours.current).sorted()
        #expect(abs(current[current.count / 2] - 10) <= 1)
        #expect(Set(citizens.map(\.municipalityCode)).count >= 90)
    }
}

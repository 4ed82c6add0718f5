import Foundation
import MatchCore
import Profiles
import Testing

/// Record files, validation helpers and the feature encoding.
@Suite struct RecordTests {
    @Test func cvrModulusElevenCheck() {
        #expect(CVR.isValid("12345674"))
        #expect(!CVR.isValid("12345678"))
        #expect(!CVR.isValid("1234567"))
        #expect(!CVR.isValid("1234567a"))
        #expect(!CVR.isValid("02345678"))
    }

    @Test func recordFileErrorsNameTheFileTheRecordAndTheField() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("matchd-records-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let missingField = folder.appendingPathComponent("citizens.json")
        try Data(#"[{"id": "030a871e-7810-4ea1-ab5a-f793e2272f5e", "name": "x"}]"#.utf8).write(to: missingField)
        #expect(throws: RecordFileError.self) { try RecordFile.read([Citizen].self, from: missingField) }
        do {
            _ = try RecordFile.read([Citizen].self, from: missingField)
        } catch {
            #expect(error.description.contains("citizens.json"))
            #expect(error.description.contains("[0]: missing field"))
        }
        let notJSON = folder.appendingPathComponent("openings.json")
        try Data("[{".utf8).write(to: notJSON)
        do {
            _ = try RecordFile.vacancies(.opening, from: notJSON)
            Issue.record("invalid JSON was read")
        } catch {
            #expect(error.description.contains("not valid JSON"))
        }
        let taxonomy = try DataDirectory.taxonomy(in: DataDirectory.locate())
        var citizen = try #require(DataDirectory.demo(in: DataDirectory.locate()).citizens.first)
        citizen.hours = CitizenHours(current: 12, target: 8)
        do {
            try RecordFile.validate([citizen, citizen], file: "x.json", id: \.id, problems: RecordValidator(taxonomy: taxonomy).problems)
            Issue.record("invalid records passed")
        } catch {
            #expect(error.description.contains("x.json"))
            #expect(error.description.contains("record [1] (id \(citizen.id.uuidString.lowercased())): hours.current"))
            #expect(error.description.contains("record [1]: id:"))
        }
    }

    @Test func repeatedCodesAndBlankNamesAreNamedInShortAndLongLists() throws {
        let validator = RecordValidator(taxonomy: try DataDirectory.taxonomy(in: DataDirectory.locate()))
        var citizen = try #require(try DataDirectory.demo(in: DataDirectory.locate()).citizens.first)
        for count in [5, 40] {
            citizen.jobGoals = (0..<count).map { "g\($0 % 3)" }
            let fields = validator.problems(citizen).filter { $0.message.hasSuffix("is listed twice") }.map(\.field)
            #expect(fields == (3..<count).map { "jobGoals[\($0)]" })
        }
        for (name, blank) in [("\u{3000}\n", true), (" ", true), (" a", false), ("Åse", false), ("a", false)] {
            citizen.name = name
            #expect(validator.problems(citizen).contains { $0.field == "name" && $0.message == "must not be empty" } == blank, "\(name)")
        }
    }

    @Test func encodingKeepsEveryCodeAndTheMunicipality() throws {
        let taxonomy = try DataDirectory.taxonomy(in: DataDirectory.locate())
        let citizen = try #require(DataDirectory.demo(in: DataDirectory.locate()).citizens.first { !$0.needs.isEmpty })
        let features = FeatureEncoder(taxonomy: taxonomy).features(citizen)
        #expect(features.id == EntityID(citizen.id))
        #expect(features.id.uuid == citizen.id)
        #expect(features.competencies.map { taxonomy.competencyCode($0.competency) } == citizen.competencies.map(\.code))
        #expect(features.needs.count == citizen.needs.count)
        #expect(features.municipality == citizen.municipalityCode)
        #expect(features.acceptedKinds == KindSet(citizen.acceptedKinds))
    }
}

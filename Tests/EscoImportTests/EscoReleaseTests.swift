import Foundation
import Testing

@testable import EscoImport
@testable import Profiles

@Suite struct EscoReleaseTests {
    @Test func loadsFixtureRelease() throws {
        let release = try EscoRelease.load(directory: EscoFixtures.releaseDirectory)
        #expect(release.languages == ["da", "en"])
        #expect(release.skills.count == 7)
        #expect(release.occupations.count == 4)
        #expect(release.relations.count == 9)
        #expect(release.notReleased == [EscoFixtures.maintainTypewriters])
    }

    @Test func fixtureLabelsAreSplitPerLanguage() throws {
        let release = try EscoRelease.load(directory: EscoFixtures.releaseDirectory)
        let weld = try #require(release.skills[EscoFixtures.weldMetal])
        #expect(weld.skillType == "skill/competence")
        #expect(
            weld.labels["en"]
                == EscoLabels(
                    preferred: "weld metal",
                    alternatives: ["welding", "metal welding", "weld metal", "welding"]))
        #expect(weld.labels["da"] == EscoLabels(preferred: "svejse metal", alternatives: ["svejsning", "metalsvejsning"]))
        #expect(release.skills[EscoFixtures.haskell]?.labels["da"] == nil)
        #expect(release.skills[EscoFixtures.haskell]?.skillType == "knowledge")

        let welder = try #require(release.occupations[EscoFixtures.welder])
        #expect(welder.iscoGroup == "7212")
        #expect(welder.labels["en"] == EscoLabels(preferred: "welder", alternatives: ["welding operative", "weld specialist"]))
        #expect(
            release.relations.first
                == EscoSkillRelation(
                    occupationUri: EscoFixtures.welder,
                    skillUri: EscoFixtures.weldMetal, relationType: .essential))
    }

    @Test func missingEnglishFileIsNamed() throws {
        let directory = try temporaryCopy(removing: "occupations_en.csv")
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(throws: EscoReleaseError.missingFile(directory.path, "occupations_en.csv")) {
            try EscoRelease.load(directory: directory)
        }
    }

    @Test func ignoresFilesOutsideTheLayout() throws {
        let directory = try temporaryCopy(removing: nil)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("not,csv\n\"".utf8).write(to: directory.appendingPathComponent("skillsHierarchy_en.csv"))
        try Data("x".utf8).write(to: directory.appendingPathComponent("skills_en.csv.bak"))
        let release = try EscoRelease.load(directory: directory)
        #expect(release == (try EscoRelease.load(directory: EscoFixtures.releaseDirectory)))
    }

    @Test func badRelationTypeNamesFileAndLine() throws {
        let directory = try temporaryCopy(removing: nil)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("occupationUri,relationType,skillType,skillUri\no,essential,knowledge,s\no,required,knowledge,s\n".utf8)
            .write(to: directory.appendingPathComponent("occupationSkillRelations_en.csv"))
        #expect(
            throws: CSVError(
                file: "occupationSkillRelations_en.csv", line: 3,
                problem: .invalidValue(column: "relationType", value: "required"))
        ) {
            try EscoRelease.load(directory: directory)
        }
    }

    /// A copy of the fixture release in a fresh temporary folder, optionally without one file.
    private func temporaryCopy(removing name: String?) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("esco-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: EscoFixtures.releaseDirectory, to: directory)
        if let name {
            try FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
        return directory
    }
}

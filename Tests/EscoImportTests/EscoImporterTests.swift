import Foundation
import MatchCore
import Testing

@testable import EscoImport
@testable import Profiles

@Suite struct EscoImporterTests {
    typealias F = EscoFixtures

    private func release() throws -> EscoRelease {
        try EscoRelease.load(directory: F.releaseDirectory)
    }

    private func competency(_ code: String, in source: TaxonomySource) throws -> CompetencyEntry {
        try #require(source.competencies.competencies.first { $0.code == code })
    }

    private func occupation(_ code: String, in source: TaxonomySource) throws -> OccupationEntry {
        try #require(source.occupations.occupations.first { $0.code == code })
    }

    @Test func uriMatchTakesEnglishLabelAndSynonymsFromEsco() throws {
        let (merged, report) = try EscoImporter.merge(release: release(), into: F.taxonomy())
        let weld = try competency("manual.weld", in: merged)
        #expect(weld.en == "weld metal")
        #expect(weld.synonymsEn == ["metal welding", "welding"])
        #expect(weld.escoUri == F.weldMetal)
        #expect(report.updatedCompetencies == ["manual.weld", "manual.forklift", "office.haskell"])
    }

    @Test func danishLabelsBecomeSynonymsAndCuratedLabelIsKept() throws {
        let (merged, _) = try EscoImporter.merge(release: release(), into: F.taxonomy())
        let weld = try competency("manual.weld", in: merged)
        #expect(weld.da == "Svejsning")
        #expect(weld.synonymsDa == ["svejser", "metalsvejsning", "svejse metal"])
        let forklift = try competency("manual.forklift", in: merged)
        #expect(forklift.da == "Gaffeltruck")
        #expect(forklift.synonymsDa == ["betjene gaffeltruck", "køre gaffeltruck"])
    }

    @Test func exactLabelMatchLinksUriCaseInsensitively() throws {
        let (merged, report) = try EscoImporter.merge(release: release(), into: F.taxonomy())
        let forklift = try competency("manual.forklift", in: merged)
        #expect(forklift.escoUri == F.operateForklift)
        #expect(forklift.en == "operate forklift")
        #expect(forklift.synonymsEn == ["drive forklift", "forklift driving"])
        #expect(try competency("office.haskell", in: merged).escoUri == F.haskell)
        #expect(report.linkedCompetencies == ["manual.forklift", "office.haskell"])
        #expect(try occupation("software-developer", in: merged).escoUri == F.softwareDeveloper)
        #expect(report.linkedOccupations == ["software-developer"])
    }

    @Test func ambiguousLabelsAreReportedNotLinked() throws {
        let source = F.taxonomy()
        let (merged, report) = try EscoImporter.merge(release: release(), into: source)
        #expect(try competency("service.customer", in: merged) == competency("service.customer", in: source))
        #expect(try competency("manual.weld-metal", in: merged) == competency("manual.weld-metal", in: source))
        #expect(
            report.ambiguousCompetencies == [
                EscoAmbiguity(
                    code: "service.customer", label: "Customer service",
                    candidates: [F.customerServiceKnowledge, F.customerServiceSkill], reason: .severalConcepts),
                EscoAmbiguity(
                    code: "manual.weld-metal", label: "weld metal", candidates: [F.weldMetal],
                    reason: .sharedConcept),
            ])
        #expect(report.ambiguousOccupations.isEmpty)
    }

    @Test func twoEntriesMatchingOneConceptAreBothAmbiguous() throws {
        var source = F.taxonomy()
        source.competencies.competencies.append(
            CompetencyEntry(code: "office.haskell-2", group: "office", da: "Haskell", en: "HASKELL"))
        let (merged, report) = try EscoImporter.merge(release: release(), into: source)
        #expect(try competency("office.haskell", in: merged).escoUri == nil)
        #expect(try competency("office.haskell-2", in: merged).escoUri == nil)
        #expect(
            report.ambiguousCompetencies.filter { $0.reason == .sharedConcept }.map(\.code)
                == ["manual.weld-metal", "office.haskell", "office.haskell-2"])
    }

    @Test func occupationGetsIscoGroupAndLabels() throws {
        let (merged, report) = try EscoImporter.merge(release: release(), into: F.taxonomy())
        let welder = try occupation("welder", in: merged)
        #expect(welder.iscoGroup == "7212")
        #expect(welder.en == "welder")
        #expect(welder.synonymsEn == ["weld specialist", "welding operative"])
        #expect(welder.da == "Svejser")
        #expect(try occupation("software-developer", in: merged).iscoGroup == "2512")
        #expect(report.updatedOccupations == ["welder", "software-developer"])
    }

    @Test func iscoGroupThatIsNotFourDigitsIsIgnored() throws {
        var release = try release()
        release.occupations[F.welder]?.iscoGroup = "721"
        let (merged, _) = try EscoImporter.merge(release: release, into: F.taxonomy())
        #expect(try occupation("welder", in: merged).iscoGroup == "7200")
    }

    @Test func competenciesAreLeftAloneWithoutLinkSkills() throws {
        let (merged, _) = try EscoImporter.merge(release: release(), into: F.taxonomy())
        #expect(try occupation("welder", in: merged).competencies == ["manual.weld", "office.archive"])
        #expect(try occupation("software-developer", in: merged).competencies == [])
    }

    @Test func linkSkillsAppendsEssentialSkillsOnly() throws {
        let (merged, _) = try EscoImporter.merge(
            release: release(), into: F.taxonomy(),
            options: EscoImportOptions(linkSkills: true))
        // Essential: weld metal (held), operate forklift (newly linked), maintain typewriters (not
        // released, so office.typewriters is not added). Optional clean rooms is never added.
        #expect(
            try occupation("welder", in: merged).competencies
                == ["manual.weld", "office.archive", "manual.forklift"])
        #expect(try occupation("software-developer", in: merged).competencies == ["office.haskell"])
        #expect(try occupation("office-assistant", in: merged).competencies == ["office.archive"])
    }

    @Test func linkSkillsOrdersNewCodesByUri() throws {
        let (merged, _) = try EscoImporter.merge(
            release: release(), into: F.taxonomy(),
            options: EscoImportOptions(linkSkills: true, addSkillsToGroup: "office"))
        // The spreadsheet skill's URI sorts before Haskell's, though its competency comes later.
        #expect(
            try occupation("software-developer", in: merged).competencies
                == ["office.esco-3f9b2d7e-4c1a-4e8f-a5b3-6c0d2e4f8a19", "office.haskell"])
    }

    @Test func addSkillsToGroupAddsMissingSkillCompetences() throws {
        let source = F.taxonomy()
        let (merged, report) = try EscoImporter.merge(
            release: release(), into: source,
            options: EscoImportOptions(addSkillsToGroup: "office"))
        #expect(
            report.addedCompetencies == [
                "office.esco-3f9b2d7e-4c1a-4e8f-a5b3-6c0d2e4f8a19",
                "office.esco-a3f7c1e9-5d2b-4a8c-b6e0-1d3f5a7c9e24",
            ])
        let all = merged.competencies.competencies
        #expect(all.count == source.competencies.competencies.count + 2)
        #expect(
            Array(all.suffix(2)) == [
                CompetencyEntry(
                    code: "office.esco-3f9b2d7e-4c1a-4e8f-a5b3-6c0d2e4f8a19", group: "office",
                    da: "use spreadsheets software", en: "use spreadsheets software",
                    synonymsEn: ["use spreadsheets", "work with spreadsheets"], escoUri: F.useSpreadsheets),
                CompetencyEntry(
                    code: "office.esco-a3f7c1e9-5d2b-4a8c-b6e0-1d3f5a7c9e24", group: "office",
                    da: "rengøre lokaler", en: "clean rooms", synonymsDa: ["rengøring af lokaler"],
                    synonymsEn: ["clean premises", "room cleaning"], escoUri: F.cleanRooms),
            ])
        // Knowledge (customer service, Haskell), ambiguity candidates and linked skills are not added.
        #expect(!all.contains { $0.escoUri == F.customerServiceSkill || $0.escoUri == F.customerServiceKnowledge })
        #expect(all.filter { $0.escoUri == F.haskell }.map(\.code) == ["office.haskell"])
    }

    @Test func addSkillsToUnknownGroupIsAnError() throws {
        let release = try release()
        #expect(throws: EscoImportError.unknownGroup("nope")) {
            try EscoImporter.merge(
                release: release, into: F.taxonomy(),
                options: EscoImportOptions(addSkillsToGroup: "nope"))
        }
    }

    @Test func addSkillsRefusesACodeAlreadyInUse() throws {
        var source = F.taxonomy()
        source.competencies.competencies.append(
            CompetencyEntry(
                code: "office.esco-a3f7c1e9-5d2b-4a8c-b6e0-1d3f5a7c9e24", group: "office",
                da: "Rengøring", en: "Cleaning"))
        let release = try release()
        #expect(throws: EscoImportError.duplicateCode("office.esco-a3f7c1e9-5d2b-4a8c-b6e0-1d3f5a7c9e24")) {
            try EscoImporter.merge(release: release, into: source, options: EscoImportOptions(addSkillsToGroup: "office"))
        }
    }

    @Test func nonReleasedAndUnknownUrisAreReportedAndUntouched() throws {
        let source = F.taxonomy()
        let (merged, report) = try EscoImporter.merge(
            release: release(), into: source,
            options: EscoImportOptions(linkSkills: true, addSkillsToGroup: "manual"))
        #expect(report.skippedNotReleased == [F.maintainTypewriters])
        #expect(report.unknownCompetencyUris == [F.maintainTypewriters, F.absentSkill])
        #expect(report.unknownOccupationUris == [F.absentOccupation])
        for code in ["office.typewriters", "office.archive"] {
            #expect(try competency(code, in: merged) == competency(code, in: source))
        }
        #expect(try occupation("office-assistant", in: merged) == occupation("office-assistant", in: source))
        #expect(!report.addedCompetencies.contains { $0.hasSuffix("e2b4d6f8-0a1c-4e3b-9d5f-7a9c1e3b5d82") })
    }

    @Test func mergeLeavesOtherPartsAlone() throws {
        let source = F.taxonomy()
        let (merged, _) = try EscoImporter.merge(
            release: release(), into: source,
            options: EscoImportOptions(linkSkills: true, addSkillsToGroup: "office"))
        #expect(merged.competencies.groups == source.competencies.groups)
        #expect(merged.accommodations == source.accommodations)
        #expect(merged.municipalities == source.municipalities)
    }

    @Test(arguments: [EscoImportOptions(), EscoImportOptions(linkSkills: true, addSkillsToGroup: "office")])
    func mergingTwiceChangesNothingMore(options: EscoImportOptions) throws {
        let release = try release()
        let (once, _) = try EscoImporter.merge(release: release, into: F.taxonomy(), options: options)
        let (twice, report) = try EscoImporter.merge(release: release, into: once, options: options)
        #expect(twice == once)
        #expect(report.updatedCompetencies.isEmpty)
        #expect(report.linkedCompetencies.isEmpty)
        #expect(report.addedCompetencies.isEmpty)
        #expect(report.updatedOccupations.isEmpty)
        #expect(report.linkedOccupations.isEmpty)
        #expect(report.ambiguousCompetencies.count == 2)
    }

    @Test func reportSummarisesCounts() throws {
        let (_, report) = try EscoImporter.merge(release: release(), into: F.taxonomy())
        #expect(
            report.description == """
                competencies: 3 updated, 2 linked, 0 added, 2 ambiguous, 2 unknown URIs
                occupations: 2 updated, 1 linked, 0 ambiguous, 1 unknown URIs
                skipped (not released): 1
                ambiguous: service.customer "Customer service" (2 candidates)
                ambiguous: manual.weld-metal "weld metal" (1 candidates)
                """)
    }
}

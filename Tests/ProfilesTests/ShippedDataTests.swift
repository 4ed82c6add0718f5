import Foundation
import MatchCore
import Profiles
import Testing

/// The taxonomy and demo data shipped in `Data/` compile, meet the sizes promised, and are valid.
@Suite struct ShippedDataTests {
    let folder = DataDirectory.locate()

    @Test func taxonomyCompilesWithThePromisedCoverage() throws {
        let taxonomy = try DataDirectory.taxonomy(in: folder)
        #expect(taxonomy.competencyCount >= 300)
        #expect(taxonomy.occupationIndex.count >= 100)
        #expect(taxonomy.needIndex.count >= 20)
        #expect(taxonomy.municipalities.count == 98)
        let source = taxonomy.source
        #expect(source.competencies.competencies.allSatisfy { !$0.da.isEmpty && !$0.en.isEmpty })
        #expect(
            source.competencies.competencies.allSatisfy { $0.escoUri.map { $0.hasPrefix("http://data.europa.eu/esco/skill/") } ?? true })
        #expect(
            source.occupations.occupations.allSatisfy { $0.escoUri.map { $0.hasPrefix("http://data.europa.eu/esco/occupation/") } ?? true })
        #expect(source.municipalities.allSatisfy { Limits.latitude.contains($0.lat) && Limits.longitude.contains($0.lon) })
        let groups = Set(source.competencies.competencies.map(\.group))
        for expected in ["cleaning", "retail", "warehouse", "kitchen", "care", "office"] {
            #expect(groups.contains { $0.hasPrefix(expected) }, "no \(expected) group")
        }
        // Every need is either satisfiable or in conflict with something, or it could never matter.
        #expect(source.accommodations.needs.allSatisfy { !$0.satisfiedBy.isEmpty || !$0.conflictsWith.isEmpty })
    }

    @Test func demoMunicipalityIsValidAndLargeEnough() throws {
        let taxonomy = try DataDirectory.taxonomy(in: folder)
        let demo = try DataDirectory.demo(in: folder)
        let validator = RecordValidator(taxonomy: taxonomy)
        #expect(demo.citizens.count >= 300)
        #expect(demo.companies.count >= 60)
        #expect(demo.openings.count >= 150)
        #expect(demo.slots.count >= 20)
        for citizen in demo.citizens { #expect(validator.problems(citizen).isEmpty, "\(citizen.id)") }
        for company in demo.companies { #expect(validator.problems(company).isEmpty, "\(company.id)") }
        for opening in demo.openings { #expect(validator.problems(opening).isEmpty, "\(opening.id)") }
        for slot in demo.slots { #expect(validator.problems(slot).isEmpty, "\(slot.id)") }
        let companies = Set(demo.companies.map(\.id))
        #expect((demo.openings.map(\.companyId) + demo.slots.map(\.companyId)).allSatisfy(companies.contains))
        #expect(Set(demo.openings.map(\.kind)).count == EmploymentKind.allCases.count)
    }

    @Test func demoOpeningsHaveMatchesAndExclusionsBothWays() throws {
        let taxonomy = try DataDirectory.taxonomy(in: folder)
        let demo = try DataDirectory.demo(in: folder)
        let encoder = FeatureEncoder(taxonomy: taxonomy)
        var index = MatchIndex(taxonomy: taxonomy)
        demo.citizens.forEach { index.upsert(encoder.features($0)) }
        demo.openings.forEach { index.upsert(encoder.features($0)) }
        let withMatches = demo.openings.filter {
            (index.topCitizens(for: EntityID($0.id), query: MatchQuery(minScore: 70))?.count ?? 0) > 0
        }
        #expect(withMatches.count >= 50)
        var excludedByNeeds = 0
        for opening in demo.openings.prefix(60) {
            for citizen in demo.citizens.prefix(100) {
                if index.evaluate(citizen: EntityID(citizen.id), vacancy: EntityID(opening.id)) == .excluded(.needsCompatible) {
                    excludedByNeeds += 1
                }
            }
        }
        #expect(excludedByNeeds > 0)
    }
}

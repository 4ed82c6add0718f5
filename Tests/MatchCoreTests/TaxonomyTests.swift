import MatchCore
import Testing

/// Compiling the taxonomy: relations become masks, and bad catalogues are refused by name.
@Suite struct TaxonomyTests {
    @Test func relationsBecomeNeedMasks() {
        let taxonomy = Fixture.taxonomy
        let noLifting: UInt64 = 1 << UInt64(Fixture.need("no-heavy-lifting"))
        #expect(taxonomy.satisfiedNeeds(offers: [Fixture.offer("lifting-aids")]) == noLifting)
        #expect(taxonomy.conflictingNeeds(demands: [Fixture.demand("heavy-lifting")]) == noLifting)
        #expect(taxonomy.conflictingNeeds(demands: []) == 0)
        #expect(taxonomy.competencyCount == 5)
        #expect(taxonomy.occupationIsco[Fixture.occupation("cleaner")] == 9112)
    }

    @Test func unknownReferencesAreRefusedByName() {
        var source = Fixture.source
        source.accommodations.needs[0].conflictsWith = ["flying"]
        #expect(throws: TaxonomyError("need no-heavy-lifting names unknown demand flying")) { try Taxonomy(source: source) }
        source = Fixture.source
        source.competencies.competencies[0].group = "nowhere"
        #expect(throws: TaxonomyError("competency cleaning.floor-care names unknown group nowhere")) { try Taxonomy(source: source) }
        source = Fixture.source
        source.occupations.occupations[0].competencies = ["cleaning.nothing"]
        #expect(throws: TaxonomyError("occupation cleaner names unknown competency cleaning.nothing")) { try Taxonomy(source: source) }
    }

    @Test func duplicateCodesAndBadIscoAreRefused() {
        var source = Fixture.source
        source.competencies.competencies.append(source.competencies.competencies[0])
        #expect(throws: TaxonomyError("competency code cleaning.floor-care appears twice")) { try Taxonomy(source: source) }
        source = Fixture.source
        source.occupations.occupations[0].iscoGroup = "91"
        #expect(throws: TaxonomyError.self) { try Taxonomy(source: source) }
    }

    @Test func moreThanSixtyFourNeedsAreRefused() {
        var source = Fixture.source
        source.accommodations.needs = (0..<65).map { NeedEntry(code: "n\($0)", da: "n", en: "n", satisfiedBy: [], conflictsWith: []) }
        #expect(throws: TaxonomyError.self) { try Taxonomy(source: source) }
    }

    @Test func cosineMatchesKnownValues() {
        #expect(abs(Geo.cosine(degrees: 0) - 1) < 1e-12)
        #expect(abs(Geo.cosine(degrees: 60) - 0.5) < 1e-12)
        #expect(abs(Geo.cosine(degrees: 90)) < 1e-12)
        #expect(abs(Geo.cosine(degrees: 180) + 1) < 1e-12)
        #expect(abs(Geo.cosine(degrees: -45) - 0.5.squareRoot()) < 1e-12)
    }
}

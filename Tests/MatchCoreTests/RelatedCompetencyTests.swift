import MatchCore
import Testing

/// Related credit (3 of 8 units) for a requirement not held: a competency of the same group, or
/// one typical of the same occupation as the requirement, is held. The fixture's
/// `warehouse-worker` lists `warehouse.picking` and `office.filing` as typical.
@Suite struct RelatedCompetencyTests {
    let relation = Fixture.taxonomy.relatedCompetencies

    @Test func relationJoinsGroupsAndOccupations() {
        let floor = Fixture.competency("cleaning.floor-care")
        let windows = Fixture.competency("cleaning.windows")
        let picking = Fixture.competency("warehouse.picking")
        let filing = Fixture.competency("office.filing")
        #expect(relation.contains(floor, windows) && relation.contains(windows, floor))
        #expect(relation.contains(picking, filing) && relation.contains(filing, picking))
        #expect(!relation.contains(floor, filing) && !relation.contains(windows, picking))
        #expect(relation.wordsPerRow == 1)
    }

    @Test func competencyOfOneOccupationEarnsRelatedCreditInEveryPath() throws {
        let vacancy = Fixture.vacancy(occupation: "warehouse-worker", requirements: [("warehouse.picking", 2, true)])
        let citizen = Fixture.citizen(competencies: [("office.filing", 1)])
        let explanation = try #require(Fixture.explanation(Fixture.scorer.evaluate(citizen: citizen, vacancy: vacancy)))
        #expect(Fixture.value(explanation, .competencies) == 0.375)
        #expect(explanation.gaps.missingEssentialCompetencies == ["warehouse.picking"])
        var index = MatchIndex(taxonomy: Fixture.taxonomy)
        index.upsert(citizen)
        index.upsert(vacancy)
        #expect(index.topCitizens(for: vacancy.id, query: MatchQuery()) == [explanation])
        #expect(index.topVacancies(for: citizen.id, query: MatchQuery()) == [explanation])
    }

    @Test func neitherGroupNorOccupationEarnsNothing() throws {
        let vacancy = Fixture.vacancy(occupation: "warehouse-worker", requirements: [("warehouse.picking", 1, true)])
        let citizen = Fixture.citizen(competencies: [("cleaning.windows", 3)])
        let explanation = try #require(Fixture.explanation(Fixture.scorer.evaluate(citizen: citizen, vacancy: vacancy)))
        #expect(Fixture.value(explanation, .competencies) == 0)
        var index = MatchIndex(taxonomy: Fixture.taxonomy)
        index.upsert(citizen)
        index.upsert(vacancy)
        #expect(index.topCitizens(for: vacancy.id, query: MatchQuery())?.first?.score == explanation.score)
        #expect(index.topVacancies(for: citizen.id, query: MatchQuery())?.first?.score == explanation.score)
    }
}

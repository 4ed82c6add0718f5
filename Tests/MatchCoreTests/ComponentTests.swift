import MatchCore
import Testing

/// Each weighted component, with literal inputs and the values the rules in design.md give.
@Suite struct ComponentTests {
    let scorer = Fixture.scorer

    func explain(_ citizen: CitizenFeatures, _ vacancy: VacancyFeatures) throws -> MatchExplanation {
        try #require(Fixture.explanation(scorer.evaluate(citizen: citizen, vacancy: vacancy)))
    }

    @Test func perfectPairScoresOneHundred() throws {
        let explanation = try explain(Fixture.citizen(), Fixture.vacancy())
        #expect(explanation.score == 100)
        #expect(explanation.components.map(\.value) == [1, 1, 1, 1, 1])
        #expect(explanation.gaps.missingEssentialCompetencies.isEmpty)
        #expect(explanation.toConfirm.isEmpty)
        #expect(!explanation.growInto)
    }

    @Test func contributionsSumToTheScore() throws {
        let citizen = Fixture.citizen(
            current: 5, target: 12, competencies: [("cleaning.windows", 1), ("warehouse.picking", 1)],
            goals: ["hotel-cleaner"], needs: [("quiet-surroundings", required: true), ("day-shift-only", required: false)],
            location: GeoPoint(lat: 55.9, lon: 9.9))
        let vacancy = Fixture.vacancy(
            min: 8, max: 12, requirements: [("cleaning.floor-care", 2, true), ("warehouse.picking", 3, false)],
            offers: ["day-shifts"])
        let explanation = try explain(citizen, vacancy)
        let sum = explanation.components.map(\.contribution).reduce(0, +)
        #expect(abs(sum - explanation.score) <= 0.01)
        for component in explanation.components {
            #expect(abs(component.contribution - 100 * component.weight * component.value) <= 0.005)
        }
    }

    @Test func essentialCompetencyCoverageAndLevels() throws {
        let vacancy = Fixture.vacancy(requirements: [("cleaning.floor-care", 3, true)])
        #expect(Fixture.value(try explain(Fixture.citizen(competencies: [("cleaning.floor-care", 3)]), vacancy), .competencies) == 1)
        #expect(Fixture.value(try explain(Fixture.citizen(competencies: [("cleaning.floor-care", 2)]), vacancy), .competencies) == 0.75)
        #expect(Fixture.value(try explain(Fixture.citizen(competencies: [("cleaning.floor-care", 1)]), vacancy), .competencies) == 0.5)
        let below = try explain(Fixture.citizen(competencies: [("cleaning.floor-care", 1)]), vacancy)
        #expect(below.gaps.competenciesBelowLevel == ["cleaning.floor-care"])
    }

    @Test func relatedCompetencyEarnsPartialCreditAndIsStillAGap() throws {
        let vacancy = Fixture.vacancy(requirements: [("cleaning.floor-care", 1, true)])
        let related = try explain(Fixture.citizen(competencies: [("cleaning.windows", 1)]), vacancy)
        #expect(Fixture.value(related, .competencies) == 0.375)
        #expect(related.gaps.missingEssentialCompetencies == ["cleaning.floor-care"])
        let unrelated = try explain(Fixture.citizen(competencies: [("office.filing", 3)]), vacancy)
        #expect(Fixture.value(unrelated, .competencies) == 0)
    }

    @Test func essentialsWeighThreeQuartersAgainstOptionals() throws {
        let vacancy = Fixture.vacancy(requirements: [("cleaning.floor-care", 1, true), ("office.filing", 1, false)])
        #expect(Fixture.value(try explain(Fixture.citizen(competencies: [("cleaning.floor-care", 1)]), vacancy), .competencies) == 0.75)
        #expect(Fixture.value(try explain(Fixture.citizen(competencies: [("office.filing", 1)]), vacancy), .competencies) == 0.25)
    }

    @Test func noRequirementsFitFully() throws {
        #expect(Fixture.value(try explain(Fixture.citizen(competencies: []), Fixture.vacancy(requirements: [])), .competencies) == 1)
    }

    @Test func jobGoalExactGroupAndNone() throws {
        let vacancy = Fixture.vacancy(occupation: "cleaner")
        #expect(Fixture.value(try explain(Fixture.citizen(goals: ["cleaner"]), vacancy), .jobGoals) == 1)
        #expect(Fixture.value(try explain(Fixture.citizen(goals: ["hotel-cleaner"]), vacancy), .jobGoals) == 0.6)
        #expect(Fixture.value(try explain(Fixture.citizen(goals: ["window-cleaner"]), vacancy), .jobGoals) == 0.3)
        #expect(Fixture.value(try explain(Fixture.citizen(goals: ["office-clerk"]), vacancy), .jobGoals) == 0)
        #expect(Fixture.value(try explain(Fixture.citizen(goals: ["office-clerk", "cleaner"]), vacancy), .jobGoals) == 1)
        #expect(Fixture.value(try explain(Fixture.citizen(goals: []), vacancy), .jobGoals) == 0.5)
        #expect(Fixture.value(try explain(Fixture.citizen(), Fixture.vacancy(occupation: nil)), .jobGoals) == 0.5)
    }

    @Test func hoursWithinAboveAndGrowInto() throws {
        let vacancy = Fixture.vacancy(min: 8, max: 15)
        #expect(Fixture.value(try explain(Fixture.citizen(current: 8, target: 8), vacancy), .hours) == 1)
        #expect(Fixture.value(try explain(Fixture.citizen(current: 20, target: 30), vacancy), .hours) == 0.8)
        let grow = try explain(Fixture.citizen(current: 4, target: 12), vacancy)
        #expect(grow.growInto)
        #expect(Fixture.value(grow, .hours) == 0.5)
        #expect(grow.gaps.hoursShort == 4)
        let full = try explain(Fixture.citizen(current: 10, target: 12), vacancy)
        #expect(full.score > grow.score)
        #expect(full.gaps.hoursShort == nil)
    }

    @Test func requiredNeedNeitherMetNorInConflictIsToConfirm() throws {
        let citizen = Fixture.citizen(needs: [("quiet-surroundings", required: true)])
        let unknown = try explain(citizen, Fixture.vacancy())
        #expect(unknown.toConfirm == ["quiet-surroundings"])
        #expect(Fixture.value(unknown, .accommodations) == 0.5)
        let met = try explain(citizen, Fixture.vacancy(offers: ["quiet-room"]))
        #expect(met.toConfirm.isEmpty)
        #expect(Fixture.value(met, .accommodations) == 1)
        #expect(met.score > unknown.score)
    }

    @Test func preferredNeedsWeighHalfOfRequiredOnes() throws {
        let citizen = Fixture.citizen(needs: [("quiet-surroundings", required: true), ("day-shift-only", required: false)])
        // required met (4 of 4), preferred neither (1 of 2): 5 of 6
        let explanation = try explain(citizen, Fixture.vacancy(offers: ["quiet-room"]))
        #expect(Fixture.value(explanation, .accommodations) == 5.0 / 6.0)
    }

    @Test func distanceDecaysToHalfAtTheHalfDistance() throws {
        let near = try explain(Fixture.citizen(), Fixture.vacancy())
        #expect(Fixture.value(near, .distance) == 1)
        #expect(near.distanceKm == 0)
        // 0.09° of latitude ≈ 10.0 km
        let far = try explain(Fixture.citizen(maxCommuteKm: 30), Fixture.vacancy(location: GeoPoint(lat: 55.86 + 0.0899322, lon: 9.85)))
        #expect(abs((far.distanceKm ?? 0) - 10) < 0.01)
        #expect(abs((Fixture.value(far, .distance) ?? 0) - 0.5) < 0.001)
    }

    @Test func scoringProfileRejectsWeightsNotSummingToOne() {
        #expect(throws: ScoringProfileError.self) {
            try ScoringProfile(competencies: 0.5, jobGoals: 0.5, hours: 0.5, accommodations: 0, distance: 0)
        }
        #expect(throws: ScoringProfileError.self) {
            try ScoringProfile(competencies: 1.2, jobGoals: -0.2, hours: 0, accommodations: 0, distance: 0)
        }
    }

    @Test func customWeightsChangeTheScore() throws {
        let skillsOnly = try ScoringProfile(competencies: 1, jobGoals: 0, hours: 0, accommodations: 0, distance: 0)
        let scorer = Scorer(taxonomy: Fixture.taxonomy, profile: skillsOnly)
        let outcome = scorer.evaluate(
            citizen: Fixture.citizen(competencies: [("cleaning.floor-care", 1)], goals: ["office-clerk"]),
            vacancy: Fixture.vacancy(requirements: [("cleaning.floor-care", 3, true)]))
        #expect(Fixture.explanation(outcome)?.score == 50)
    }
}

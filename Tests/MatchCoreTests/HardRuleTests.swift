import MatchCore
import Testing

/// Each hard rule excludes a pair that otherwise matches.
@Suite struct HardRuleTests {
    let scorer = Fixture.scorer

    @Test func baselinePairMatchesAndPassesEveryApplicableRule() throws {
        let outcome = scorer.evaluate(citizen: Fixture.citizen(), vacancy: Fixture.vacancy())
        let explanation = try #require(Fixture.explanation(outcome))
        #expect(
            explanation.passed == [
                .vacancyOpen, .kindAccepted, .flexJobEligible, .hoursReachable,
                .withinCommute, .needsCompatible,
            ])
    }

    @Test func closedOpeningIsExcluded() {
        #expect(scorer.evaluate(citizen: Fixture.citizen(), vacancy: Fixture.vacancy(isOpen: false)) == .excluded(.vacancyOpen))
    }

    @Test func fullSlotIsExcludedAndFreePlacePasses() throws {
        let full = Fixture.vacancy(source: .slot, kind: .workTrial, capacity: 3, occupied: 3)
        #expect(scorer.evaluate(citizen: Fixture.citizen(), vacancy: full) == .excluded(.placeAvailable))
        let free = Fixture.vacancy(source: .slot, kind: .workTrial, capacity: 3, occupied: 2)
        let explanation = try #require(Fixture.explanation(scorer.evaluate(citizen: Fixture.citizen(), vacancy: free)))
        #expect(explanation.passed.contains(.placeAvailable))
        #expect(!explanation.passed.contains(.flexJobEligible))
    }

    @Test func kindNotAcceptedIsExcluded() {
        let citizen = Fixture.citizen(kinds: [.workTrial])
        #expect(scorer.evaluate(citizen: citizen, vacancy: Fixture.vacancy(kind: .flexJob)) == .excluded(.kindAccepted))
    }

    @Test func flexJobNeedsFlexJobApproval() {
        let citizen = Fixture.citizen(status: .activityReady)
        #expect(scorer.evaluate(citizen: citizen, vacancy: Fixture.vacancy(kind: .flexJob)) == .excluded(.flexJobEligible))
        #expect(Fixture.explanation(scorer.evaluate(citizen: citizen, vacancy: Fixture.vacancy(kind: .workTrial))) != nil)
    }

    @Test func targetHoursBelowMinimumIsExcluded() {
        let citizen = Fixture.citizen(current: 4, target: 7.5)
        #expect(scorer.evaluate(citizen: citizen, vacancy: Fixture.vacancy(min: 8)) == .excluded(.hoursReachable))
    }

    @Test func beyondMaxCommuteIsExcludedUnlessRemote() throws {
        let aarhus = GeoPoint(lat: 56.16, lon: 10.20)
        let citizen = Fixture.citizen(maxCommuteKm: 20)
        #expect(scorer.evaluate(citizen: citizen, vacancy: Fixture.vacancy(location: aarhus)) == .excluded(.withinCommute))
        let remote = try #require(
            Fixture.explanation(
                scorer.evaluate(citizen: citizen, vacancy: Fixture.vacancy(location: aarhus, remote: true))))
        #expect(remote.distanceKm == nil)
        #expect(Fixture.value(remote, .distance) == 1)
    }

    @Test func requiredNeedAgainstConflictingDemandIsExcludedWhateverTheSkills() {
        let citizen = Fixture.citizen(competencies: [("cleaning.floor-care", 3)], needs: [("no-heavy-lifting", required: true)])
        let vacancy = Fixture.vacancy(demands: ["heavy-lifting"])
        #expect(scorer.evaluate(citizen: citizen, vacancy: vacancy) == .excluded(.needsCompatible))
    }

    @Test func preferredNeedAgainstConflictingDemandOnlyLowersTheScore() throws {
        let plain = try #require(
            Fixture.explanation(scorer.evaluate(citizen: Fixture.citizen(), vacancy: Fixture.vacancy(demands: ["heavy-lifting"]))))
        let preferring = Fixture.citizen(needs: [("no-heavy-lifting", required: false)])
        let lowered = try #require(
            Fixture.explanation(scorer.evaluate(citizen: preferring, vacancy: Fixture.vacancy(demands: ["heavy-lifting"]))))
        #expect(lowered.score < plain.score)
        #expect(Fixture.value(lowered, .accommodations) == 0)
    }
}

import MatchCore
import Testing

/// `normalized()` gives one list form whatever the input order and repeats, and keeps lists
/// already in that form.
@Suite struct NormalizationTests {
    private func citizen(competencies: [(Int, Int)], goals: [Int], needs: [(Int, Bool, Bool)]) -> CitizenFeatures {
        CitizenFeatures(
            id: EntityID(high: 0, low: 1), status: .flexJobApproved, hours: CitizenHours(current: 10, target: 20),
            competencies: competencies.map { HeldCompetency(competency: $0.0, level: $0.1) }, jobGoals: goals,
            needs: needs.map { AccommodationNeed(need: $0.0, required: $0.1, shared: $0.2) },
            acceptedKinds: KindSet([.flexJob]), location: GeoPoint(lat: 55.68, lon: 12.57), maxCommuteKm: 20,
            visibleToCompanies: true, municipality: nil)
    }

    @Test func mergesUnsortedAndRepeatedEntries() {
        let normalized = citizen(
            competencies: [(7, 1), (3, 2), (7, 3), (5, 1), (3, 1)], goals: [4, 2, 4, 9, 2],
            needs: [(6, false, true), (1, false, true), (6, true, false)]
        ).normalized()
        #expect(
            normalized.competencies == [
                HeldCompetency(competency: 3, level: 2), HeldCompetency(competency: 5, level: 1),
                HeldCompetency(competency: 7, level: 3),
            ])
        #expect(normalized.jobGoals == [4, 2, 9])
        #expect(
            normalized.needs == [
                AccommodationNeed(need: 1, required: false, shared: true),
                AccommodationNeed(need: 6, required: true, shared: false),
            ])
    }

    @Test func keepsNormalizedListsAndIsIdempotent() {
        let normal = citizen(competencies: [(1, 3), (2, 1), (40, 2)], goals: [8, 3], needs: [(0, true, true), (5, false, false)])
        #expect(normal.normalized() == normal)
        let messy = citizen(competencies: [(9, 1), (9, 2), (1, 1)], goals: [3, 3], needs: [(2, false, false), (2, false, true)])
        #expect(messy.normalized().normalized() == messy.normalized())
    }
}

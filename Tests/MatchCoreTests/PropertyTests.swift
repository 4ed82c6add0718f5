import MatchCore
import PropertyBased
import Testing

/// Invariants over random citizens and vacancies. Each case is drawn from a seed the property
/// library generates (and reports on failure), through a SplitMix64 stream.
@Suite struct PropertyTests {
    let scorer = Fixture.scorer

    @Test func scoreIsWithinZeroToOneHundredAndExplained() async {
        await propertyCheck(count: 400, input: Gen.uint64()) { seed in
            var random = SplitMix(seed: seed)
            let citizen = random.citizen(1)
            let vacancy = random.vacancy(2)
            if case .match(let explanation) = scorer.evaluate(citizen: citizen, vacancy: vacancy) {
                #expect(explanation.score >= 0 && explanation.score <= 100)
                #expect(abs(explanation.components.map(\.contribution).reduce(0, +) - explanation.score) <= 0.01)
                #expect(explanation.components.allSatisfy { $0.value >= 0 && $0.value <= 1 })
            }
        }
    }

    @Test func requiringACompetencyTheCitizenHasNeverLowersTheScore() async {
        await propertyCheck(count: 400, input: Gen.uint64()) { seed in
            var random = SplitMix(seed: seed)
            let citizen = random.citizen(1).normalized()
            var vacancy = random.vacancy(2)
            guard let held = citizen.competencies.randomElement(using: &random),
                !vacancy.requirements.contains(where: { $0.competency == held.competency })
            else { return }
            let before = score(citizen, vacancy)
            vacancy.requirements.append(
                CompetencyRequirement(
                    competency: held.competency, level: random.int(1...held.level), essential: true))
            #expect(score(citizen, vacancy) >= before)
        }
    }

    @Test func addingADemandNeverRaisesTheScore() async {
        await propertyCheck(count: 400, input: Gen.uint64()) { seed in
            var random = SplitMix(seed: seed)
            let citizen = random.citizen(1)
            var vacancy = random.vacancy(2)
            let before = score(citizen, vacancy)
            vacancy.demands.append(random.int(0...Fixture.taxonomy.demandIndex.count - 1))
            #expect(score(citizen, vacancy) <= before)
        }
    }

    @Test func indexTopKEqualsBruteForceBothWays() async {
        await propertyCheck(count: 25, input: Gen.uint64()) { seed in
            var random = SplitMix(seed: seed)
            let citizens = (0..<60).map { random.citizen(UInt64($0 % 40)) }
            let vacancies = (0..<20).map { random.vacancy(1000 + UInt64($0 % 15)) }
            var index = MatchIndex(taxonomy: Fixture.taxonomy)
            citizens.forEach { index.upsert($0) }
            vacancies.forEach { index.upsert($0) }
            // later upserts of the same id replace earlier ones
            let liveCitizens = Dictionary(citizens.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
            let liveVacancies = Dictionary(vacancies.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
            for vacancy in liveVacancies.values {
                let brute = liveCitizens.values.compactMap { Fixture.explanation(scorer.evaluate(citizen: $0, vacancy: vacancy)) }
                    .sorted(by: ranksBefore).prefix(10)
                #expect(index.topCitizens(for: vacancy.id, query: MatchQuery(limit: 10)) == Array(brute))
            }
            for citizen in liveCitizens.values {
                let brute = liveVacancies.values.compactMap { Fixture.explanation(scorer.evaluate(citizen: citizen, vacancy: $0)) }
                    .sorted { $0.score != $1.score ? $0.score > $1.score : $0.vacancyId < $1.vacancyId }.prefix(10)
                #expect(index.topVacancies(for: citizen.id, query: MatchQuery(limit: 10)) == Array(brute))
            }
        }
    }

    private func ranksBefore(_ a: MatchExplanation, _ b: MatchExplanation) -> Bool {
        a.score != b.score ? a.score > b.score : a.citizenId < b.citizenId
    }

    private func score(_ citizen: CitizenFeatures, _ vacancy: VacancyFeatures) -> Double {
        Fixture.explanation(scorer.evaluate(citizen: citizen, vacancy: vacancy))?.score ?? 0
    }
}

/// A small deterministic generator of random features over the fixture taxonomy.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
    mutating func double(_ range: ClosedRange<Double>) -> Double { (Double.random(in: range, using: &self) * 2).rounded() / 2 }
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }

    mutating func point() -> GeoPoint {
        GeoPoint(lat: Double.random(in: 55.7...56.0, using: &self), lon: Double.random(in: 9.6...10.1, using: &self))
    }

    mutating func citizen(_ n: UInt64) -> CitizenFeatures {
        let taxonomy = Fixture.taxonomy
        let current = double(0.5...20)
        return CitizenFeatures(
            id: Fixture.id(n), status: CitizenStatus.allCases.randomElement(using: &self)!,
            hours: CitizenHours(current: current, target: current + double(0...15)),
            competencies: (0..<int(0...4)).map { _ in
                HeldCompetency(competency: int(0...taxonomy.competencyCount - 1), level: int(1...3))
            },
            jobGoals: (0..<int(0...2)).map { _ in int(0...taxonomy.occupationIsco.count - 1) },
            needs: (0..<int(0...2)).map { _ in
                AccommodationNeed(need: int(0...taxonomy.needIndex.count - 1), required: chance(0.5), shared: chance(0.5))
            },
            acceptedKinds: KindSet(EmploymentKind.allCases.filter { _ in chance(0.6) }),
            location: point(), maxCommuteKm: double(5...40), visibleToCompanies: chance(0.8))
    }

    mutating func vacancy(_ n: UInt64) -> VacancyFeatures {
        let taxonomy = Fixture.taxonomy
        let isSlot = chance(0.3)
        let capacity = int(1...4)
        let min = double(1...15)
        return VacancyFeatures(
            id: Fixture.id(n), companyId: Fixture.id(9999), source: isSlot ? .slot : .opening,
            kind: EmploymentKind.allCases.randomElement(using: &self)!, isOpen: chance(0.9),
            capacity: isSlot ? capacity : nil, occupied: isSlot ? int(0...capacity) : 0,
            hours: HoursBand(min: min, max: min + double(0...15)),
            occupation: chance(0.8) ? int(0...taxonomy.occupationIsco.count - 1) : nil,
            requirements: (0..<int(0...4)).map { _ in
                CompetencyRequirement(competency: int(0...taxonomy.competencyCount - 1), level: int(1...3), essential: chance(0.6))
            },
            offers: (0..<int(0...2)).map { _ in int(0...taxonomy.offerIndex.count - 1) },
            demands: (0..<int(0...2)).map { _ in int(0...taxonomy.demandIndex.count - 1) },
            location: point(), remote: chance(0.1))
    }
}

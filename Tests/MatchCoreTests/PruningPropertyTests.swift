import MatchCore
import PropertyBased
import Testing

/// The index's pruning (blocks by place and home group, block bounds, best-bound-first scans
/// on two cores) never changes a ranking: populations clustered in towns far apart, remote
/// work, many exact ties, citizens moving between blocks and leaving, and every query filter,
/// compared with brute force in both directions.
@Suite struct PruningPropertyTests {
    let brute = BruteForce(scorer: Fixture.scorer)
    /// Horsens, Aarhus, København and Aalborg: blocks near and far from each other.
    static let towns = [(55.86, 9.85, 615), (56.16, 10.20, 751), (55.68, 12.57, 101), (57.05, 9.92, 851)]

    @Test func indexEqualsBruteForceOverClusteredPopulations() async {
        await propertyCheck(count: 30, input: Gen.uint64()) { seed in
            var random = SplitMix(seed: seed)
            // Few templates, so many citizens tie exactly and ties break by id.
            let templates = (0..<6).map { random.citizen(UInt64($0)) }
            var citizens: [EntityID: CitizenFeatures] = [:]
            var index = MatchIndex(taxonomy: Fixture.taxonomy)
            for n in 0..<300 {
                let citizen = placed(templates[random.int(0...5)], id: UInt64(n), &random)
                index.upsert(citizen)
                citizens[citizen.id] = citizen
            }
            // Some move town (and block), some leave.
            for n in stride(from: 0, to: 300, by: 7) {
                let moved = placed(citizens[Fixture.id(UInt64(n))]!, id: UInt64(n), &random)
                index.upsert(moved)
                citizens[moved.id] = moved
            }
            for n in stride(from: 3, to: 300, by: 11) {
                index.removeCitizen(Fixture.id(UInt64(n)))
                citizens[Fixture.id(UInt64(n))] = nil
            }
            var vacancies: [EntityID: VacancyFeatures] = [:]
            for n in 0..<24 {
                var vacancy = random.vacancy(UInt64(1000 + n))
                let town = PruningPropertyTests.towns[random.int(0...3)]
                vacancy.location = GeoPoint(lat: town.0 + random.double(-0.3...0.3) / 10, lon: town.1)
                vacancy.remote = random.chance(0.25)
                index.upsert(vacancy)
                vacancies[vacancy.id] = vacancy
            }
            for _ in 0..<12 {
                let query = randomQuery(&random)
                let vacancy = vacancies.values.randomElement(using: &random)!
                #expect(index.topCitizens(for: vacancy.id, query: query) == brute.citizens(citizens.values, for: vacancy, query: query))
                let citizen = citizens.values.randomElement(using: &random)!
                #expect(index.topVacancies(for: citizen.id, query: query) == brute.vacancies(vacancies.values, for: citizen, query: query))
            }
        }
    }

    /// A bulk upsert ends as upserting each citizen in order would: citizens already held (some
    /// moving block) and ids repeated within the batch (the last wins) included; rankings stay
    /// exact as rows are rewritten and reused with other goals.
    @Test func bulkUpsertEqualsUpsertingOneByOne() async {
        await propertyCheck(count: 30, input: Gen.uint64()) { seed in
            var random = SplitMix(seed: seed)
            let templates = (0..<6).map { random.citizen(UInt64($0)) }
            var citizens: [EntityID: CitizenFeatures] = [:]
            var index = MatchIndex(taxonomy: Fixture.taxonomy)
            for n in 0..<100 {
                let citizen = placed(templates[random.int(0...5)], id: UInt64(n), &random)
                index.upsert(citizen)
                citizens[citizen.id] = citizen.normalized()
            }
            var batch: [CitizenFeatures] = []
            for _ in 0..<300 {
                let citizen = placed(templates[random.int(0...5)], id: UInt64(random.int(0...250)), &random)
                batch.append(citizen)
                citizens[citizen.id] = citizen.normalized()
            }
            index.upsert(contentsOf: batch)
            // Rows left by removed citizens are reused by others, with other goals.
            for n in stride(from: 0, to: 250, by: 5) {
                index.removeCitizen(Fixture.id(UInt64(n)))
                citizens[Fixture.id(UInt64(n))] = nil
            }
            for n in 300..<340 {
                let citizen = placed(templates[random.int(0...5)], id: UInt64(n), &random)
                index.upsert(citizen)
                citizens[citizen.id] = citizen.normalized()
            }
            #expect(index.citizenCount == citizens.count)
            #expect(citizens.values.allSatisfy { index.citizen($0.id) == $0 })
            for n in 0..<12 {
                var vacancy = random.vacancy(UInt64(1000 + n))
                let town = PruningPropertyTests.towns[random.int(0...3)]
                vacancy.location = GeoPoint(lat: town.0, lon: town.1)
                vacancy.remote = random.chance(0.25)
                index.upsert(vacancy)
                let query = randomQuery(&random)
                #expect(index.topCitizens(for: vacancy.id, query: query) == brute.citizens(citizens.values, for: vacancy, query: query))
            }
        }
    }

    /// `template` with id `id` in one of the towns, with jitter of about ±10 km.
    private func placed(_ template: CitizenFeatures, id: UInt64, _ random: inout SplitMix) -> CitizenFeatures {
        var citizen = template
        citizen.id = Fixture.id(id)
        let town = PruningPropertyTests.towns[random.int(0...3)]
        citizen.location = GeoPoint(lat: town.0 + Double(random.int(-9...9)) / 100, lon: town.1 + Double(random.int(-9...9)) / 60)
        citizen.municipality = MunicipalityCode(rawValue: UInt16(town.2))
        citizen.maxCommuteKm = Double(random.int(1...12) * 5)
        return citizen
    }

    private func randomQuery(_ random: inout SplitMix) -> MatchQuery {
        MatchQuery(
            limit: random.int(1...15), minScore: random.chance(0.3) ? Double(random.int(0...80)) : 0,
            maxKm: random.chance(0.3) ? Double(random.int(1...40)) : nil,
            kinds: random.chance(0.2) ? KindSet(EmploymentKind.allCases.filter { _ in random.chance(0.6) }) : nil,
            source: random.chance(0.15) ? (random.chance(0.5) ? .opening : .slot) : nil,
            onlyVisibleCitizens: random.chance(0.3),
            municipality: random.chance(0.2) ? MunicipalityCode(rawValue: UInt16(PruningPropertyTests.towns[random.int(0...3)].2)) : nil)
    }
}

import PropertyBased
import Testing

@testable import MatchCore

/// The bound a ranking of citizens computes for each block from its summary (unrounded, see
/// `CitizenScan.bound`) is never below the true score of a member the query admits, and the
/// block's bound for members without a fitting goal is never below such a member's score; a
/// block without a bound, or passed over by its cell's reach or its rule class, has no admitted
/// member. Checked against brute force for every block of clustered populations, with members
/// moving and leaving (summaries only widen).
@Suite struct BlockBoundTests {
    let brute = BruteForce(scorer: Fixture.scorer)

    @Test func blockBoundsAreNeverBelowAMembersScore() async {
        await propertyCheck(count: 10, input: Gen.uint64()) { seed in
            var random = SplitMix(seed: seed)
            var index = MatchIndex(taxonomy: Fixture.taxonomy)
            var citizens: [EntityID: CitizenFeatures] = [:]
            for n in 0..<200 {
                let citizen = placed(random.citizen(UInt64(n)), &random)
                index.upsert(citizen)
                citizens[citizen.id] = citizen
            }
            for n in stride(from: 0, to: 200, by: 9) {
                let moved = placed(citizens[Fixture.id(UInt64(n))]!, &random)
                index.upsert(moved)
                citizens[moved.id] = moved
            }
            for n in stride(from: 4, to: 200, by: 13) {
                index.removeCitizen(Fixture.id(UInt64(n)))
                citizens[Fixture.id(UInt64(n))] = nil
            }
            for n in 0..<8 {
                var vacancy = random.vacancy(UInt64(1000 + n))
                let town = PruningPropertyTests.towns[random.int(0...3)]
                vacancy.location = GeoPoint(lat: town.0, lon: town.1)
                index.upsert(vacancy)
                let query = MatchQuery(
                    limit: 1, minScore: random.chance(0.3) ? Double(random.int(0...80)) : 0,
                    maxKm: random.chance(0.3) ? Double(random.int(1...40)) : nil,
                    onlyVisibleCitizens: random.chance(0.3))
                checkBounds(index, vacancy: vacancy, query: query, citizens: citizens)
                checkRuleClasses(index, vacancy: vacancy, query: query, citizens: citizens)
            }
        }
    }

    private func checkBounds(
        _ index: MatchIndex, vacancy: VacancyFeatures, query: MatchQuery,
        citizens: [EntityID: CitizenFeatures]
    ) {
        let blocks = index.citizens
        let layout = blocks.layout
        guard let location = index.vacancies.locate(vacancy.id) else {
            Issue.record("vacancy not held")
            return
        }
        let scan = CitizenScan(
            taxonomy: index.taxonomy, profile: index.scorer.profile, layout: layout,
            vacancies: index.vacancies.tables[location.block], row: location.row, query: query)
        blocks.bits.withUnsafeBufferPointer { bits in
            for block in blocks.tables.indices {
                let words = UnsafeBufferPointer(rebasing: bits[block * layout.words..<(block + 1) * layout.words])
                let bound = scan.bound(blocks.summaries[block], bits: words)
                for id in blocks.tables[block].rowOf.keys {
                    guard let match = brute.citizens([citizens[id]!], for: vacancy, query: query).first else { continue }
                    guard let bound else {
                        Issue.record("block \(block) has no bound but admits \(id) at \(match.score)")
                        continue
                    }
                    #expect(match.score <= bound.any)
                    if vacancy.occupation != nil, Fixture.value(match, .jobGoals) == 0 {
                        #expect(match.score <= bound.withoutFit)
                    }
                }
            }
        }
    }

    /// A block that the ranking passes over by its cell's reach or its rule class alone
    /// (`CitizenScan.reach`, `admits`) has no member the query admits.
    private func checkRuleClasses(
        _ index: MatchIndex, vacancy: VacancyFeatures, query: MatchQuery,
        citizens: [EntityID: CitizenFeatures]
    ) {
        let blocks = index.citizens
        guard let location = index.vacancies.locate(vacancy.id) else {
            Issue.record("vacancy not held")
            return
        }
        let scan = CitizenScan(
            taxonomy: index.taxonomy, profile: index.scorer.profile, layout: blocks.layout,
            vacancies: index.vacancies.tables[location.block], row: location.row, query: query)
        for cell in blocks.cells {
            let cellKm = scan.reach(cell)
            for (block, ruleClass) in zip(cell.blocks.map(Int.init), cell.ruleClasses) {
                if let cellKm, scan.admits(ruleClass: ruleClass, cellKm: cellKm) { continue }
                for id in blocks.tables[Int(block)].rowOf.keys {
                    if let match = brute.citizens([citizens[id]!], for: vacancy, query: query).first {
                        Issue.record("block \(block) (class \(ruleClass)) passed over but admits \(id) at \(match.score)")
                    }
                }
            }
        }
    }

    /// `citizen` in one of the towns, with jitter of about ±10 km and a commute of 5–60 km.
    private func placed(_ citizen: CitizenFeatures, _ random: inout SplitMix) -> CitizenFeatures {
        var citizen = citizen
        let town = PruningPropertyTests.towns[random.int(0...3)]
        citizen.location = GeoPoint(lat: town.0 + Double(random.int(-9...9)) / 100, lon: town.1 + Double(random.int(-9...9)) / 60)
        citizen.maxCommuteKm = Double(random.int(1...12) * 5)
        return citizen
    }
}

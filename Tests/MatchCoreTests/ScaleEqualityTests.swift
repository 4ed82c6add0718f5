import Foundation
import MatchCore
import Testing

/// At scale, on the real taxonomy: 20,000 citizens around a dozen towns across Denmark, with
/// competencies and goals from occupations, ranked for many openings and slots in both
/// directions, equal to brute force. The citizens are loaded in one bulk upsert, as the daemon
/// loads them (filled by two parts). Large enough that blocks are full, the ranking's threshold
/// prunes whole blocks and scans are split over both cores.
@Suite struct ScaleEqualityTests {
    static let taxonomy: Taxonomy = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Data/taxonomy")
        func read<T: Decodable>(_ file: String) -> T {
            try! JSONDecoder().decode(T.self, from: Data(contentsOf: folder.appendingPathComponent(file)))
        }
        return try! Taxonomy(
            source: TaxonomySource(
                competencies: read("competencies.json"), occupations: read("occupations.json"),
                accommodations: read("accommodations.json"), municipalities: read("municipalities.json")))
    }()

    @Test func twentyThousandCitizensRankAsBruteForceBothWays() {
        let taxonomy = ScaleEqualityTests.taxonomy
        var random = SplitMix(seed: 0x5CA1E)
        let towns = taxonomy.source.municipalities.filter {
            ["101", "751", "851", "461", "561", "615", "400", "540", "860", "147", "330", "657"].contains($0.code.description)
        }
        let typical = taxonomy.source.occupations.occupations.map { $0.competencies.map { taxonomy.competencyIndex[$0]! } }
        // Few occupations, so requirements overlap with what many citizens hold.
        let occupations = (0..<12).map { _ in random.int(0...typical.count - 1) }
        func place(_ random: inout SplitMix) -> (GeoPoint, MunicipalityCode) {
            let town = towns[random.int(0...towns.count - 1)]
            return (
                GeoPoint(
                    lat: town.lat + Double.random(in: -0.12...0.12, using: &random),
                    lon: town.lon + Double.random(in: -0.2...0.2, using: &random)), town.code
            )
        }
        var index = MatchIndex(taxonomy: taxonomy)
        var citizens: [CitizenFeatures] = []
        var loaded: [CitizenFeatures] = []
        for n in 0..<20_000 {
            let occupation = occupations[random.int(0...occupations.count - 1)]
            let (location, municipality) = place(&random)
            let current = Double(random.int(2...20))
            var held = typical[occupation].filter { _ in random.chance(0.6) }
            held += (0..<random.int(0...3)).map { _ in random.int(0...taxonomy.competencyCount - 1) }
            let citizen = CitizenFeatures(
                id: EntityID(high: 1, low: UInt64(n)), status: random.chance(0.6) ? .flexJobApproved : .activityReady,
                hours: CitizenHours(current: current, target: current + Double(random.int(0...10))),
                competencies: held.map { HeldCompetency(competency: $0, level: random.int(1...3)) },
                jobGoals: random.chance(0.8) ? [random.chance(0.7) ? occupation : occupations[random.int(0...11)]] : [],
                needs: (0..<random.int(0...2)).map { _ in
                    AccommodationNeed(need: random.int(0...taxonomy.needIndex.count - 1), required: random.chance(0.5), shared: true)
                },
                acceptedKinds: KindSet(EmploymentKind.allCases.filter { _ in random.chance(0.6) }), location: location,
                maxCommuteKm: Double(random.int(5...60)), visibleToCompanies: random.chance(0.9), municipality: municipality)
            loaded.append(citizen)
            citizens.append(citizen.normalized())
        }
        index.upsert(contentsOf: loaded)
        var vacancies: [VacancyFeatures] = []
        for n in 0..<600 {
            let occupation = occupations[random.int(0...occupations.count - 1)]
            let slot = random.chance(0.2)
            let min = Double(random.int(2...15))
            let vacancy = VacancyFeatures(
                id: EntityID(high: 2, low: UInt64(n)), companyId: EntityID(high: 3, low: 0), source: slot ? .slot : .opening,
                kind: slot ? .workTrial : random.chance(0.6) ? .flexJob : .wageSubsidy, isOpen: true,
                capacity: slot ? 3 : nil, hours: HoursBand(min: min, max: min + Double(random.int(0...15))),
                occupation: occupation,
                requirements: typical[occupation].filter { _ in random.chance(0.7) }.enumerated().map {
                    CompetencyRequirement(competency: $1, level: random.int(1...3), essential: $0 < 2)
                },
                offers: (0..<random.int(0...3)).map { _ in random.int(0...taxonomy.offerIndex.count - 1) },
                demands: (0..<random.int(0...2)).map { _ in random.int(0...taxonomy.demandIndex.count - 1) },
                location: place(&random).0, remote: random.chance(0.05))
            index.upsert(vacancy)
            vacancies.append(vacancy)
        }
        let brute = BruteForce(scorer: index.scorer)
        let queries = [
            MatchQuery(limit: 20), MatchQuery(limit: 5), MatchQuery(limit: 20, onlyVisibleCitizens: true),
            MatchQuery(limit: 10, minScore: 60, maxKm: 15),
        ]
        let ranked = Array(vacancies.prefix(8)) + vacancies.filter(\.remote).prefix(3)
        for (n, vacancy) in ranked.enumerated() {
            let query = queries[n % queries.count]
            #expect(index.topCitizens(for: vacancy.id, query: query) == brute.citizens(citizens, for: vacancy, query: query))
        }
        for (n, citizen) in citizens.prefix(40).enumerated() {
            let query = queries[n % queries.count]
            #expect(index.topVacancies(for: citizen.id, query: query) == brute.vacancies(vacancies, for: citizen, query: query))
        }
    }
}

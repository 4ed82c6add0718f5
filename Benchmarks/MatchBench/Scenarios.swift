import MatchCore

/// Sizes and call counts of one run: the full benchmark or the `--quick` smoke run.
struct BenchConfig {
    /// Citizens in the index of the first ranking measurement.
    let smallCitizens: Int
    /// Citizens in the large index (ranking, throughput, build time and memory).
    let largeCitizens: Int
    /// Vacancies in the index of the citizen-direction ranking.
    let vacancyIndexSize: Int
    /// Vacancies in each citizen index; the ranked vacancies are drawn from these.
    let vacancySet = 2_000
    /// Timed calls on the small index, the large index and the vacancy index.
    let smallCalls: Int, largeCalls: Int, vacancyCalls: Int
    /// Timed full-scan calls for the throughput figure.
    let throughputCalls: Int
    /// Citizens generated and upserted at a time, so the generator's arrays stay small.
    let chunk = 50_000

    /// The full benchmark: 100k and 1M citizens.
    static let full = BenchConfig(smallCitizens: 100_000, largeCitizens: 1_000_000, vacancyIndexSize: 100_000,
                                  smallCalls: 200, largeCalls: 100, vacancyCalls: 200, throughputCalls: 20)
    /// The smoke run: 10k and 100k citizens, few calls.
    static let quick = BenchConfig(smallCitizens: 10_000, largeCitizens: 100_000, vacancyIndexSize: 10_000,
                                   smallCalls: 20, largeCalls: 10, vacancyCalls: 20, throughputCalls: 5)
}

/// A citizen index built from the synthetic population, with what was measured while building it.
struct BuiltIndex {
    /// The index, holding the citizens and the vacancy set.
    var index: MatchIndex
    /// Ids of the vacancy set, in generation order.
    let vacancyIds: [EntityID]
    /// Seconds spent in `upsert` for the citizens alone (generation excluded).
    let buildSeconds: Double
    /// Growth of the resident set while the citizens were upserted, in MiB.
    let residentMiB: Double
    /// Share of citizens who pass every hard rule of the throughput vacancies (fleksjob-approved,
    /// accepting flexJob, target ≥ 2 h): the part of a remote flexJob scan that is fully scored.
    let flexJobShare: Double
}

/// The benchmark scenarios; each returns its figures and leaves printing to the caller.
enum Scenarios {
    /// Seeds of the independent generator streams.
    static let citizenSeed: UInt64 = 0x6D61_7463_6864_0001
    static let vacancySeed: UInt64 = 0x6D61_7463_6864_0002
    static let vacancyIndexSeed: UInt64 = 0x6D61_7463_6864_0003

    /// Builds an index of `citizens` synthetic citizens plus `config.vacancySet` vacancies.
    /// Citizens are generated and upserted `config.chunk` at a time; only the upserts are timed,
    /// and the resident set is read before reserving and after the last chunk is released.
    static func buildCitizenIndex(taxonomy: Taxonomy, citizens: Int, config: BenchConfig) -> BuiltIndex {
        var people = SyntheticPopulation(taxonomy: taxonomy, seed: citizenSeed)
        var index = MatchIndex(taxonomy: taxonomy)
        let clock = ContinuousClock()
        let residentBefore = Measure.residentMiB()
        var building = Duration.zero
        var flexJobReady = 0
        building += clock.measure { index.reserveCitizens(citizens) }
        var done = 0
        while done < citizens {
            let batch = people.citizens(min(config.chunk, citizens - done))
            flexJobReady += batch.count(where: {
                $0.status == .flexJobApproved && $0.acceptedKinds.contains(.flexJob) && $0.hours.target >= 2
            })
            building += clock.measure { for citizen in batch { index.upsert(citizen) } }
            done += batch.count
            if done % (config.chunk * 4) == 0 || done == citizens { progress("  upserted \(done) citizens") }
        }
        let residentAfter = Measure.residentMiB()
        var openings = SyntheticPopulation(taxonomy: taxonomy, seed: vacancySeed)
        let vacancies = openings.vacancies(config.vacancySet)
        for vacancy in vacancies { index.upsert(vacancy) }
        return BuiltIndex(index: index, vacancyIds: vacancies.map(\.id), buildSeconds: Measure.seconds(building),
                          residentMiB: residentAfter - residentBefore,
                          flexJobShare: Double(flexJobReady) / Double(citizens))
    }

    /// Milliseconds per `topCitizens(limit: 20)` call for `calls` vacancies spread evenly over
    /// the vacancy set.
    static func rankCitizens(_ built: BuiltIndex, calls: Int, sink: inout Int) -> [Double] {
        let step = max(1, built.vacancyIds.count / calls)
        let ids = (0..<calls).map { built.vacancyIds[($0 * step) % built.vacancyIds.count] }
        let query = MatchQuery(limit: 20)
        return Measure.samples(ids, warmUp: 3, sink: &sink) { built.index.topCitizens(for: $0, query: query)?.count ?? -1 }
    }

    /// Citizens scanned per second by one thread: `topCitizens(limit: 20)` for remote flexJob
    /// openings (minimum 2 h, no demands) added to the index. Remote work skips the distance
    /// pre-exclusion, so every row is visited and, for `flexJobShare` of them, fully scored; the
    /// rest stop at the kind, status or hours rule. The figure counts rows visited
    /// (`citizenCount` per call), not only fully scored pairs.
    static func scanThroughput(_ built: inout BuiltIndex, calls: Int, sink: inout Int) -> Double {
        var openings = SyntheticPopulation(taxonomy: built.index.taxonomy, seed: vacancySeed ^ 0xFF)
        let remote = openings.vacancies(calls).map { vacancy in
            var opening = vacancy
            opening.source = .opening
            opening.kind = .flexJob
            opening.capacity = nil
            opening.occupied = 0
            opening.hours = HoursBand(min: 2, max: max(2, vacancy.hours.max))
            opening.demands = []
            opening.remote = true
            return opening
        }
        for opening in remote { built.index.upsert(opening) }
        let index = built.index
        let query = MatchQuery(limit: 20)
        let samples = Measure.samples(remote.map(\.id), warmUp: 2, sink: &sink) {
            index.topCitizens(for: $0, query: query)?.count ?? -1
        }
        let seconds = samples.reduce(0, +) / 1000
        return Double(index.citizenCount * calls) / seconds
    }

    /// Milliseconds per `topVacancies(limit: 20)` call on an index of `vacancies` synthetic
    /// vacancies, for `calls` distinct synthetic citizens.
    static func rankVacancies(taxonomy: Taxonomy, vacancies: Int, calls: Int, sink: inout Int) -> [Double] {
        var index = MatchIndex(taxonomy: taxonomy)
        var openings = SyntheticPopulation(taxonomy: taxonomy, seed: vacancyIndexSeed)
        for vacancy in openings.vacancies(vacancies) { index.upsert(vacancy) }
        var people = SyntheticPopulation(taxonomy: taxonomy, seed: vacancyIndexSeed ^ 0xFF)
        let citizens = people.citizens(calls)
        for citizen in citizens { index.upsert(citizen) }
        let query = MatchQuery(limit: 20)
        return Measure.samples(citizens.map(\.id), warmUp: 3, sink: &sink) {
            index.topVacancies(for: $0, query: query)?.count ?? -1
        }
    }
}

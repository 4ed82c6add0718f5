import Foundation
import MatchCore
import Profiles
import SQLiteStorage

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
    static let full = BenchConfig(
        smallCitizens: 100_000, largeCitizens: 1_000_000, vacancyIndexSize: 100_000,
        smallCalls: 200, largeCalls: 100, vacancyCalls: 200, throughputCalls: 20)
    /// The smoke run: 10k and 100k citizens, few calls.
    static let quick = BenchConfig(
        smallCitizens: 10_000, largeCitizens: 100_000, vacancyIndexSize: 10_000,
        smallCalls: 20, largeCalls: 10, vacancyCalls: 20, throughputCalls: 5)
}

/// An index of citizens and vacancies, with what was measured while building it.
struct BuiltIndex {
    /// The index.
    var index: MatchIndex
    /// Ids of the vacancies, in generation (or file) order.
    let vacancyIds: [EntityID]
    /// Ids of the citizens ranked for in the citizen → vacancies direction.
    let citizenIds: [EntityID]
    /// Seconds spent in `upsert` for the citizens alone (generation and decoding excluded).
    let buildSeconds: Double
    /// Growth of the resident set while the citizens were upserted, in MiB.
    let residentMiB: Double
}

/// The benchmark scenarios; each returns its figures and leaves printing to the caller.
enum Scenarios {
    /// Seeds of the independent generator streams.
    static let citizenSeed: UInt64 = 0x6D61_7463_6864_0001
    static let vacancySeed: UInt64 = 0x6D61_7463_6864_0002
    static let vacancyIndexSeed: UInt64 = 0x6D61_7463_6864_0003

    /// Builds an index of `citizens` generated citizens plus `config.vacancySet` vacancies.
    /// Citizens are generated `config.chunk` at a time and handed to the index in one bulk
    /// upsert, as the daemon loads them; only the upsert is timed, and the resident set is read
    /// before generating and after the generated citizens are released.
    static func buildCitizenIndex(taxonomy: Taxonomy, citizens: Int, config: BenchConfig) -> BuiltIndex {
        var index = MatchIndex(taxonomy: taxonomy)
        let residentBefore = Measure.residentMiB()
        var building = Duration.zero
        do {
            var generated: [CitizenFeatures] = []
            generated.reserveCapacity(citizens)
            Generate.citizenFeatures(taxonomy: taxonomy, seed: citizenSeed, count: citizens, chunk: config.chunk) { batch in
                generated += batch
                if generated.count % (config.chunk * 4) == 0 || generated.count == citizens {
                    progress("  generated \(generated.count) citizens")
                }
            }
            building = ContinuousClock().measure { index.upsert(contentsOf: generated) }
        }
        let residentAfter = Measure.residentMiB()
        let vacancies = Generate.vacancyFeatures(taxonomy: taxonomy, seed: vacancySeed, count: config.vacancySet)
        for vacancy in vacancies { index.upsert(vacancy) }
        return BuiltIndex(
            index: index, vacancyIds: vacancies.map(\.id), citizenIds: [],
            buildSeconds: Measure.seconds(building), residentMiB: residentAfter - residentBefore)
    }

    /// Builds an index of `vacancies` generated vacancies plus `calls` generated citizens, for
    /// the citizen → vacancies direction.
    static func buildVacancyIndex(taxonomy: Taxonomy, vacancies: Int, calls: Int) -> BuiltIndex {
        var index = MatchIndex(taxonomy: taxonomy)
        let generated = Generate.vacancyFeatures(taxonomy: taxonomy, seed: vacancyIndexSeed, count: vacancies)
        for vacancy in generated { index.upsert(vacancy) }
        var citizenIds: [EntityID] = []
        Generate.citizenFeatures(taxonomy: taxonomy, seed: vacancyIndexSeed ^ 0xFF, count: calls, chunk: calls) { batch in
            for citizen in batch { index.upsert(citizen) }
            citizenIds = batch.map(\.id)
        }
        return BuiltIndex(
            index: index, vacancyIds: generated.map(\.id), citizenIds: citizenIds,
            buildSeconds: 0, residentMiB: 0)
    }

    /// Builds one index of the records in `folder` (`citizens.json`, `openings.json`,
    /// `slots.json`), read a record at a time through `FeatureEncoder`, the citizens handed to
    /// the index in one bulk upsert as the daemon does (only that is timed); the citizens ranked
    /// for are `calls` spread evenly over the file.
    static func buildIndex(taxonomy: Taxonomy, folder: URL, calls: Int) throws -> BuiltIndex {
        let encoder = FeatureEncoder(taxonomy: taxonomy)
        var index = MatchIndex(taxonomy: taxonomy)
        let residentBefore = Measure.residentMiB()
        var building = Duration.zero
        var ids: [EntityID] = []
        do {
            var citizens: [CitizenFeatures] = []
            try DataDirectory.forEachRecord(Citizen.self, in: folder.appendingPathComponent("citizens.json")) { citizen in
                citizens.append(encoder.features(citizen))
                if citizens.count % 200_000 == 0 { progress("  read \(citizens.count) citizens") }
            }
            ids = citizens.map(\.id)
            building = ContinuousClock().measure { index.upsert(contentsOf: citizens) }
        }
        let residentAfter = Measure.residentMiB()
        var vacancyIds: [EntityID] = []
        for (file, source) in [("openings.json", VacancySource.opening), ("slots.json", .slot)] {
            try DataDirectory.forEachRecord(
                Vacancy.self, in: folder.appendingPathComponent(file),
                userInfo: [.vacancySource: source]
            ) { vacancy in
                let features = encoder.features(vacancy)
                index.upsert(features)
                vacancyIds.append(features.id)
            }
        }
        let step = max(1, ids.count / max(1, calls))
        return BuiltIndex(
            index: index, vacancyIds: vacancyIds, citizenIds: stride(from: 0, to: ids.count, by: step).map { ids[$0] },
            buildSeconds: Measure.seconds(building), residentMiB: residentAfter - residentBefore)
    }

    /// Milliseconds per `topCitizens(limit: 20)` call for `calls` vacancies spread evenly over
    /// the index's vacancies.
    static func rankCitizens(_ built: BuiltIndex, calls: Int, sink: inout Int) -> [Double] {
        let step = max(1, built.vacancyIds.count / calls)
        let ids = (0..<calls).map { built.vacancyIds[($0 * step) % built.vacancyIds.count] }
        let query = MatchQuery(limit: 20)
        return Measure.samples(ids, warmUp: 3, sink: &sink) { built.index.topCitizens(for: $0, query: query)?.count ?? -1 }
    }

    /// Milliseconds per `topVacancies(limit: 20)` call for the index's `citizenIds`.
    static func rankVacancies(_ built: BuiltIndex, sink: inout Int) -> [Double] {
        let query = MatchQuery(limit: 20)
        return Measure.samples(built.citizenIds, warmUp: 3, sink: &sink) {
            built.index.topVacancies(for: $0, query: query)?.count ?? -1
        }
    }

    /// Citizens scanned per second: `topCitizens(limit: 20)` for remote flexJob openings
    /// (minimum 2 h, no demands) added to the index. Remote work skips the distance rules, so
    /// this is the widest scan a query can ask for. The figure counts citizens in the index per
    /// call, whether or not the ranker had to look at each.
    static func scanThroughput(_ built: inout BuiltIndex, calls: Int, sink: inout Int) -> Double {
        let remote = Generate.vacancyFeatures(taxonomy: built.index.taxonomy, seed: vacancySeed ^ 0xFF, count: calls)
            .map { vacancy in
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
}

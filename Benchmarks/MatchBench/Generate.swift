import Foundation
import MatchCore
import Profiles

/// `matchbench generate`: a realistic population written as record files in the API's format
/// (`citizens.json`, `companies.json`, `openings.json`, `slots.json`, as `Data/demo/`), which
/// `matchbench --data DIR` ranks and `matchd seed --from DIR` loads. Citizens come from one
/// generator stream and companies and vacancies from another, so a population's citizens do
/// not change with the number of vacancies asked for.
enum Generate {
    /// The seed of the companies' and vacancies' stream, given the citizens' seed.
    static func vacancySeed(_ seed: UInt64) -> UInt64 { seed ^ 0x5EED_0000_0000_0002 }

    /// Companies for `vacancies` vacancies: about four vacancies each.
    static func companyCount(vacancies: Int) -> Int { max(1, vacancies / 4) }

    /// Writes the four files to `folder`, each record as it is made.
    static func write(taxonomy: Taxonomy, citizens: Int, vacancies: Int, seed: UInt64, to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var people = RealisticPopulation(taxonomy: taxonomy, seed: seed)
        var writer = try RecordWriter(url: folder.appendingPathComponent("citizens.json"))
        for number in 0..<citizens {
            try writer.write(people.citizen(number + 1))
            if (number + 1) % 200_000 == 0 { progress("  wrote \(number + 1) citizens") }
        }
        try writer.close()
        var work = RealisticPopulation(taxonomy: taxonomy, seed: vacancySeed(seed))
        let companies = (0..<companyCount(vacancies: vacancies)).map { work.company($0 + 1) }
        var companyWriter = try RecordWriter(url: folder.appendingPathComponent("companies.json"))
        for company in companies { try companyWriter.write(company) }
        try companyWriter.close()
        var openings = try RecordWriter(url: folder.appendingPathComponent("openings.json"))
        var slots = try RecordWriter(url: folder.appendingPathComponent("slots.json"))
        for _ in 0..<vacancies {
            let vacancy = work.vacancy(companies: companies)
            if vacancy.source == .slot { try slots.write(vacancy) } else { try openings.write(vacancy) }
        }
        try openings.close()
        try slots.close()
    }

    /// Generated citizens as engine features, handed to `body` `chunk` at a time.
    static func citizenFeatures(
        taxonomy: Taxonomy, seed: UInt64, count: Int, chunk: Int,
        _ body: ([CitizenFeatures]) -> Void
    ) {
        let encoder = FeatureEncoder(taxonomy: taxonomy)
        var people = RealisticPopulation(taxonomy: taxonomy, seed: seed)
        var done = 0
        while done < count {
            let size = min(chunk, count - done)
            body((0..<size).map { encoder.features(people.citizen(done + $0 + 1)) })
            done += size
        }
    }

    /// `count` generated vacancies as engine features.
    static func vacancyFeatures(taxonomy: Taxonomy, seed: UInt64, count: Int) -> [VacancyFeatures] {
        let encoder = FeatureEncoder(taxonomy: taxonomy)
        var work = RealisticPopulation(taxonomy: taxonomy, seed: vacancySeed(seed))
        let companies = (0..<companyCount(vacancies: count)).map { work.company($0 + 1) }
        return (0..<count).map { _ in encoder.features(work.vacancy(companies: companies)) }
    }
}

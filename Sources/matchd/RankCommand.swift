import ArgumentParser
import Foundation
import MatchCore
import Profiles

/// `matchd rank`: ranks citizens against openings and slots from JSON files, offline.
struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Rank citizens against openings and slots from JSON files and print the explained ranking.")

    /// Which side is ranked for which.
    enum Direction: String, ExpressibleByArgument, CaseIterable {
        case vacancies
        case citizens
    }

    /// Output format.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table
        case json
    }

    @Option(help: "JSON array of citizens (API field names).")
    var citizens: String

    @Option(help: "JSON array of openings.")
    var openings: String

    @Option(help: "JSON array of virksomhedscenter slots.")
    var slots: String?

    @Option(help: "Best matches to show per opening, slot or citizen (1–100).")
    var limit: Int = 10

    @Option(help: "Only matches scoring at least this (0–100).")
    var minScore: Double = 0

    @Option(help: "vacancies: best citizens for each opening and slot; citizens: best openings and slots for each citizen.")
    var direction: Direction = .vacancies

    @Option(help: "table or json.")
    var format: Format = .table

    @OptionGroup var data: DataOptions

    func validate() throws {
        guard (1...100).contains(limit) else { throw ValidationError("--limit must be between 1 and 100") }
        guard (0...100).contains(minScore) else { throw ValidationError("--min-score must be between 0 and 100") }
    }

    func run() throws {
        let taxonomy = try DataDirectory.taxonomy(in: data.directory())
        let validator = RecordValidator(taxonomy: taxonomy)
        let citizenRecords = try RecordFile.read([Citizen].self, from: URL(fileURLWithPath: citizens))
        try RecordFile.validate(citizenRecords, file: citizens, id: \.id, problems: validator.problems)
        let openingRecords = try vacancies(.opening, openings, validator)
        let slotRecords = try slots.map { try vacancies(.slot, $0, validator) } ?? []

        let encoder = FeatureEncoder(taxonomy: taxonomy)
        var index = MatchIndex(taxonomy: taxonomy)
        citizenRecords.forEach { index.upsert(encoder.features($0)) }
        openingRecords.forEach { index.upsert(encoder.features($0)) }
        slotRecords.forEach { index.upsert(encoder.features($0)) }

        let query = MatchQuery(limit: limit, minScore: minScore)
        let titles = Dictionary(
            uniqueKeysWithValues: openingRecords.map { (EntityID($0.id), $0.title) }
                + slotRecords.map { (EntityID($0.id), $0.title) })
        let names = Dictionary(uniqueKeysWithValues: citizenRecords.map { (EntityID($0.id), $0.name) })
        let rankings: [Ranking]
        switch direction {
        case .vacancies:
            rankings = (openingRecords.map(\.id) + slotRecords.map(\.id)).map { id in
                let key = EntityID(id)
                return Ranking(id: key, label: titles[key] ?? "", matches: index.topCitizens(for: key, query: query) ?? [])
            }
        case .citizens:
            rankings = citizenRecords.map { citizen in
                let key = EntityID(citizen.id)
                return Ranking(id: key, label: citizen.name, matches: index.topVacancies(for: key, query: query) ?? [])
            }
        }
        switch format {
        case .json:
            print(try RankPrinter.json(rankings, direction: direction, titles: titles, names: names))
        case .table:
            print(RankPrinter.table(rankings, direction: direction, titles: titles, names: names), terminator: "")
        }
    }

    private func vacancies(_ source: VacancySource, _ path: String, _ validator: RecordValidator) throws -> [Vacancy] {
        let records = try RecordFile.vacancies(source, from: URL(fileURLWithPath: path))
        try RecordFile.validate(records, file: path, id: \.id, problems: validator.problems)
        return records
    }
}

/// The ranking of one opening, slot or citizen.
struct Ranking {
    /// Whose ranking it is.
    let id: EntityID
    /// Title or name, for people reading the table.
    let label: String
    /// Best first.
    let matches: [MatchExplanation]
}

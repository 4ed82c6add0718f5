import Foundation
import GRDB
import MatchCore
import Profiles

extension LiveIndex {
    /// Builds the index of every citizen and vacancy in `database`. The citizens are read in
    /// two halves at once (two readers of the pool, on GRDB's queues, so both cores decode), of
    /// each only the columns the engine needs (`Citizen.indexColumns`), coded straight from the
    /// statement (`CitizenRowCoder`); the index then takes them in one bulk upsert (grouped by
    /// block, on both cores). The vacancies are read and coded meanwhile, on a third reader,
    /// and upserted after the citizens. At start-up nothing writes yet, so the readers see the
    /// same records.
    public static func build(from database: AppDatabase, taxonomy: Taxonomy,
                             profile: ScoringProfile = .standard) async throws -> LiveIndex {
        let encoder = FeatureEncoder(taxonomy: taxonomy)
        let coder = CitizenRowCoder(encoder: encoder)
        async let vacancies = database.read { db in
            var features: [VacancyFeatures] = []
            let vacancies = try Vacancy.order(Vacancy.Columns.id).fetchCursor(db)
            while let vacancy = try vacancies.next() { features.append(encoder.features(vacancy)) }
            return features
        }
        let ranges = try await database.read { db in try AppDatabase.citizenRowRanges(parts: 2, db) }
        let parts = try await withThrowingTaskGroup(of: (Int, [CitizenFeatures]).self) { group in
            for (part, rows) in ranges.enumerated() {
                group.addTask {
                    let features = try await database.read { db in
                        var features: [CitizenFeatures] = []
                        try AppDatabase.forEachCitizenFeatures(rows: rows, coder: coder, db) { features.append($0) }
                        return features
                    }
                    return (part, features)
                }
            }
            return try await group.reduce(into: [Int: [CitizenFeatures]]()) { $0[$1.0] = $1.1 }
        }
        let vacancyFeatures = try await vacancies
        let index = try await database.read { _ in
            var index = MatchIndex(taxonomy: taxonomy, profile: profile)
            index.upsert(contentsOf: parts.keys.sorted().flatMap { parts[$0]! })
            for vacancy in vacancyFeatures { index.upsert(vacancy) }
            return index
        }
        return LiveIndex(index)
    }
}

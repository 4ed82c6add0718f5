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
    public static func build(
        from database: AppDatabase, taxonomy: Taxonomy,
        profile: ScoringProfile = .standard
    ) async throws -> LiveIndex {
        let encoder = FeatureEncoder(taxonomy: taxonomy)
        let coder = CitizenRowCoder(encoder: encoder)
        async let vacancies = database.read { db in
            var features: [VacancyFeatures] = []
            let vacancies = try Vacancy.order(Vacancy.Columns.id).fetchCursor(db)
            while let vacancy = try vacancies.next() { features.append(encoder.features(vacancy)) }
            return features
        }
        let ranges = try await database.read { db in try Citizen.rowRanges(db, parts: 2) }
        let parts = try await withThrowingTaskGroup(of: (Int, [CitizenFeatures]).self) { group in
            for (part, rows) in ranges.enumerated() {
                group.addTask {
                    let features = try await database.read { db in
                        var features: [CitizenFeatures] = []
                        try Citizen.forEachIndexFeatures(db, rows: rows, coder: coder) { features.append($0) }
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

extension Citizen {
    /// The citizens' row ids cut into `parts` ranges of about equal width, to read in parallel.
    /// Raw SQL: the row ids are no column of the record.
    static func rowRanges(_ db: Database, parts: Int) throws -> [ClosedRange<Int64>] {
        guard let row = try Row.fetchOne(db, sql: "SELECT min(rowid), max(rowid) FROM citizen"),
            let low: Int64 = row[0], let high: Int64 = row[1]
        else { return [] }
        let width = (high - low) / Int64(parts) + 1
        return stride(from: low, through: high, by: Int(width)).map { $0...min(high, $0 + width - 1) }
    }

    /// The match index's features of the citizens whose row ids are in `rows`, in table order:
    /// coded from the columns the index needs (`indexColumns`) by `coder` straight from the
    /// statement, or, for a row it does not read, through `Citizen(indexRow:)` and its encoder.
    /// Raw SQL: the coder reads the SQLite statement itself, which a record request does not hand out.
    static func forEachIndexFeatures(
        _ db: Database, rows: ClosedRange<Int64>, coder: CitizenRowCoder,
        _ body: (CitizenFeatures) throws -> Void
    ) throws {
        let statement = try db.makeStatement(sql: "SELECT \(indexColumns) FROM citizen WHERE rowid BETWEEN ? AND ?")
        let cursor = try Row.fetchCursor(statement, arguments: [rows.lowerBound, rows.upperBound])
        while let row = try cursor.next() {
            try body(coder.features(statement.sqliteStatement) ?? coder.encoder.features(Citizen(indexRow: row)))
        }
    }
}

import Foundation
import GRDB
import MatchCore

/// The match index shared by the daemon: many concurrent readers rank while a writer applies
/// committed changes in place (a readers–writer lock, so a write never copies the index). It
/// codes records into engine features itself, so callers hand it records.
public final class LiveIndex: @unchecked Sendable {
    private var index: MatchIndex
    private let lock: UnsafeMutablePointer<pthread_rwlock_t>
    /// Codes records into the engine's features.
    public let encoder: FeatureEncoder

    /// Wraps a built index.
    public init(_ index: MatchIndex) {
        self.index = index
        encoder = FeatureEncoder(taxonomy: index.taxonomy)
        lock = .allocate(capacity: 1)
        pthread_rwlock_init(lock, nil)
    }

    deinit {
        pthread_rwlock_destroy(lock)
        lock.deallocate()
    }

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

    /// Runs `body` with shared read access.
    public func read<T>(_ body: (borrowing MatchIndex) throws -> T) rethrows -> T {
        pthread_rwlock_rdlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return try body(index)
    }

    /// Runs `body` with exclusive write access.
    func write<T>(_ body: (inout MatchIndex) throws -> T) rethrows -> T {
        pthread_rwlock_wrlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return try body(&index)
    }

    /// Applies a committed change.
    func apply(_ change: IndexChange) {
        write { index in
            switch change {
            case .citizen(let stored): index.upsert(encoder.features(stored.value))
            case .vacancy(let vacancy): index.upsert(encoder.features(vacancy))
            case .removeCitizen(let id): index.removeCitizen(EntityID(id))
            case .all(let citizens, let vacancies):
                citizens.forEach { index.upsert(encoder.features($0)) }
                vacancies.forEach { index.upsert(encoder.features($0)) }
            }
        }
    }
}

/// A committed change the index must follow.
enum IndexChange: Sendable {
    /// A citizen was created or changed (the committed row, which the store's cache keeps too).
    case citizen(Stored<Citizen>)
    /// A vacancy was created or changed.
    case vacancy(Vacancy)
    /// A citizen was deleted.
    case removeCitizen(UUID)
    /// Records were loaded in bulk.
    case all(citizens: [Citizen], vacancies: [Vacancy])

    /// The sides of the index the change touches.
    var sides: IndexSides {
        switch self {
        case .citizen, .removeCitizen: .citizens
        case .vacancy: .vacancies
        case .all: [.citizens, .vacancies]
        }
    }
}

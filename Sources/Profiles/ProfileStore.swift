import Foundation
import GRDB
import MatchCore

/// The profiles of a job centre's matching: validated writes to SQLite, each followed (after
/// commit) by the matching change to the live index, so a write is visible to the next match
/// query. Writes run one at a time on a dedicated queue, off Swift's cooperative pool.
public final class ProfileStore: Sendable {
    /// The database (source of truth).
    public let database: AppDatabase
    /// The live match index (a cache of the database that can always be rebuilt).
    public let index: LiveIndex
    /// The taxonomy codes are checked against.
    public let taxonomy: Taxonomy
    /// Checks every record before it is written.
    public let validator: RecordValidator
    /// Codes records into engine features.
    public let encoder: FeatureEncoder
    /// Runs in each write's transaction to record the events it causes (webhook outbox).
    let changeObserver: (any ChangeObserver)?
    private let writeQueue = DispatchQueue(label: "matchd.profile-writes")

    /// Builds the live index from the database.
    public init(database: AppDatabase, taxonomy: Taxonomy, profile: ScoringProfile = .standard,
                changeObserver: (any ChangeObserver)? = nil) throws {
        self.database = database
        self.taxonomy = taxonomy
        self.validator = RecordValidator(taxonomy: taxonomy)
        self.encoder = FeatureEncoder(taxonomy: taxonomy)
        self.changeObserver = changeObserver
        var index = MatchIndex(taxonomy: taxonomy, profile: profile)
        let encoder = self.encoder
        index.reserveCitizens(try database.count(Citizen.self))
        try database.forEach(Citizen.self) { index.upsert(encoder.features($0.value)) }
        try database.forEach(Opening.self) { index.upsert(encoder.features($0.value)) }
        try database.forEach(Slot.self) { index.upsert(encoder.features($0.value)) }
        self.index = LiveIndex(index)
    }

    // MARK: - Citizens

    /// Creates a citizen profile.
    public func create(_ citizen: Citizen) async throws -> Stored<Citizen> {
        try check(validator.problems(citizen))
        return try await serialized { [self] in
            let stored = try database.insert(citizen) { db, stored in
                try changeObserver?.citizenChanged(db, previous: nil, current: stored.value, store: self)
            }
            index.write { $0.upsert(encoder.features(citizen)) }
            changeObserver?.committed()
            return stored
        }
    }

    /// Replaces a citizen profile (optionally only at `ifVersion`).
    public func update(_ citizen: Citizen, ifVersion: Int?) async throws -> Stored<Citizen> {
        try check(validator.problems(citizen))
        return try await serialized { [self] in
            let stored = try database.update(citizen, ifVersion: ifVersion) { db, previous, current in
                try changeObserver?.citizenChanged(db, previous: previous.value, current: current.value, store: self)
            }
            index.write { $0.upsert(encoder.features(citizen)) }
            changeObserver?.committed()
            return stored
        }
    }

    /// Deletes a citizen profile and everything of theirs.
    public func deleteCitizen(_ id: UUID) async throws {
        try await serialized { [self] in
            try database.delete(Citizen.self, id: id)
            index.write { _ = $0.removeCitizen(EntityID(id)) }
        }
    }

    // MARK: - Companies

    /// Creates a company.
    public func create(_ company: Company) async throws -> Stored<Company> {
        try check(validator.problems(company))
        return try await serialized { [self] in try database.insert(company) }
    }

    /// Replaces a company (optionally only at `ifVersion`).
    public func update(_ company: Company, ifVersion: Int?) async throws -> Stored<Company> {
        try check(validator.problems(company))
        return try await serialized { [self] in try database.update(company, ifVersion: ifVersion) }
    }

    // MARK: - Openings and slots

    /// Creates an opening or a slot for an existing company.
    public func create<V: Vacancy>(_ vacancy: V) async throws -> Stored<V> {
        try check(vacancy.problems(validator))
        return try await serialized { [self] in
            guard try database.fetch(Company.self, id: vacancy.companyId) != nil else { throw StoreError.notFound }
            let stored = try database.insert(vacancy) { db, stored in
                try changeObserver?.vacancyChanged(db, previous: nil, current: stored.value.record, store: self)
            }
            index.write { $0.upsert(vacancy.features(encoder)) }
            changeObserver?.committed()
            return stored
        }
    }

    /// Replaces an opening or a slot (optionally only at `ifVersion`).
    public func update<V: Vacancy>(_ vacancy: V, ifVersion: Int?) async throws -> Stored<V> {
        try check(vacancy.problems(validator))
        return try await serialized { [self] in
            let stored = try database.update(vacancy, ifVersion: ifVersion) { db, previous, current in
                try changeObserver?.vacancyChanged(db, previous: previous.value.record, current: current.value.record, store: self)
            }
            index.write { $0.upsert(vacancy.features(encoder)) }
            changeObserver?.committed()
            return stored
        }
    }

    // MARK: - Seeding

    /// Loads a set of records in one transaction after validating all of them; nothing is
    /// written when any record is bad.
    public func seed(_ data: DemoData) async throws {
        var problems: [FieldError] = []
        for (i, record) in data.citizens.enumerated() { problems += validator.problems(record).map { prefixed($0, "citizens[\(i)]") } }
        for (i, record) in data.companies.enumerated() { problems += validator.problems(record).map { prefixed($0, "companies[\(i)]") } }
        for (i, record) in data.openings.enumerated() { problems += validator.problems(record).map { prefixed($0, "openings[\(i)]") } }
        for (i, record) in data.slots.enumerated() { problems += validator.problems(record).map { prefixed($0, "slots[\(i)]") } }
        try check(problems)
        try await serialized { [self] in
            try database.insertAll(data)
            index.write { index in
                data.citizens.forEach { index.upsert(encoder.features($0)) }
                data.openings.forEach { index.upsert(encoder.features($0)) }
                data.slots.forEach { index.upsert(encoder.features($0)) }
            }
        }
    }

    // MARK: - Helpers

    private func prefixed(_ error: FieldError, _ prefix: String) -> FieldError {
        FieldError(field: "\(prefix).\(error.field)", message: error.message)
    }

    private func check(_ problems: [FieldError]) throws {
        if !problems.isEmpty { throw ValidationFailure(problems) }
    }

    /// Runs a write and its index update on the write queue, one at a time, in commit order.
    private func serialized<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            writeQueue.async { continuation.resume(with: Result { try body() }) }
        }
    }
}

/// An opening or a slot: stored, validated, indexed and observed the same way.
public protocol Vacancy: StoredEntity {
    /// The company offering it.
    var companyId: UUID { get }
    /// It, as an opening or a slot.
    var record: VacancyRecord { get }
    /// Every problem the validator finds.
    func problems(_ validator: RecordValidator) -> [FieldError]
    /// Its engine features.
    func features(_ encoder: FeatureEncoder) -> VacancyFeatures
}

extension Opening: Vacancy {
    /// `.opening(self)`.
    public var record: VacancyRecord { .opening(self) }
    /// The validator's problems with this opening.
    public func problems(_ validator: RecordValidator) -> [FieldError] { validator.problems(self) }
    /// The opening's features.
    public func features(_ encoder: FeatureEncoder) -> VacancyFeatures { encoder.features(self) }
}

extension Slot: Vacancy {
    /// `.slot(self)`.
    public var record: VacancyRecord { .slot(self) }
    /// The validator's problems with this slot.
    public func problems(_ validator: RecordValidator) -> [FieldError] { validator.problems(self) }
    /// The slot's features.
    public func features(_ encoder: FeatureEncoder) -> VacancyFeatures { encoder.features(self) }
}

/// An opening or a slot, for observers of changes to either.
public enum VacancyRecord: Sendable {
    /// An opening.
    case opening(Opening)
    /// A slot.
    case slot(Slot)
}

/// Told of every change inside its transaction, to record the events it causes.
public protocol ChangeObserver: Sendable {
    /// A citizen was created (`previous` nil) or updated.
    func citizenChanged(_ db: Database, previous: Citizen?, current: Citizen, store: ProfileStore) throws
    /// An opening or slot was created (`previous` nil) or updated.
    func vacancyChanged(_ db: Database, previous: VacancyRecord?, current: VacancyRecord, store: ProfileStore) throws
    /// A write it was told of has committed and the index has been updated.
    func committed()
}

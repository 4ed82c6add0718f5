import Foundation
import GRDB
import Profiles

/// A profile record kept in a table of its own with a UUID id: citizens, companies, vacancies.
public protocol ProfileRecord: FetchableRecord, PersistableRecord, Sendable {
    /// Its id.
    var id: UUID { get }
}

extension Citizen: ProfileRecord {}
extension Company: ProfileRecord {}
extension Vacancy: ProfileRecord {}

/// A stored record is its value's row plus `version`, `createdAt` and `updatedAt`.
extension Stored: FetchableRecord where Value: FetchableRecord {
    public init(row: Row) throws {
        self.init(
            value: try Value(row: row), version: try row.decode(forColumn: "version"),
            createdAt: try row.decode(forColumn: "createdAt"), updatedAt: try row.decode(forColumn: "updatedAt"))
    }
}

extension Stored: TableRecord where Value: TableRecord {
    public static var databaseTableName: String { Value.databaseTableName }
}

extension Stored: EncodableRecord, MutablePersistableRecord, PersistableRecord where Value: PersistableRecord {
    public func encode(to container: inout PersistenceContainer) throws {
        try value.encode(to: &container)
        container["version"] = version
        container["createdAt"] = createdAt.storedText
        container["updatedAt"] = updatedAt.storedText
    }
}

extension Stored where Value: ProfileRecord {
    /// A new record at version 1, created and updated at `now`.
    init(created value: Value, at now: Date) {
        self.init(value: value, version: 1, createdAt: now, updatedAt: now)
    }

    /// One record, or nil. The most frequent read (every write reads its record first), so it
    /// is raw SQL in a statement prepared once per connection.
    static func fetchOne(_ db: Database, id: UUID) throws -> Stored? {
        let statement = try db.cachedStatement(sql: "SELECT * FROM \(Value.databaseTableName) WHERE id = ?")
        return try fetchOne(statement, arguments: [id.lowercasedText])
    }

    /// The records with these ids that exist, by id.
    static func fetchByID(_ db: Database, ids: [UUID]) throws -> [UUID: Stored] {
        guard !ids.isEmpty else { return [:] }
        let records = try filter(ids.map(\.lowercasedText).contains(Column("id"))).fetchAll(db)
        return Dictionary(records.map { ($0.value.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Replaces the record of `value`'s id with `value`, bumping its version; with `ifVersion`,
    /// only when that is the current version. Returns the state before and after.
    static func update(_ db: Database, _ value: Value, ifVersion: Int?, now: Date) throws -> (previous: Stored, current: Stored) {
        guard let previous = try fetchOne(db, id: value.id) else { throw StoreError.notFound }
        if let ifVersion, ifVersion != previous.version { throw StoreError.versionMismatch(current: previous.version) }
        let current = Stored(value: value, version: previous.version + 1, createdAt: previous.createdAt, updatedAt: now)
        try current.update(db)
        return (previous, current)
    }
}

import Foundation
import GRDB
import MatchCore
import Profiles

/// The statements on profile records, run inside a store's transaction.
extension AppDatabase {
    /// One record, or nil.
    static func fetch<R: ProfileRecord>(_ type: R.Type, id: UUID, _ db: Database) throws -> Stored<R>? {
        // The most frequent read: the statement is prepared once per connection.
        let statement = try db.cachedStatement(sql: "SELECT * FROM \(R.databaseTableName) WHERE id = ?")
        return try Stored<R>.fetchOne(statement, arguments: [id.lowercasedText])
    }

    /// The records with these ids that exist, by id.
    static func fetchMany<R: ProfileRecord>(_ type: R.Type, ids: [UUID], _ db: Database) throws -> [UUID: Stored<R>] {
        guard !ids.isEmpty else { return [:] }
        let records = try Stored<R>.filter(ids.map(\.lowercasedText).contains(Column("id"))).fetchAll(db)
        return Dictionary(records.map { ($0.value.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// One page of `request` in id order (keyset paging on the id), fetching one more than the
    /// limit to know whether another page follows.
    static func page<R: ProfileRecord>(_ request: QueryInterfaceRequest<Stored<R>>, _ page: PageRequest,
                                       _ db: Database) throws -> Page<Stored<R>> {
        var request = request
        if let after = page.after { request = request.filter(Column("id") > after) }
        let rows = try request.order(Column("id")).limit(page.limit + 1).fetchAll(db)
        let items = Array(rows.prefix(page.limit))
        return Page(items: items, next: rows.count > page.limit ? items.last?.value.id.lowercasedText : nil)
    }

    /// Inserts a new record at version 1.
    static func insert<R: ProfileRecord>(_ value: R, now: Date, _ db: Database) throws -> Stored<R> {
        let stored = Stored(value: value, version: 1, createdAt: now, updatedAt: now)
        try stored.insert(db)
        return stored
    }

    /// Replaces a record, bumping its version; with `ifVersion`, only when that is the current
    /// version. Returns the state before and after.
    static func update<R: ProfileRecord>(_ value: R, ifVersion: Int?, now: Date,
                                         _ db: Database) throws -> (previous: Stored<R>, current: Stored<R>) {
        guard let previous = try fetch(R.self, id: value.id, db) else { throw StoreError.notFound }
        if let ifVersion, ifVersion != previous.version { throw StoreError.versionMismatch(current: previous.version) }
        let current = Stored(value: value, version: previous.version + 1, createdAt: previous.createdAt, updatedAt: now)
        try current.update(db)
        return (previous, current)
    }

    /// Deletes a record and returns what was deleted.
    static func delete<R: ProfileRecord>(_ type: R.Type, id: UUID, _ db: Database) throws -> Stored<R> {
        guard let previous = try fetch(R.self, id: id, db) else { throw StoreError.notFound }
        try previous.delete(db)
        return previous
    }

    /// The citizens' row ids cut into `parts` ranges of about equal width, to read in parallel.
    static func citizenRowRanges(parts: Int, _ db: Database) throws -> [ClosedRange<Int64>] {
        guard let row = try Row.fetchOne(db, sql: "SELECT min(rowid), max(rowid) FROM citizen"),
              let low: Int64 = row[0], let high: Int64 = row[1] else { return [] }
        let width = (high - low) / Int64(parts) + 1
        return stride(from: low, through: high, by: Int(width)).map { $0...min(high, $0 + width - 1) }
    }

    /// The match index's features of the citizens whose row ids are in `rows`, in table order:
    /// coded from the columns the index needs (`Citizen.indexColumns`) by `coder` straight from
    /// the statement, or, for a row it does not read, through `Citizen(indexRow:)` and its encoder.
    static func forEachCitizenFeatures(rows: ClosedRange<Int64>, coder: CitizenRowCoder, _ db: Database,
                                       _ body: (CitizenFeatures) throws -> Void) throws {
        let statement = try db.makeStatement(sql: "SELECT \(Citizen.indexColumns) FROM citizen WHERE rowid BETWEEN ? AND ?")
        let cursor = try Row.fetchCursor(statement, arguments: [rows.lowerBound, rows.upperBound])
        while let row = try cursor.next() {
            try body(coder.features(statement.sqliteStatement) ?? coder.encoder.features(Citizen(indexRow: row)))
        }
    }

    /// Number of records of a kind.
    func count<R: ProfileRecord>(_ type: R.Type) async throws -> Int {
        try await read { db in try Stored<R>.fetchCount(db) }
    }
}

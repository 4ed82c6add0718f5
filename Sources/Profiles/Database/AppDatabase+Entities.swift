import Foundation
import GRDB

extension AppDatabase {
    // MARK: - Writes

    /// Inserts a new record at version 1. `within` runs in the same transaction (outbox rows).
    public func insert<E: StoredEntity>(_ entity: E, within: @Sendable (Database, Stored<E>) throws -> Void = { _, _ in })
        throws -> Stored<E> {
        try mapConstraintErrors {
            try writer.write { db in
                let stored = try Self.insert(entity, db: db)
                try within(db, stored)
                return stored
            }
        }
    }

    /// Replaces a record, bumping its version; with `ifVersion`, only when that is the current version.
    /// `within` receives the previous and the new state, in the same transaction.
    public func update<E: StoredEntity>(_ entity: E, ifVersion: Int?,
                                        within: @Sendable (Database, Stored<E>, Stored<E>) throws -> Void = { _, _, _ in })
        throws -> Stored<E> {
        try mapConstraintErrors {
            try writer.write { db in
                guard let previous = try Self.fetch(E.self, id: entity.id, db: db) else { throw StoreError.notFound }
                if let ifVersion, ifVersion != previous.version {
                    throw StoreError.versionMismatch(current: previous.version)
                }
                let now = Date()
                var columns = entity.columns
                columns.removeValue(forKey: "id")
                columns["version"] = previous.version + 1
                columns["updatedAt"] = now
                let names = columns.keys.sorted()
                try db.execute(
                    sql: "UPDATE \(E.table) SET \(names.map { "\($0) = ?" }.joined(separator: ", ")) WHERE id = ?",
                    arguments: StatementArguments(names.map { columns[$0]! } + [entity.id.uuidString.lowercased()]))
                let stored = Stored(value: entity, version: previous.version + 1, createdAt: previous.createdAt, updatedAt: now)
                try within(db, previous, stored)
                return stored
            }
        }
    }

    /// Deletes a record; `within` runs in the same transaction with what was deleted.
    public func delete<E: StoredEntity>(_ type: E.Type, id: UUID,
                                        within: @Sendable (Database, Stored<E>) throws -> Void = { _, _ in }) throws {
        try writer.write { db in
            guard let previous = try Self.fetch(E.self, id: id, db: db) else { throw StoreError.notFound }
            try db.execute(sql: "DELETE FROM \(E.table) WHERE id = ?", arguments: [id.uuidString.lowercased()])
            try within(db, previous)
        }
    }

    // MARK: - Reads

    /// One record, or nil.
    public func fetch<E: StoredEntity>(_ type: E.Type, id: UUID) throws -> Stored<E>? {
        try writer.read { db in try Self.fetch(E.self, id: id, db: db) }
    }

    /// A page of records matching every filter, in id order, after `after`.
    public func list<E: StoredEntity>(_ type: E.Type, filters: [ColumnFilter], limit: Int, after: UUID?) throws -> Page<Stored<E>> {
        try writer.read { db in
            try Self.page(db, table: E.table, clauses: filters.map { "\($0.column) = ?" }, arguments: filters.map(\.value),
                          limit: limit, after: after, decode: E.decode, id: \.value.id)
        }
    }

    /// One page of `table` in id order: the rows after `after` meeting every clause, fetching
    /// one more than `limit` to know whether another page follows.
    static func page<T>(_ db: Database, table: String, clauses: [String], arguments: [(any DatabaseValueConvertible)?],
                        limit: Int, after: UUID?, decode: (Row) throws -> T, id: (T) -> UUID) throws -> Page<T> {
        var clauses = clauses
        var arguments = arguments
        if let after {
            clauses.append("id > ?")
            arguments.append(after.uuidString.lowercased())
        }
        let whereClause = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(table) \(whereClause) ORDER BY id LIMIT ?",
                                    arguments: StatementArguments(arguments + [limit + 1]))
        let items = try rows.prefix(limit).map(decode)
        return Page(items: items, nextAfter: rows.count > limit ? items.last.map(id) : nil)
    }

    /// Visits every record of a kind in id order without holding them all in memory (building
    /// the match index at start-up).
    public func forEach<E: StoredEntity>(_ type: E.Type, _ body: (Stored<E>) throws -> Void) throws {
        try writer.read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT * FROM \(E.table) ORDER BY id")
            while let row = try rows.next() { try body(E.decode(row)) }
        }
    }

    /// Number of records of a kind.
    public func count<E: StoredEntity>(_ type: E.Type) throws -> Int {
        try writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(E.table)") ?? 0 }
    }

    // MARK: - Helpers

    static func insert<E: StoredEntity>(_ entity: E, db: Database) throws -> Stored<E> {
        let now = Date()
        var columns = entity.columns
        columns["version"] = 1
        columns["createdAt"] = now
        columns["updatedAt"] = now
        let names = columns.keys.sorted()
        try db.execute(
            sql: "INSERT INTO \(E.table) (\(names.joined(separator: ", "))) VALUES (\(names.map { _ in "?" }.joined(separator: ", ")))",
            arguments: StatementArguments(names.map { columns[$0]! }))
        return Stored(value: entity, version: 1, createdAt: now, updatedAt: now)
    }

    static func fetch<E: StoredEntity>(_ type: E.Type, id: UUID, db: Database) throws -> Stored<E>? {
        try Row.fetchOne(db, sql: "SELECT * FROM \(E.table) WHERE id = ?", arguments: [id.uuidString.lowercased()])
            .map(E.decode)
    }

    private func mapConstraintErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE
            || error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY {
            let message = error.message ?? ""
            if message.contains("company.cvr") {
                throw StoreError.conflict(field: "cvr", message: "a company with this CVR number exists")
            }
            throw StoreError.conflict(field: "id", message: "a record with this id exists")
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_FOREIGNKEY {
            throw StoreError.notFound
        }
    }
}

extension AppDatabase {
    /// Inserts a whole set of records in one transaction (seeding).
    public func insertAll(_ data: DemoData) throws {
        try mapSeedErrors {
            try writer.write { db in
                for record in data.citizens { _ = try Self.insert(record, db: db) }
                for record in data.companies { _ = try Self.insert(record, db: db) }
                for record in data.openings { _ = try Self.insert(record, db: db) }
                for record in data.slots { _ = try Self.insert(record, db: db) }
            }
        }
    }

    private func mapSeedErrors(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw StoreError.conflict(field: "data", message: "a record clashes with one already stored (\(error.message ?? "constraint"))")
        }
    }
}

extension AppDatabase {
    /// The records with these ids that exist, by id.
    public func fetchMany<E: StoredEntity>(_ type: E.Type, ids: [UUID]) throws -> [UUID: Stored<E>] {
        guard !ids.isEmpty else { return [:] }
        return try writer.read { db in
            let placeholders = ids.map { _ in "?" }.joined(separator: ", ")
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(E.table) WHERE id IN (\(placeholders))",
                                        arguments: StatementArguments(ids.map { $0.uuidString.lowercased() }))
            return try Dictionary(uniqueKeysWithValues: rows.map(E.decode).map { ($0.value.id, $0) })
        }
    }
}

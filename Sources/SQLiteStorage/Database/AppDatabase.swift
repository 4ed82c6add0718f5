import Foundation
import GRDB
import Profiles

/// The one owner of matchd's SQLite database, as GRDB's demo apps shape it: it takes any
/// `DatabaseWriter` (a `DatabasePool` on a file in production, a `DatabaseQueue` in memory for
/// tests that are not about durability), migrates it, and runs the stores' reads and writes, in
/// which each table's record type (`Interest+Record.swift` and its kind) and its requests say
/// the SQL. Every SQL statement of matchd lives in this module.
public struct AppDatabase: Sendable {
    /// The connection(s): one writer, and readers when it is a pool.
    let writer: any DatabaseWriter
    /// Groups concurrent writes into shared transactions (`groupWrite`).
    let groupCommit: GroupCommit
    /// Bearers of recent tokens, on a database file (`open(path:)`); nil reads every time.
    let bearers: BearerCache?

    /// Wraps and migrates `writer`.
    public init(_ writer: any DatabaseWriter) throws {
        try self.init(writer) { nil }
    }

    /// Wraps and migrates `writer`, then makes the bearer cache (which needs the schema).
    private init(_ writer: any DatabaseWriter, bearers: () throws -> BearerCache?) throws {
        self.writer = writer
        groupCommit = GroupCommit(writer: writer)
        try Schema.migrator.migrate(writer)
        self.bearers = try bearers()
    }

    /// Opens (creating if needed) and migrates the database file at `path`: WAL, foreign keys,
    /// and `synchronous=FULL`, so an acknowledged write survives power loss.
    public static func open(path: String) throws -> AppDatabase {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let pool = try DatabasePool(path: path, configuration: configuration())
        // GRDB sets synchronous=NORMAL on a pool's writer; a committed write must survive power loss.
        try pool.barrierWriteWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        return try AppDatabase(pool) { try BearerCache(path: path) }
    }

    /// A fresh private in-memory database (tests that are not about durability).
    public static func inMemory() throws -> AppDatabase {
        try AppDatabase(DatabaseQueue(configuration: configuration()))
    }

    /// The settings of every connection matchd opens on its database.
    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(5)
        return configuration
    }

    // MARK: - Writes

    /// Runs `updates` in one write transaction, off the cooperative pool; constraint failures
    /// become `StoreError`s.
    func write<T: Sendable>(_ updates: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await writer.write(updates)
        } catch let error as DatabaseError {
            throw Self.storeError(error)
        }
    }

    /// Runs `work` in its own savepoint of the next group transaction (`GroupCommit`), off the
    /// cooperative pool, and returns once that transaction has committed; constraint failures
    /// become `StoreError`s, and a failing write rolls back alone.
    func groupWrite<T: Sendable>(_ work: @escaping @Sendable (Database) throws -> Committable<T>) async throws -> T {
        try await groupCommit.submit(work)
    }

    // MARK: - Reads

    /// Runs `value` on a read-only connection, off the cooperative pool.
    func read<T: Sendable>(_ value: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await writer.read(value)
    }

    // MARK: - Errors

    /// The error a client can act on for a broken constraint; other errors pass through.
    static func storeError(_ error: any Error) -> any Error {
        guard let error = error as? DatabaseError else { return error }
        switch error.extendedResultCode {
        case .SQLITE_CONSTRAINT_UNIQUE, .SQLITE_CONSTRAINT_PRIMARYKEY:
            if (error.message ?? "").contains("company.cvr") {
                return StoreError.conflict(field: "cvr", message: "a company with this CVR number exists")
            }
            if (error.message ?? "").contains("account.email") {
                return StoreError.conflict(field: "email", message: "an account with this e-mail address exists")
            }
            if (error.message ?? "").contains("account.citizenId") {
                return StoreError.conflict(field: "citizenId", message: "this citizen has an account")
            }
            return StoreError.conflict(field: "id", message: "a record with this id exists")
        case .SQLITE_CONSTRAINT_FOREIGNKEY:
            return StoreError.notFound
        case .SQLITE_CONSTRAINT_CHECK, .SQLITE_CONSTRAINT_NOTNULL:
            return StoreError.invalid(field: column(in: error.message ?? ""))
        default:
            return error
        }
    }

    /// The column a CHECK or NOT NULL message names: "CHECK constraint failed: length(name) BETWEEN
    /// 1 AND 200" → `name`; "NOT NULL constraint failed: citizen.name" → `name`.
    static func column(in message: String) -> String {
        let expression = message.split(separator: ":", maxSplits: 1).last.map(String.init) ?? ""
        let words = expression.split { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") }
        let sqlWords: Set<String> = ["length", "json_valid", "is", "not", "null", "or", "and", "between", "in", "like", "glob"]
        let column = words.first { word in
            guard let first = word.first, first.isLetter else { return false }
            return !sqlWords.contains(word.lowercased()) && !expression.contains("\(word)(")
        }
        return column.map { String($0.split(separator: ".").last ?? $0) } ?? "body"
    }

    // MARK: - Operations (raw SQL where they are PRAGMAs and a probe, which no record says)

    /// The writer connection's `synchronous` setting (2 = FULL), for checks and tests.
    func synchronousSetting() async throws -> Int {
        try await writer.write { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1 }
    }

    /// The journal mode (`wal` on a file).
    func journalMode() async throws -> String {
        try await read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }

    /// Whether the database answers a trivial query (readiness).
    public func isReachable() async -> Bool {
        (try? await read { db in try Int.fetchOne(db, sql: "SELECT 1") }) == 1
    }

    /// The names of the migrations applied, in order.
    func appliedMigrations() async throws -> [String] {
        try await read { db in try Schema.migrator.appliedMigrations(db) }
    }

    /// Number of records of a kind.
    func count<R: ProfileRecord>(_ type: R.Type) async throws -> Int {
        try await read { db in try Stored<R>.fetchCount(db) }
    }
}

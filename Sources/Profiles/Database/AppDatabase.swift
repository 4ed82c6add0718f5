import Foundation
import GRDB

/// The one owner of matchd's SQLite database: opens it (WAL, foreign keys, `synchronous=FULL`),
/// migrates it, and offers the reads and writes the rest of the daemon needs. Every SQL
/// statement of matchd lives in this module.
public struct AppDatabase: Sendable {
    /// The pool: one writer, concurrent readers.
    let writer: DatabasePool

    /// Opens (creating if needed) and migrates the database at `path`.
    public static func open(path: String) throws -> AppDatabase {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(5)
        let pool = try DatabasePool(path: path, configuration: configuration)
        // GRDB sets synchronous=NORMAL on the pool's writer; a committed write must survive power loss.
        try pool.barrierWriteWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        let database = AppDatabase(writer: pool)
        try Schema.migrator.migrate(pool)
        return database
    }

    /// The writer connection's `synchronous` setting (2 = FULL), for checks and tests.
    public func synchronousSetting() throws -> Int {
        try writer.write { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1 }
    }

    /// The journal mode (expected `wal`).
    public func journalMode() throws -> String {
        try writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }

    /// Whether the database answers a trivial query (readiness).
    public func isReachable() -> Bool {
        (try? writer.read { db in try Int.fetchOne(db, sql: "SELECT 1") }) == 1
    }

    /// The names of the migrations applied, in order.
    public func appliedMigrations() throws -> [String] {
        try writer.read { db in try Schema.migrator.appliedMigrations(db) }
    }
}

import Foundation
import GRDB
import GRDBSQLite
import MatchCore
import Profiles

/// What a bulk import loaded.
public struct ImportSummary: Sendable, Equatable {
    public var citizens = 0
    public var companies = 0
    public var openings = 0
    public var slots = 0
    public var placements = 0
}

/// Records a bulk import refused; nothing was written. Each problem names the file, the record
/// (index and id) and the field.
public struct ImportError: Error, Sendable, CustomStringConvertible {
    /// The first problems found (the import stops reading after `RecordImport.maxProblems`).
    public var problems: [String]

    /// The problems, one a line.
    public var description: String {
        "the records are invalid:\n" + problems.map { "  \($0)" }.joined(separator: "\n")
            + (problems.count >= RecordImport.maxProblems ? "\n  (stopped after \(RecordImport.maxProblems) problems)" : "")
    }
}

extension AppDatabase {
    /// Loads a folder of records (`importRecords`) into the database file at `path` (created and
    /// migrated if needed), on a connection of its own, and writes it once: when no other
    /// connection has the file open, the load's transaction runs with a rollback journal
    /// (`PRAGMA journal_mode = TRUNCATE`, `synchronous = FULL`) instead of the write-ahead log, so
    /// its pages go straight into the database file instead of into the log and then again into
    /// the file at the checkpoint. The journal keeps the all-or-nothing: it holds the pages the
    /// file had, and a load that fails, or a crash, puts them back. The file is in WAL mode again
    /// when this returns, as `open(path:)` leaves it. When another connection has the file open
    /// (a daemon), the journal mode cannot change and the load goes through the log as before.
    public static func importRecords(
        intoFileAt path: String, from folder: URL, validator: RecordValidator,
        now: Date = Date()
    ) async throws -> ImportSummary {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: path, configuration: configuration())
        try await queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        let database = try AppDatabase(queue)
        try await queue.writeWithoutTransaction { db in try RecordImport.setJournalMode("truncate", db) }
        do {
            let summary = try await database.importRecords(from: folder, validator: validator, now: now)
            try await queue.writeWithoutTransaction { db in try RecordImport.setJournalMode("wal", db) }
            return summary
        } catch {
            try? await queue.writeWithoutTransaction { db in try RecordImport.setJournalMode("wal", db) }
            throw error
        }
    }

    /// Loads a folder of records (`companies.json`, `openings.json`, `slots.json`,
    /// `citizens.json`, and `placements.json` when present) in one transaction: all or nothing.
    /// Each file is streamed element by element (`RecordPipeline`): two threads decode and
    /// validate records by `validator` while the writer inserts those before them in file order,
    /// so memory holds a few batches and the ids seen (for duplicates and the placements'
    /// references), never the records. The match index is not touched: a daemon builds it when it
    /// starts. The write-ahead log is checkpointed at the end.
    public func importRecords(from folder: URL, validator: RecordValidator, now: Date = Date()) async throws -> ImportSummary {
        let summary = try await writer.write { db in
            try RecordImport.bulkLoad(db) {
                var load = RecordImport(folder: folder, validator: validator, now: now)
                return try load.run(db)
            }
        }
        // The transaction's pages are all in the WAL: copy them into the database now, so the next
        // process to open it (a daemon starting) does not do it first.
        try await writer.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        return summary
    }
}

/// One bulk import, run inside the write transaction.
struct RecordImport {
    /// The import stops reading after this many problems (and writes nothing).
    static let maxProblems = 20

    let folder: URL
    let validator: RecordValidator
    let now: Date
    private var problems: [String] = []
    private var citizenIds = Set<UUID>()
    private var companyIds = Set<UUID>()
    private var vacancyIds = Set<UUID>()

    init(folder: URL, validator: RecordValidator, now: Date) {
        self.folder = folder
        self.validator = validator
        self.now = now
    }

    mutating func run(_ db: Database) throws -> ImportSummary {
        var summary = ImportSummary()
        let now = now
        let validator = validator
        summary.companies = try stream(
            Company.self, "companies.json", prepare: { _ in }, ids: \.companyIds, { validator.problems($0) }, db,
            insert: { company, _, db in try Stored(value: company, version: 1, createdAt: now, updatedAt: now).insert(db) })
        for (file, source) in [("openings.json", VacancySource.opening), ("slots.json", .slot)] {
            let count = try stream(
                Vacancy.self, file, userInfo: [.vacancySource: source], prepare: { _ in }, ids: \.vacancyIds,
                { validator.problems($0) }, db,
                insert: { vacancy, _, db in try Stored(value: vacancy, version: 1, createdAt: now, updatedAt: now).insert(db) })
            if source == .opening { summary.openings = count } else { summary.slots = count }
        }
        let stamp = now.databaseValue
        let insertCitizen = try BulkInsert(Citizen.insertStatement(db))
        let insertHours = try BulkInsert(CitizenHoursEntry.insertStatement(db))
        let plain: @Sendable (Data) -> Citizen? = { element in
            element.withUnsafeBytes { Citizen(plainJSON: $0.assumingMemoryBound(to: UInt8.self)) }
        }
        summary.citizens = try stream(
            Citizen.self, "citizens.json", plain: plain, prepare: CitizenText.init, ids: \.citizenIds,
            { validator.problems($0) }, db,
            insert: { citizen, text, _ in
                try citizen.insert(insertCitizen, text: text, stamp: stamp)
                try citizen.insertHours(insertHours, text: text, stamp: stamp)
            })
        summary.placements = try history(db)
        guard problems.isEmpty else { throw ImportError(problems: problems) }
        return summary
    }

    /// Reads, validates and inserts the records of one file; returns how many it holds. Records
    /// are decoded by `plain` when it reads them, else by `JSONDecoder`, checked by `problemsOf`
    /// and made ready for `insert` by `prepare` on the pipeline's threads; duplicates and inserts
    /// are handled here, in file order (an error `prepare` threw is thrown here, at the insert).
    private mutating func stream<R: ProfileRecord & Decodable, Prepared: Sendable>(
        _ type: R.Type, _ file: String, userInfo: [CodingUserInfoKey: any Sendable] = [:],
        plain: @escaping @Sendable (Data) -> R? = { _ in nil }, prepare: @escaping @Sendable (R) throws -> Prepared,
        ids: WritableKeyPath<RecordImport, Set<UUID>>, _ problemsOf: @escaping @Sendable (R) -> [FieldError], _ db: Database,
        insert: (R, Prepared, Database) throws -> Void
    ) throws -> Int {
        let url = folder.appendingPathComponent(file)
        let pipeline = try RecordPipeline<StagedRecord<R, Prepared>>(url: url, userInfo: userInfo) { element, decoder in
            do {
                let record = try plain(element) ?? decoder.decode(R.self, from: element)
                return .decoded(record, problems: problemsOf(record), prepared: Result { try prepare(record) })
            } catch let error as DecodingError {
                return .undecodable(RecordFile.describe(error))
            } catch {
                return .undecodable("\(error)")
            }
        }
        defer { pipeline.stop() }
        var count = 0
        while problems.count < Self.maxProblems, let batch = pipeline.next() {
            for (offset, staged) in batch.records.enumerated() where problems.count < Self.maxProblems {
                let index = batch.first + offset
                count = index + 1
                switch staged {
                case .undecodable(let problem):
                    report(url, "record [\(index)]: \(problem)")
                case .decoded(let record, let found, let prepared):
                    let named = "record [\(index)] (id \(record.id.lowercasedText))"
                    for problem in found { report(url, "\(named): \(problem.field): \(problem.message)") }
                    if !self[keyPath: ids].insert(record.id).inserted { report(url, "\(named): id: appears twice in the set") }
                    guard problems.isEmpty else { continue }
                    do {
                        try insert(record, prepared.get(), db)
                    } catch let error as DatabaseError {
                        report(url, "\(named): \(Self.clash(error))")
                    }
                }
            }
            if let failure = batch.failure, problems.count < Self.maxProblems { throw failure }
        }
        return count
    }

    /// Inserts the placements of `placements.json`, when there is one; returns how many.
    private mutating func history(_ db: Database) throws -> Int {
        let url = folder.appendingPathComponent("placements.json")
        guard problems.isEmpty, FileManager.default.fileExists(atPath: url.path) else { return 0 }
        let history = try RecordFile.read([PlacementHistory].self, from: url)
        for (index, placement) in history.enumerated() {
            for problem in validator.problems(placement, citizens: citizenIds, vacancies: vacancyIds) {
                report(url, "record [\(index)]: \(problem.field): \(problem.message)")
            }
        }
        guard problems.isEmpty else { return history.count }
        for placement in history { try placement.insert(db, now: now) }
        let slots = try Stored<Vacancy>.fetchByID(db, ids: Array(Set(history.map(\.vacancyId)))).values.map(\.value)
        if let problem = ProfileWorkflow.placementsProblem(slots) { report(url, problem.message) }
        return history.count
    }

    private mutating func report(_ file: URL, _ problem: String) {
        problems.append("\(file.path): \(problem)")
    }

    /// What a refused insert clashes with: a stored record, or no such company.
    private static func clash(_ error: DatabaseError) -> String {
        switch AppDatabase.storeError(error) {
        case StoreError.conflict(let field, let message): "\(field): \(message)"
        case StoreError.notFound: "companyId: names no company of the set or the database"
        case StoreError.invalid(let field): "\(field): refused by the database's checks"
        default: "refused by the database (SQLite error \(error.resultCode.rawValue))"
        }
    }
}

/// Raw SQL: PRAGMAs, and the indexes dropped and made again from their own stored SQL.
extension RecordImport {
    /// The page cache of the writer during a bulk import, in KiB (`PRAGMA cache_size`): the
    /// citizens' id index of a national set stays in memory instead of being spilled to the WAL
    /// and read back while random ids are inserted.
    static let cacheKiB = 256 * 1024

    /// Sets the journal mode of `db`'s file to `mode` (`PRAGMA journal_mode`), unless another
    /// connection has the file open: SQLite refuses to leave WAL mode then (busy), and the mode
    /// stays as it was.
    static func setJournalMode(_ mode: String, _ db: Database) throws {
        do {
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = \(mode)")
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            return
        }
    }

    /// The tables a bulk import fills.
    static let tables = ["company", "vacancy", "citizen", "citizenHoursHistory", "placement"]

    /// Runs `load` in the current transaction with what makes a bulk load fast without changing
    /// what it writes or its all-or-nothing: a bigger page cache (`cacheKiB`), and the secondary
    /// indexes of the `tables` that are empty dropped first and created again from their stored
    /// SQL after it — one sort each instead of a million inserts at random places. Were the load to
    /// fail, the rollback brings the indexes back with everything else.
    static func bulkLoad<T>(_ db: Database, _ load: () throws -> T) throws -> T {
        let cache = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
        try db.execute(sql: "PRAGMA cache_size = -\(cacheKiB)")
        defer { try? db.execute(sql: "PRAGMA cache_size = \(cache)") }
        var indexes: [String] = []
        for table in tables where try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM \(table))") == true {
            let rows = try Row.fetchAll(
                db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
                arguments: [table])
            for row in rows {
                let name: String = row["name"]
                try db.execute(sql: "DROP INDEX \(name.quotedDatabaseIdentifier)")
                indexes.append(row["sql"])
            }
        }
        let result = try load()
        for sql in indexes { try db.execute(sql: sql) }
        return result
    }
}

/// A record as the import pipeline's threads leave it: decoded, with the problems validation
/// found and what its insert needs made beforehand (or why that could not be made), or what
/// made it undecodable.
enum StagedRecord<R: Sendable, Prepared: Sendable>: Sendable {
    case decoded(R, problems: [FieldError], prepared: Result<Prepared, any Error>)
    case undecodable(String)
}

/// A prepared INSERT run once per record of a bulk import with its values bound straight on the
/// SQLite statement (`StatementBinding`; SQLite copies each value), then stepped by GRDB as
/// `execute()` steps it — observation, errors as `DatabaseError`. Building `StatementArguments`
/// for each of a million rows cost the inserting thread more than binding them. GRDB holds
/// NULLs as the statement's arguments, marked as bound, so that `execute()` keeps the values
/// bound here; the statement is not run another way while the import uses it. Raw SQL by
/// necessity: a record's `insert` builds its arguments for each row.
struct BulkInsert {
    private let statement: Statement

    /// Runs `statement`.
    init(_ statement: Statement) {
        let parameters = Int(sqlite3_bind_parameter_count(statement.sqliteStatement))
        statement.setUncheckedArguments(StatementArguments(Array(repeating: DatabaseValue.null, count: parameters)))
        self.statement = statement
    }

    /// Binds the values `bind` gives (value and 1-based parameter index) and runs the statement.
    func run(_ bind: ((any StatementBinding, CInt) throws -> Void) throws -> Void) throws {
        let sqlite = statement.sqliteStatement
        // The previous run has ended (done, or failed and thrown): reset it before binding again.
        sqlite3_reset(sqlite)
        try bind { value, index in
            let code = value.bind(to: sqlite, at: index)
            guard code == SQLITE_OK else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot bind parameter \(index)", sql: statement.sql)
            }
        }
        try statement.execute()
    }
}

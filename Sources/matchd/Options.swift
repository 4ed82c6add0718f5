import ArgumentParser
import Foundation
import Profiles
import SQLiteStorage

/// `--db`: the SQLite database file, for every command that opens one.
struct DatabaseOptions: ParsableArguments {
    @Option(help: "SQLite database file (env MATCHD_DB; default var/matchd.sqlite).")
    var db: String?

    /// The file: `--db`, else `MATCHD_DB`, else `var/matchd.sqlite`.
    func path(_ settings: Settings = Settings()) -> String {
        settings.string(db, "MATCHD_DB", default: "var/matchd.sqlite")
    }

    /// A URL (`postgres://…`) names a store this build does not have: refused before anything
    /// is created, rather than read as a folder `postgres:` holding a new SQLite file. Only the
    /// scheme is repeated: the rest of a database URL may hold a password.
    func validate() throws {
        if let scheme = Self.urlScheme(path()) {
            throw ValidationError(
                "--db (or MATCHD_DB) is a \(scheme):// URL, but this build stores in SQLite only: "
                    + "give the path of a SQLite database file, e.g. var/matchd.sqlite.")
        }
    }

    /// The scheme of a `scheme://…` value (RFC 3986: a letter, then letters, digits, `+`, `-`, `.`).
    static func urlScheme(_ value: String) -> String? {
        guard let separator = value.range(of: "://") else { return nil }
        let scheme = value[..<separator.lowerBound]
        guard let first = scheme.first, first.isASCII, first.isLetter,
            scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        return String(scheme)
    }

    /// Opens and migrates the database.
    func open() throws -> AppDatabase {
        try AppDatabase.open(path: path())
    }
}

/// `--data`: the Data folder (taxonomy and demo data), for every command that reads it.
struct DataOptions: ParsableArguments {
    @Option(help: "The Data folder holding taxonomy/ and demo/ (env MATCHD_DATA; default ./Data).")
    var data: String?

    /// The folder: `--data`, else `MATCHD_DATA`, else `./Data`.
    func directory(_ settings: Settings = Settings()) -> URL {
        data.map { URL(fileURLWithPath: $0) } ?? DataDirectory.locate(environment: settings.environment)
    }

    /// A folder without a taxonomy is refused up front, saying where matchd looked and how to
    /// point it elsewhere.
    func validate() throws {
        let directory = directory()
        let taxonomy = directory.appendingPathComponent("taxonomy")
        guard FileManager.default.fileExists(atPath: taxonomy.path) else {
            throw ValidationError(
                "no taxonomy folder in \(directory.path): run matchd where its Data folder is, "
                    + "or give the folder with --data DIR (or MATCHD_DATA).")
        }
    }
}

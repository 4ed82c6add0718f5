import ArgumentParser
import Foundation
import Profiles

/// `--db`: the SQLite database file, for every command that opens one.
struct DatabaseOptions: ParsableArguments {
    @Option(help: "SQLite database file (env MATCHD_DB).")
    var db: String = ProcessInfo.processInfo.environment["MATCHD_DB"] ?? "var/matchd.sqlite"

    /// A URL (`postgres://…`) names a store this build does not have: refused before anything
    /// is created, rather than read as a folder `postgres:` holding a new SQLite file. Only the
    /// scheme is repeated: the rest of a database URL may hold a password.
    func validate() throws {
        if let scheme = Self.urlScheme(db) {
            throw ValidationError("--db (or MATCHD_DB) is a \(scheme):// URL, but this build stores in SQLite only: "
                + "give the path of a SQLite database file, e.g. var/matchd.sqlite.")
        }
    }

    /// The scheme of a `scheme://…` value (RFC 3986: a letter, then letters, digits, `+`, `-`, `.`).
    static func urlScheme(_ value: String) -> String? {
        guard let separator = value.range(of: "://") else { return nil }
        let scheme = value[..<separator.lowerBound]
        guard let first = scheme.first, first.isASCII, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) else { return nil }
        return String(scheme)
    }

    /// Opens and migrates the database.
    func open() throws -> AppDatabase {
        try AppDatabase.open(path: db)
    }
}

/// `--data`: the Data folder (taxonomy and demo data), for every command that reads it.
struct DataOptions: ParsableArguments {
    @Option(help: "The Data folder holding taxonomy/ and demo/ (env MATCHD_DATA; default ./Data).")
    var data: String?

    /// The folder: `--data`, else `MATCHD_DATA`, else `./Data` or the checkout's.
    var directory: URL { data.map { URL(fileURLWithPath: $0) } ?? DataDirectory.locate() }
}

import ArgumentParser
import Foundation
import Profiles

/// `--db`: the SQLite database file, for every command that opens one.
struct DatabaseOptions: ParsableArguments {
    @Option(help: "SQLite database file (env MATCHD_DB).")
    var db: String = ProcessInfo.processInfo.environment["MATCHD_DB"] ?? "var/matchd.sqlite"

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

import ArgumentParser
import Foundation
import MatchCore
import Profiles

/// `matchd seed`: loads records into a database; `--demo` loads the demo municipality.
struct SeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed", abstract: "Load the demo municipality (or exported JSON files) into a database.")

    @Option(help: "SQLite database file (env MATCHD_DB).")
    var db: String = ProcessInfo.processInfo.environment["MATCHD_DB"] ?? "var/matchd.sqlite"

    @Flag(help: "Load the synthetic demo municipality from Data/demo.")
    var demo = false

    @Option(help: "A folder with citizens.json, companies.json, openings.json, slots.json to load instead.")
    var from: String?

    @Option(help: "The Data folder (env MATCHD_DATA; default ./Data).")
    var data: String?

    func validate() throws {
        guard demo != (from != nil) else { throw ValidationError("give exactly one of --demo and --from FOLDER") }
    }

    func run() async throws {
        let folder = data.map { URL(fileURLWithPath: $0) } ?? DataDirectory.locate()
        let taxonomy = try DataDirectory.taxonomy(in: folder)
        let records = try from.map { try DataDirectory.records(in: URL(fileURLWithPath: $0)) } ?? DataDirectory.demo(in: folder)
        let store = try ProfileStore(database: AppDatabase.open(path: db), taxonomy: taxonomy)
        do {
            try await store.seed(records)
        } catch let failure as ValidationFailure {
            throw ValidationError("the records are invalid:\n" + failure.errors.prefix(20).map { "  \($0)" }.joined(separator: "\n"))
        }
        print("seeded \(db): \(records.citizens.count) citizens, \(records.companies.count) companies, "
              + "\(records.openings.count) openings, \(records.slots.count) slots")
    }
}

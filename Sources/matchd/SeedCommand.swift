import ArgumentParser
import Foundation
import MatchCore
import Profiles

/// `matchd seed`: loads records into a database; `--demo` loads the demo municipality.
struct SeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed", abstract: "Load the demo municipality (or exported JSON files) into a database.")

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Load the synthetic demo municipality from Data/demo.")
    var demo = false

    @Option(help: "A folder with citizens.json, companies.json, openings.json, slots.json to load instead.")
    var from: String?

    @OptionGroup var data: DataOptions

    func validate() throws {
        guard demo != (from != nil) else { throw ValidationError("give exactly one of --demo and --from FOLDER") }
    }

    func run() async throws {
        let taxonomy = try DataDirectory.taxonomy(in: data.directory)
        let records = try from.map { try DataDirectory.records(in: URL(fileURLWithPath: $0)) } ?? DataDirectory.demo(in: data.directory)
        let problems = RecordValidator(taxonomy: taxonomy).problems(records)
        guard problems.isEmpty else {
            throw ValidationError("the records are invalid:\n" + problems.prefix(20).map { "  \($0)" }.joined(separator: "\n"))
        }
        let store = try await SQLiteStore.open(database.open(), taxonomy: taxonomy)
        do {
            try await store.load(records)
        } catch StoreError.conflict(_, let message) {
            throw ValidationError(message)
        }
        print("seeded \(database.db): \(records.citizens.count) citizens, \(records.companies.count) companies, "
              + "\(records.openings.count) openings, \(records.slots.count) slots")
    }
}

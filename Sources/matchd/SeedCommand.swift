import ArgumentParser
import Foundation
import MatchCore
import Profiles
import SQLiteStorage

/// `matchd seed`: loads records into a database; `--demo` loads the demo municipality.
struct SeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed", abstract: "Load the demo municipality (or exported JSON files) into a database.")

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Load the synthetic demo municipality from Data/demo.")
    var demo = false

    @Option(
        help:
            "A folder with citizens.json, companies.json, openings.json, slots.json (and optionally placements.json) to load instead; streamed, all or nothing."
    )
    var from: String?

    @OptionGroup var data: DataOptions

    func validate() throws {
        guard demo != (from != nil) else { throw ValidationError("give exactly one of --demo and --from FOLDER") }
    }

    func run() async throws {
        let taxonomy = try DataDirectory.taxonomy(in: data.directory())
        let folder = from.map { URL(fileURLWithPath: $0) } ?? data.directory().appendingPathComponent("demo")
        let loaded: ImportSummary
        do {
            loaded = try await AppDatabase.importRecords(
                intoFileAt: database.path(), from: folder, validator: RecordValidator(taxonomy: taxonomy))
        } catch let error as ImportError {
            throw ValidationError(error.description)
        }
        print(
            "seeded \(database.path()): \(loaded.citizens) citizens, \(loaded.companies) companies, "
                + "\(loaded.openings) openings, \(loaded.slots) slots")
    }
}

import ArgumentParser
import EscoImport
import Foundation
import MatchCore
import Profiles

/// `matchd taxonomy`: maintains the taxonomy in `Data/taxonomy`.
struct TaxonomyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "taxonomy", abstract: "Maintain the competency and occupation taxonomy.",
        subcommands: [ImportEsco.self])

    /// `matchd taxonomy import-esco`: merges an ESCO CSV release into the taxonomy files.
    struct ImportEsco: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import-esco",
            abstract: "Merge an ESCO release (official CSV download layout) into Data/taxonomy.")

        @Option(help: "Folder holding skills_<lang>.csv, occupations_<lang>.csv, occupationSkillRelations_<lang>.csv.")
        var esco: String

        @OptionGroup var data: DataOptions

        @Flag(help: "Extend occupations' competencies with their ESCO essential skills held in the taxonomy.")
        var linkSkills = false

        @Option(help: "Add ESCO skills not yet in the taxonomy to this competency group.")
        var addSkillsToGroup: String?

        @Flag(help: "Print the report without writing the files.")
        var dryRun = false

        func run() throws {
            let folder = data.directory().appendingPathComponent("taxonomy")
            let source = try TaxonomyFileStore.read(directory: folder)
            let release = try EscoRelease.load(directory: URL(fileURLWithPath: esco))
            let (merged, report) = try EscoImporter.merge(
                release: release, into: source,
                options: EscoImportOptions(linkSkills: linkSkills, addSkillsToGroup: addSkillsToGroup))
            _ = try Taxonomy(source: merged)
            print(report)
            if !dryRun { try TaxonomyFileStore.write(merged, to: folder) }
        }
    }
}

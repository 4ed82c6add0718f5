import Foundation
import MatchCore
import Testing

@testable import EscoImport
@testable import Profiles

@Suite struct TaxonomyFileStoreTests {
    private func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("taxonomy-\(UUID().uuidString)")
    }

    @Test func writeThenReadRoundTrips() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = EscoFixtures.taxonomy()
        try TaxonomyFileStore.write(source, to: directory)
        #expect(try TaxonomyFileStore.read(directory: directory) == source)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(files == ["accommodations.json", "competencies.json", "municipalities.json", "occupations.json"])
    }

    /// `Data/taxonomy` is in the layout `matchd taxonomy import-esco` writes (what
    /// `scripts/check-taxonomy` holds hand edits to), so the only writer's next run changes
    /// only what it imports.
    @Test func theShippedFilesAreByteForByteWhatTheWriterWrites() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let shipped = DataDirectory.locate().appendingPathComponent("taxonomy")
        try TaxonomyFileStore.write(try TaxonomyFileStore.read(directory: shipped), to: directory)
        for file in ["accommodations.json", "competencies.json", "municipalities.json", "occupations.json"] {
            let written = try Data(contentsOf: directory.appendingPathComponent(file))
            #expect(written == (try Data(contentsOf: shipped.appendingPathComponent(file))), "\(file)")
        }
    }

    @Test func mergedTaxonomyRoundTrips() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let release = try EscoRelease.load(directory: EscoFixtures.releaseDirectory)
        let (merged, _) = try EscoImporter.merge(
            release: release, into: EscoFixtures.taxonomy(),
            options: EscoImportOptions(linkSkills: true, addSkillsToGroup: "office"))
        try TaxonomyFileStore.write(merged, to: directory)
        #expect(try TaxonomyFileStore.read(directory: directory) == merged)
    }

    @Test func writesPrettySortedUnescapedJsonWithTrailingNewline() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try TaxonomyFileStore.write(EscoFixtures.taxonomy(), to: directory)
        let text = try String(contentsOf: directory.appendingPathComponent("competencies.json"), encoding: .utf8)
        #expect(text.hasPrefix("{\n  \"competencies\" : [\n    {\n      \"code\" : \"manual.weld\",\n      \"da\" : \"Svejsning\",\n"))
        #expect(text.contains("\"escoUri\" : \"http://data.europa.eu/esco/skill/"))
        #expect(text.hasSuffix("}\n"))
        #expect(!text.hasSuffix("\n\n"))
    }

    @Test func decodingErrorNamesFileAndPath() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try TaxonomyFileStore.write(EscoFixtures.taxonomy(), to: directory)
        let file = directory.appendingPathComponent("occupations.json")
        let broken = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: "\"iscoGroup\" : \"2500\"", with: "\"iscoGroup\" : 2500")
        try Data(broken.utf8).write(to: file)
        let error = try #require(throws: TaxonomyFileError.self) { try TaxonomyFileStore.read(directory: directory) }
        #expect(error.file == "occupations.json")
        #expect(error.path == "occupations[1].iscoGroup")
        #expect(error.description.hasPrefix("occupations.json: occupations[1].iscoGroup: "))
    }

    @Test func missingKeyAndMissingFileAreNamed() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try TaxonomyFileStore.write(EscoFixtures.taxonomy(), to: directory)
        try Data("[{\"code\": \"101\", \"name\": \"København\", \"lat\": 1, \"lon\": 2}]\n".utf8)
            .write(to: directory.appendingPathComponent("municipalities.json"))
        let missingKey = try #require(throws: TaxonomyFileError.self) { try TaxonomyFileStore.read(directory: directory) }
        #expect(missingKey == TaxonomyFileError(file: "municipalities.json", path: "[0].region", problem: "missing key"))

        try FileManager.default.removeItem(at: directory.appendingPathComponent("accommodations.json"))
        let missingFile = try #require(throws: TaxonomyFileError.self) { try TaxonomyFileStore.read(directory: directory) }
        #expect(missingFile.file == "accommodations.json")
        #expect(missingFile.path == "")
    }
}

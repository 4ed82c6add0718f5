import Foundation
import Profiles

/// A concept's labels in one language: the preferred label and the alternative labels.
public struct EscoLabels: Equatable, Sendable {
    /// The preferred label (`preferredLabel`).
    public var preferred: String
    /// The alternative labels (`altLabels`, one per line in the CSV), in file order.
    public var alternatives: [String]

    /// Creates labels.
    public init(preferred: String, alternatives: [String] = []) {
        self.preferred = preferred
        self.alternatives = alternatives
    }
}

/// One released ESCO skill (knowledge, skill or competence).
public struct EscoSkill: Equatable, Sendable {
    /// The concept URI, `http://data.europa.eu/esco/skill/<uuid>`.
    public var uri: String
    /// `skill/competence`, `knowledge`, or empty when ESCO leaves it unset.
    public var skillType: String
    /// Labels by language code (`en`, `da`, …).
    public var labels: [String: EscoLabels]

    /// Creates a skill.
    public init(uri: String, skillType: String, labels: [String: EscoLabels]) {
        self.uri = uri
        self.skillType = skillType
        self.labels = labels
    }
}

/// One released ESCO occupation.
public struct EscoOccupation: Equatable, Sendable {
    /// The concept URI, `http://data.europa.eu/esco/occupation/<uuid>`.
    public var uri: String
    /// The ISCO-08 unit group ESCO places it in (four digits), or empty.
    public var iscoGroup: String
    /// Labels by language code (`en`, `da`, …).
    public var labels: [String: EscoLabels]

    /// Creates an occupation.
    public init(uri: String, iscoGroup: String, labels: [String: EscoLabels]) {
        self.uri = uri
        self.iscoGroup = iscoGroup
        self.labels = labels
    }
}

/// Whether ESCO lists a skill as essential or optional for an occupation.
public enum EscoRelationType: String, Equatable, Hashable, Sendable {
    /// The occupation requires the skill.
    case essential
    /// The skill is useful but not required.
    case optional
}

/// One row of `occupationSkillRelations_<lang>.csv`.
public struct EscoSkillRelation: Hashable, Sendable {
    /// The occupation's concept URI.
    public var occupationUri: String
    /// The skill's concept URI.
    public var skillUri: String
    /// Essential or optional.
    public var relationType: EscoRelationType

    /// Creates a relation.
    public init(occupationUri: String, skillUri: String, relationType: EscoRelationType) {
        self.occupationUri = occupationUri
        self.skillUri = skillUri
        self.relationType = relationType
    }
}

/// A missing or unusable ESCO release folder.
public enum EscoReleaseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The folder could not be listed; carries the folder path and the system's reason.
    case unreadableDirectory(String, String)
    /// A file the import needs is not in the folder; carries the folder path and the file name.
    case missingFile(String, String)

    /// A sentence naming the folder and the problem.
    public var description: String {
        switch self {
        case .unreadableDirectory(let path, let reason): "\(path): cannot be listed: \(reason)"
        case .missingFile(let path, let name): "\(path): \(name) is missing"
        }
    }
}

/// The parts of an official ESCO release (CSV download layout) that the importer uses: the
/// released skills and occupations with their labels in every language the folder holds, and
/// the occupation–skill relations. Rows whose status is not `released` are left out and their
/// URIs listed in `notReleased`.
public struct EscoRelease: Equatable, Sendable {
    /// Language codes found in the folder, sorted.
    public var languages: [String]
    /// Released skills by concept URI.
    public var skills: [String: EscoSkill]
    /// Released occupations by concept URI.
    public var occupations: [String: EscoOccupation]
    /// Occupation–skill relations, deduplicated and sorted by occupation, skill and type.
    public var relations: [EscoSkillRelation]
    /// URIs of concepts skipped because no file lists them as released, sorted.
    public var notReleased: [String]

    /// Creates a release from its parts (tests build small releases this way).
    public init(
        languages: [String], skills: [String: EscoSkill], occupations: [String: EscoOccupation],
        relations: [EscoSkillRelation], notReleased: [String] = []
    ) {
        self.languages = languages
        self.skills = skills
        self.occupations = occupations
        self.relations = relations
        self.notReleased = notReleased
    }

    /// Columns `skills_<lang>.csv` must have; the others are ignored.
    public static let skillColumns = ["conceptUri", "skillType", "preferredLabel", "altLabels"]
    /// Columns `occupations_<lang>.csv` must have; the others are ignored.
    public static let occupationColumns = ["conceptUri", "iscoGroup", "preferredLabel", "altLabels"]
    /// Columns `occupationSkillRelations_<lang>.csv` must have; the others are ignored.
    public static let relationColumns = ["occupationUri", "relationType", "skillUri"]

    /// Reads the release in `directory`. Languages are detected from the names
    /// `skills_<lang>.csv` and `occupations_<lang>.csv`; `skills_en.csv`, `occupations_en.csv` and
    /// `occupationSkillRelations_en.csv` must be present because English labels drive the
    /// matching (the relations files of other languages are copies and are not read). Other
    /// files in the folder are ignored. Throws `EscoReleaseError` for folder problems and
    /// `CSVError` for file content problems.
    public static func load(directory: URL) throws -> EscoRelease {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw EscoReleaseError.unreadableDirectory(directory.path, String(describing: error))
        }
        var skillLanguages: [String] = []
        var occupationLanguages: [String] = []
        for name in names {
            guard let (kind, language) = splitFileName(name) else { continue }
            if kind == "skills" { skillLanguages.append(language) }
            if kind == "occupations" { occupationLanguages.append(language) }
        }
        for required in ["skills_en.csv", "occupations_en.csv", "occupationSkillRelations_en.csv"]
        where !names.contains(required) {
            throw EscoReleaseError.missingFile(directory.path, required)
        }

        var builder = Builder()
        for language in skillLanguages.sorted() {
            let table = try CSVReader.read(
                contentsOf: directory.appendingPathComponent("skills_\(language).csv"),
                requiredColumns: skillColumns)
            try builder.addSkills(table, language: language)
        }
        for language in occupationLanguages.sorted() {
            let table = try CSVReader.read(
                contentsOf: directory.appendingPathComponent("occupations_\(language).csv"),
                requiredColumns: occupationColumns)
            try builder.addOccupations(table, language: language)
        }
        let relations = try CSVReader.read(
            contentsOf: directory.appendingPathComponent("occupationSkillRelations_en.csv"),
            requiredColumns: relationColumns)
        try builder.addRelations(relations)
        return builder.release(languages: Set(skillLanguages + occupationLanguages).sorted())
    }

    /// Splits `skills_en.csv` into (`skills`, `en`); nil for names outside the layout, such as
    /// `skillsHierarchy_en.csv` or a README.
    private static func splitFileName(_ name: String) -> (String, String)? {
        guard name.hasSuffix(".csv"), let underscore = name.lastIndex(of: "_") else { return nil }
        let kind = String(name[..<underscore])
        let language = String(name[name.index(after: underscore)...].dropLast(4))
        guard ["skills", "occupations", "occupationSkillRelations"].contains(kind),
            !language.isEmpty,
            language.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-") })
        else { return nil }
        return (kind, language)
    }

    /// Accumulates rows from the per-language files into one release.
    private struct Builder {
        var skills: [String: EscoSkill] = [:]
        var occupations: [String: EscoOccupation] = [:]
        var relations = Set<EscoSkillRelation>()
        var skipped = Set<String>()

        mutating func addSkills(_ table: CSVTable, language: String) throws(CSVError) {
            for row in table.rows {
                let uri = try required("conceptUri", in: row, of: table)
                guard isReleased(row) else {
                    skipped.insert(uri)
                    continue
                }
                let skillType = value("skillType", in: row)
                var skill = skills[uri] ?? EscoSkill(uri: uri, skillType: "", labels: [:])
                if !skillType.isEmpty, language == "en" || skill.skillType.isEmpty {
                    skill.skillType = skillType
                }
                skill.labels[language] = labels(in: row)
                skills[uri] = skill
            }
        }

        mutating func addOccupations(_ table: CSVTable, language: String) throws(CSVError) {
            for row in table.rows {
                let uri = try required("conceptUri", in: row, of: table)
                guard isReleased(row) else {
                    skipped.insert(uri)
                    continue
                }
                let iscoGroup = value("iscoGroup", in: row)
                var occupation = occupations[uri] ?? EscoOccupation(uri: uri, iscoGroup: "", labels: [:])
                if !iscoGroup.isEmpty, language == "en" || occupation.iscoGroup.isEmpty {
                    occupation.iscoGroup = iscoGroup
                }
                occupation.labels[language] = labels(in: row)
                occupations[uri] = occupation
            }
        }

        mutating func addRelations(_ table: CSVTable) throws(CSVError) {
            for row in table.rows {
                let occupationUri = try required("occupationUri", in: row, of: table)
                let skillUri = try required("skillUri", in: row, of: table)
                let type = value("relationType", in: row)
                guard let relationType = EscoRelationType(rawValue: type.lowercased()) else {
                    throw CSVError(
                        file: table.file, line: row.line,
                        problem: .invalidValue(column: "relationType", value: type))
                }
                relations.insert(
                    EscoSkillRelation(
                        occupationUri: occupationUri, skillUri: skillUri,
                        relationType: relationType))
            }
        }

        func release(languages: [String]) -> EscoRelease {
            let sorted = relations.sorted {
                ($0.occupationUri, $0.skillUri, $0.relationType.rawValue)
                    < ($1.occupationUri, $1.skillUri, $1.relationType.rawValue)
            }
            let released = Set(skills.keys).union(occupations.keys)
            return EscoRelease(
                languages: languages, skills: skills, occupations: occupations,
                relations: sorted, notReleased: skipped.subtracting(released).sorted())
        }

        /// True unless the row has a status column saying something other than `released`.
        private func isReleased(_ row: CSVRow) -> Bool {
            guard let status = row["status"] else { return true }
            return status.trimmingCharacters(in: .whitespaces).lowercased() == "released"
        }

        /// The preferred label and the newline-separated alternative labels, trimmed, without
        /// empty lines; nil when the row has no preferred label (an untranslated concept).
        private func labels(in row: CSVRow) -> EscoLabels? {
            let preferred = value("preferredLabel", in: row)
            guard !preferred.isEmpty else { return nil }
            let alternatives = value("altLabels", in: row)
                .split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            return EscoLabels(preferred: preferred, alternatives: alternatives)
        }

        private func value(_ column: String, in row: CSVRow) -> String {
            (row[column] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        }

        private func required(_ column: String, in row: CSVRow, of table: CSVTable) throws(CSVError) -> String {
            let text = value(column, in: row)
            guard !text.isEmpty else {
                throw CSVError(file: table.file, line: row.line, problem: .emptyField(column: column))
            }
            return text
        }
    }
}

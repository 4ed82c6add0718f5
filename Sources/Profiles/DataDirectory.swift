import Foundation
import MatchCore

/// Finds matchd's `Data/` folder (taxonomy and demo data) and loads what is in it.
public enum DataDirectory {
    /// The folder: `MATCHD_DATA` when set, else `Data` in the working directory (a checkout, or
    /// wherever an installation puts it). Never found through the source file's path: a binary
    /// reads the data it is pointed at, not the checkout it was built from; a folder without the
    /// files is reported by the read that needs them, naming the file.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let path = environment["MATCHD_DATA"], !path.isEmpty { return URL(fileURLWithPath: path) }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Data")
    }

    /// Reads and compiles the taxonomy in `directory/taxonomy`.
    public static func taxonomy(in directory: URL) throws -> Taxonomy {
        try Taxonomy(source: TaxonomyFileStore.read(directory: directory.appendingPathComponent("taxonomy")))
    }

    /// Reads the demo municipality in `directory/demo`.
    public static func demo(in directory: URL) throws -> RecordSet {
        try records(in: directory.appendingPathComponent("demo"))
    }

    /// Reads `citizens.json`, `companies.json`, `openings.json` and `slots.json` from a folder.
    public static func records(in folder: URL) throws -> RecordSet {
        let history = folder.appendingPathComponent("placements.json")
        return RecordSet(
            citizens: try RecordFile.read([Citizen].self, from: folder.appendingPathComponent("citizens.json")),
            companies: try RecordFile.read([Company].self, from: folder.appendingPathComponent("companies.json")),
            vacancies: try RecordFile.vacancies(.opening, from: folder.appendingPathComponent("openings.json"))
                + RecordFile.vacancies(.slot, from: folder.appendingPathComponent("slots.json")),
            history: FileManager.default.fileExists(atPath: history.path) ? try RecordFile.read([PlacementHistory].self, from: history) : []
        )
    }
}

/// A set of records to load together: the demo municipality, or a consultant's export.
public struct RecordSet: Sendable {
    /// Citizens.
    public var citizens: [Citizen]
    /// Companies.
    public var companies: [Company]
    /// Openings and slots.
    public var vacancies: [Vacancy]
    /// Placements that happened before the records were loaded (`placements.json`, optional).
    public var history: [PlacementHistory]

    /// Creates the set.
    public init(citizens: [Citizen], companies: [Company], vacancies: [Vacancy], history: [PlacementHistory] = []) {
        self.citizens = citizens
        self.companies = companies
        self.vacancies = vacancies
        self.history = history
    }

    /// The openings among the vacancies.
    public var openings: [Vacancy] { vacancies.filter { $0.source == .opening } }
    /// The slots among the vacancies.
    public var slots: [Vacancy] { vacancies.filter { $0.source == .slot } }
}

/// A placement of a record set's history (`placements.json`), its times counted in days
/// relative to the moment the set is loaded, so a demo's recent months stay recent.
public struct PlacementHistory: Codable, Sendable, Equatable {
    /// A progression entry.
    public struct Step: Codable, Sendable, Equatable {
        public var daysAfterStart: Int
        public var weeklyHours: Double
        public var paidHours: Double
        public var note: String
    }

    /// How it ended.
    public struct End: Codable, Sendable, Equatable {
        public var daysAfterStart: Int
        public var outcome: PlacementOutcome
    }

    public var citizenId: UUID
    public var vacancyId: UUID
    public var kind: EmploymentKind
    /// Days before loading that it started.
    public var startDaysAgo: Int
    public var plannedEndDaysAfterStart: Int?
    public var agreedHours: Double
    public var mentorName: String?
    public var progress: [Step]
    public var ended: End?
}

/// A JSON file of records that could not be read: names the file, the record and the field.
public struct RecordFileError: Error, Sendable, CustomStringConvertible {
    /// The file.
    public var file: String
    /// What is wrong, naming the record (`[12]`) and field when known.
    public var problem: String

    /// Creates the value from every stored property (for the stores, in other targets).
    package init(file: String, problem: String) {
        self.file = file
        self.problem = problem
    }

    /// `file: problem`.
    public var description: String { "\(file): \(problem)" }
}

/// Reads JSON arrays of records (the format of the API, the demo data and `matchd rank`).
public enum RecordFile {
    /// Reads a file of openings (`.opening`) or slots (`.slot`), whose records carry no `source`.
    public static func vacancies(_ source: VacancySource, from url: URL) throws(RecordFileError) -> [Vacancy] {
        try read([Vacancy].self, from: url, userInfo: [.vacancySource: source])
    }

    /// Decodes `type` from the file, with errors naming the file, the record index and the field.
    public static func read<T: Decodable>(
        _ type: T.Type, from url: URL,
        userInfo: [CodingUserInfoKey: any Sendable] = [:]
    ) throws(RecordFileError) -> T {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw RecordFileError(file: url.path, problem: "cannot read the file")
        }
        do {
            let decoder = JSONDecoder()
            decoder.userInfo = userInfo
            return try decoder.decode(T.self, from: data)
        } catch let error as DecodingError {
            throw RecordFileError(file: url.path, problem: describe(error))
        } catch {
            throw RecordFileError(file: url.path, problem: "\(error)")
        }
    }

    /// Validates each record, returning errors naming the record (by index and id) and field.
    public static func validate<T>(
        _ records: [T], file: String, id: (T) -> UUID,
        problems: (T) -> [FieldError]
    ) throws(RecordFileError) {
        var messages: [String] = []
        for (index, record) in records.enumerated() {
            for problem in problems(record) {
                messages.append("record [\(index)] (id \(id(record).lowercasedText)): \(problem.field): \(problem.message)")
            }
        }
        var seen = Set<UUID>()
        for (index, record) in records.enumerated() where !seen.insert(id(record)).inserted {
            messages.append("record [\(index)]: id: \(id(record).lowercasedText) appears twice")
        }
        if !messages.isEmpty {
            throw RecordFileError(
                file: file,
                problem: messages.prefix(20).joined(separator: "\n  ")
                    + (messages.count > 20 ? "\n  … and \(messages.count - 20) more" : ""))
        }
    }

    /// Where and what a decoding error is: `[3].hours.current: …` (the coding path, then the problem).
    package static func describe(_ error: DecodingError) -> String {
        func path(_ codingPath: [any CodingKey]) -> String {
            codingPath.reduce("") { text, key in
                if let index = key.intValue { return text + "[\(index)]" }
                return text.isEmpty ? key.stringValue : text + "." + key.stringValue
            }
        }
        switch error {
        case .keyNotFound(let key, let context):
            let at = path(context.codingPath)
            return "\(at.isEmpty ? "top level" : at): missing field \(key.stringValue)"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        case .dataCorrupted(let context):
            let at = path(context.codingPath)
            return at.isEmpty
                ? "not valid JSON (\(context.underlyingError.map { "\($0)" } ?? context.debugDescription))"
                : "\(at): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}

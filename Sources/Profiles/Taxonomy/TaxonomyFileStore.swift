import Foundation
import MatchCore

/// A taxonomy file that could not be read or written, naming the file and, for content
/// problems, the JSON path where decoding failed.
public struct TaxonomyFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Name of the file, e.g. `competencies.json`.
    public var file: String
    /// Dotted JSON path of the failing value (e.g. `competencies[3].escoUri`); empty when the
    /// problem is the file as a whole.
    public var path: String
    /// What went wrong.
    public var problem: String

    /// Creates an error.
    public init(file: String, path: String, problem: String) {
        self.file = file
        self.path = path
        self.problem = problem
    }

    /// `file: path: problem`, or `file: problem` without a path.
    public var description: String {
        path.isEmpty ? "\(file): \(problem)" : "\(file): \(path): \(problem)"
    }
}

/// Reads and writes a taxonomy folder (`competencies.json`, `occupations.json`,
/// `accommodations.json`, `municipalities.json`) so the ESCO import can update the checked-in
/// files. Output is pretty-printed with sorted keys, unescaped slashes and a trailing newline,
/// which keeps diffs of the data files small and stable.
public enum TaxonomyFileStore {
    /// Reads the four files in `directory`.
    public static func read(directory: URL) throws(TaxonomyFileError) -> TaxonomySource {
        TaxonomySource(
            competencies: try decode(CompetencyFile.self, from: directory, file: "competencies.json"),
            occupations: try decode(OccupationFile.self, from: directory, file: "occupations.json"),
            accommodations: try decode(AccommodationFile.self, from: directory, file: "accommodations.json"),
            municipalities: try decode([MunicipalityEntry].self, from: directory, file: "municipalities.json"))
    }

    /// Writes the four files into `directory`, creating it if needed; each file is replaced
    /// atomically.
    public static func write(_ source: TaxonomySource, to directory: URL) throws(TaxonomyFileError) {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw TaxonomyFileError(
                file: directory.lastPathComponent, path: "",
                problem: "cannot create folder: \(error)")
        }
        try encode(source.competencies, to: directory, file: "competencies.json")
        try encode(source.occupations, to: directory, file: "occupations.json")
        try encode(source.accommodations, to: directory, file: "accommodations.json")
        try encode(source.municipalities, to: directory, file: "municipalities.json")
    }

    /// Pretty-printed, key-sorted JSON without escaped slashes, ending in a newline.
    private static func encoded(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    private static func decode<Value: Decodable>(
        _ type: Value.Type, from directory: URL,
        file: String
    ) throws(TaxonomyFileError) -> Value {
        let data: Data
        do {
            data = try Data(contentsOf: directory.appendingPathComponent(file))
        } catch {
            throw TaxonomyFileError(file: file, path: "", problem: "cannot be read: \(error)")
        }
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw describe(error, file: file)
        } catch {
            throw TaxonomyFileError(file: file, path: "", problem: "\(error)")
        }
    }

    private static func encode(_ value: some Encodable, to directory: URL, file: String) throws(TaxonomyFileError) {
        do {
            try encoded(value).write(to: directory.appendingPathComponent(file), options: .atomic)
        } catch {
            throw TaxonomyFileError(file: file, path: "", problem: "cannot be written: \(error)")
        }
    }

    /// Turns a decoding error into the failing JSON path and a plain-words problem.
    private static func describe(_ error: DecodingError, file: String) -> TaxonomyFileError {
        let context: DecodingError.Context
        let problem: String
        switch error {
        case .typeMismatch(let type, let errorContext):
            context = errorContext
            problem = "expected \(type)"
        case .valueNotFound(let type, let errorContext):
            context = errorContext
            problem = "missing value of type \(type)"
        case .keyNotFound(let key, let errorContext):
            context = errorContext.with(key: key)
            problem = "missing key"
        case .dataCorrupted(let errorContext):
            context = errorContext
            problem = "invalid JSON: \(errorContext.debugDescription)"
        @unknown default:
            return TaxonomyFileError(file: file, path: "", problem: "\(error)")
        }
        return TaxonomyFileError(file: file, path: jsonPath(context.codingPath), problem: problem)
    }

    /// `[a, 3, b]` as `a[3].b`.
    private static func jsonPath(_ codingPath: [any CodingKey]) -> String {
        var path = ""
        for key in codingPath {
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                path += path.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return path
    }
}

extension DecodingError.Context {
    /// The context with `key` appended to its coding path, for a key that was not found.
    fileprivate func with(key: any CodingKey) -> DecodingError.Context {
        DecodingError.Context(codingPath: codingPath + [key], debugDescription: debugDescription)
    }
}

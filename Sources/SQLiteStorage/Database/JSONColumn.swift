import Foundation
import GRDB
import MatchCore
import Profiles

/// Lists of codes stored as JSON text (the schema checks `json_valid`): one encoding for every
/// JSON column, with sorted keys so equal values store equal text. The lists the profile records
/// hold are written by `PlainJSONWriter` (overloads of `encode`, `JSONColumn+Lists.swift`), to
/// the same text, and read by `ListColumnParser`.
enum JSONColumn {
    static func encode(_ value: some Encodable) throws -> String {
        try encodeWithEncoder(value)
    }

    /// `value` as `JSONEncoder` writes it, compact with sorted keys.
    static func encodeWithEncoder(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ row: Row, _ column: String) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(try row.decode(String.self, forColumn: column).utf8))
    }

    /// Reads the column at `index` with `fast` (`ListColumnParser`), and with `JSONDecoder` when
    /// that answers nil.
    static func decode<T: Decodable>(_ row: Row, _ index: Int, fast: (String) -> T?) throws -> T {
        try decode(row.decode(String.self, atIndex: index), fast: fast)
    }

    /// Reads the column named `column` as `decode(_:_:fast:)` does.
    static func decode<T: Decodable>(_ row: Row, _ column: String, fast: (String) -> T?) throws -> T {
        try decode(row.decode(String.self, forColumn: column), fast: fast)
    }

    private static func decode<T: Decodable>(_ text: String, fast: (String) -> T?) throws -> T {
        try fast(text) ?? JSONDecoder().decode(T.self, from: Data(text.utf8))
    }
}

extension Row {
    /// A UUID stored as its lowercase text (the form the API shows), parsed by hand
    /// (`UUID(databaseText:)`: `UUID(uuidString:)`'s `sscanf` showed reading the vacancies at start-up).
    func uuid(_ column: String) throws -> UUID {
        let text = try decode(String.self, forColumn: column)
        guard let id = UUID(databaseText: text) else { throw StoredValueError(column: column) }
        return id
    }

    /// An optional UUID stored as text.
    func optionalUUID(_ column: String) throws -> UUID? {
        try decode(String?.self, forColumn: column).map { text in
            guard let id = UUID(uuidString: text) else { throw StoredValueError(column: column) }
            return id
        }
    }

    /// A value stored by its raw value (enums, municipality codes).
    func raw<T: RawRepresentable>(_ type: T.Type, _ column: String) throws -> T where T.RawValue: DatabaseValueConvertible {
        guard let value = T(rawValue: try decode(T.RawValue.self, forColumn: column)) else { throw StoredValueError(column: column) }
        return value
    }
}

/// A stored value this version of matchd cannot read (a damaged or foreign database).
struct StoredValueError: Error, CustomStringConvertible {
    let column: String
    var description: String { "the database holds a value matchd cannot read in column \(column)" }
}

extension MunicipalityCode {
    /// Stored as its three digits, as in the first schema.
    init(row: Row, column: String) throws {
        guard let code = MunicipalityCode(try row.decode(String.self, forColumn: column)) else {
            throw StoredValueError(column: column)
        }
        self = code
    }
}

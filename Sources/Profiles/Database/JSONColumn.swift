import Foundation
import GRDB
import MatchCore

/// Lists of codes stored as JSON text (the schema checks `json_valid`): one encoding for every
/// JSON column, with sorted keys so equal values store equal text.
enum JSONColumn {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ row: Row, _ column: String) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(try row.decode(String.self, forColumn: column).utf8))
    }
}

extension Row {
    /// A UUID stored as its lowercase text (the form the API shows).
    func uuid(_ column: String) throws -> UUID {
        let text = try decode(String.self, forColumn: column)
        guard let id = UUID(uuidString: text) else { throw StoredValueError(column: column) }
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

extension UUID {
    /// The lowercase text the database and the API use.
    var databaseText: String { uuidString.lowercased() }
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

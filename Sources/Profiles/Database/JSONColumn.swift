import Foundation
import GRDB
import MatchCore

/// Lists of codes stored as JSON text (the schema checks `json_valid`): one encoding for every
/// JSON column, with sorted keys so equal values store equal text. The lists the profile records
/// hold are written by `PlainJSONWriter` (overloads of `encode`), to the same text.
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

extension UUID {
    /// The lowercase canonical text the database and the API use, formatted by hand
    /// (`uuidString` goes through `snprintf`, which showed in the match route's profile).
    public var lowercasedText: String { text(digits: "0123456789abcdef") }

    /// The uppercase canonical text, as `uuidString`.
    public var uppercasedText: String { text(digits: "0123456789ABCDEF") }

    /// Writes the lowercase canonical text of `id` into the first 36 bytes of `out` (which must
    /// have room for them) and returns 36: for writers that put ids straight into a buffer.
    public static func writeLowercasedText(_ id: UUID, into out: UnsafeMutableRawBufferPointer) -> Int {
        id.write(digits: "0123456789abcdef", into: out)
    }

    private func text(digits: StaticString) -> String {
        String(unsafeUninitializedCapacity: 36) { write(digits: digits, into: UnsafeMutableRawBufferPointer($0)) }
    }

    private func write(digits: StaticString, into out: UnsafeMutableRawBufferPointer) -> Int {
        precondition(out.count >= 36, "a UUID's text needs 36 bytes")
        return withUnsafeBytes(of: uuid) { bytes in
            let digits = digits.utf8Start
            var at = 0
            for (i, byte) in bytes.enumerated() {
                if i == 4 || i == 6 || i == 8 || i == 10 {
                    out[at] = UInt8(ascii: "-")
                    at += 1
                }
                out[at] = digits[Int(byte >> 4)]
                out[at + 1] = digits[Int(byte & 0xF)]
                at += 2
            }
            return at
        }
    }

    /// Parses the 36-character text of a UUID by hand (`UUID(uuidString:)` goes through `sscanf`,
    /// which showed in the start-up profile of a million citizens); other text falls back to it.
    init?(databaseText text: String) {
        var utf8 = text
        if let id = utf8.withUTF8(UUID.init(databaseBytes:)) { self = id } else if let id = UUID(uuidString: text) { self = id } else { return nil }
    }

    /// Parses the 36 bytes of a UUID's canonical text (hex digits of either case) by hand; any
    /// other bytes answer nil.
    init?(databaseBytes chars: UnsafeBufferPointer<UInt8>) {
        guard chars.count == 36 else { return nil }
        var bytes: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        let parsed = withUnsafeMutableBytes(of: &bytes) { out -> Bool in
            var at = 0
            for i in 0..<16 {
                if at == 8 || at == 13 || at == 18 || at == 23 {
                    guard chars[at] == UInt8(ascii: "-") else { return false }
                    at += 1
                }
                guard let high = Self.hexValue(chars[at]), let low = Self.hexValue(chars[at + 1]) else { return false }
                out[i] = high << 4 | low
                at += 2
            }
            return true
        }
        guard parsed else { return nil }
        self.init(uuid: bytes)
    }

    private static func hexValue(_ char: UInt8) -> UInt8? {
        switch char {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): char - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): char - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): char - UInt8(ascii: "A") + 10
        default: nil
        }
    }
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

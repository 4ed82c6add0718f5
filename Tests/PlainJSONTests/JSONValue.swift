import Foundation
import PlainJSON

/// A JSON value as Foundation's `JSONDecoder` reads it (every number a `Double`): the common
/// ground on which the plain readers and writers are compared with Foundation's coders.
enum JSONValue: Equatable, Codable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// What `JSONDecoder` reads from `bytes`, or nil when it refuses them.
    static func decoded(_ bytes: [UInt8]) -> JSONValue? {
        try? JSONDecoder().decode(JSONValue.self, from: Data(bytes))
    }

    /// What a reader built on `JSONScanner` alone reads from all of `bytes`, or nil where it
    /// leaves them to Foundation. It tries each kind of value from the same place (the scanner is
    /// a value, so a copy backtracks) and takes each key of an object once, as the adapters do;
    /// with `ascii`, strings and keys are read by `asciiString()` and `asciiObject(_:)`.
    static func scanned(_ bytes: [UInt8], ascii: Bool = false) -> JSONValue? {
        var value: JSONValue?
        let read = bytes.withUnsafeBufferPointer { buffer in
            JSONScanner.whole(buffer) { scanner in
                value = scan(&scanner, ascii: ascii)
                return value != nil
            }
        }
        return read ? value : nil
    }

    private static func scan(_ scanner: inout JSONScanner, ascii: Bool) -> JSONValue? {
        let kinds: [(inout JSONScanner) -> JSONValue?] = [
            { $0.null() ? .null : nil },
            { $0.bool().map(JSONValue.bool) },
            { $0.number().map(JSONValue.number) },
            { ascii ? $0.asciiString().map { .string(String(decoding: $0, as: UTF8.self)) } : $0.string().map(JSONValue.string) },
            { scanner in scanner.list { scan(&$0, ascii: ascii) }.map(JSONValue.array) },
            { scanner in
                var members: [String: JSONValue] = [:]
                let member = { (key: String, scanner: inout JSONScanner) -> Bool in
                    var value = members[key]
                    guard JSONScanner.once(&value, scan(&scanner, ascii: ascii)) else { return false }
                    members[key] = value
                    return true
                }
                let read = ascii ? scanner.asciiObject { member(String(decoding: $0, as: UTF8.self), &$1) } : scanner.object(member)
                return read ? .object(members) : nil
            },
        ]
        for kind in kinds {
            var attempt = scanner
            if let value = kind(&attempt) {
                scanner = attempt
                return value
            }
        }
        return nil
    }
}

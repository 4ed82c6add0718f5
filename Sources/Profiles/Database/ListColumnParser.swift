import Foundation

/// Reads the list columns the store writes itself (`JSONColumn`: compact arrays of strings or of
/// flat objects with string, integer and boolean values, such as `[{"code":"x","level":2}]`)
/// without `JSONDecoder`, whose cost per call dominated building the match index of a million
/// citizens at start-up. Anything else — an escape in a string, a fraction, nesting — answers
/// nil, and the caller decodes that value with `JSONDecoder` instead.
enum ListColumnParser {
    /// A scalar of a flat object.
    enum Scalar {
        case string(String)
        case integer(Int)
        case bool(Bool)
    }

    /// `["a","b"]`.
    static func strings(_ text: String) -> [String]? {
        var values: [String] = []
        let parsed = scan(text) { scanner in
            guard let value = scanner.string() else { return false }
            values.append(value)
            return true
        }
        return parsed ? values : nil
    }

    /// An array of flat objects; `object` gets each object's members and answers whether it
    /// understood them.
    static func objects(_ text: String, _ object: ([(key: String, value: Scalar)]) -> Bool) -> Bool {
        scan(text) { scanner in
            guard let members = scanner.object() else { return false }
            return object(members)
        }
    }

    private static func scan(_ text: String, _ element: (inout Scanner) -> Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var scanner = Scanner(bytes: bytes)
            guard scanner.take(UInt8(ascii: "[")) else { return false }
            if scanner.take(UInt8(ascii: "]")) { return scanner.atEnd }
            repeat {
                guard element(&scanner) else { return false }
            } while scanner.take(UInt8(ascii: ","))
            return scanner.take(UInt8(ascii: "]")) && scanner.atEnd
        }
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var at = 0

        var atEnd: Bool { at == bytes.count }

        mutating func take(_ byte: UInt8) -> Bool {
            guard at < bytes.count, bytes[at] == byte else { return false }
            at += 1
            return true
        }

        /// A string without escapes.
        mutating func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = at
            while at < bytes.count, bytes[at] != UInt8(ascii: "\"") {
                if bytes[at] == UInt8(ascii: "\\") { return nil }
                at += 1
            }
            guard at < bytes.count else { return nil }
            let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)
            at += 1
            return value
        }

        mutating func scalar() -> Scalar? {
            guard at < bytes.count else { return nil }
            switch bytes[at] {
            case UInt8(ascii: "\""): return string().map(Scalar.string)
            case UInt8(ascii: "t"): return word("true") ? .bool(true) : nil
            case UInt8(ascii: "f"): return word("false") ? .bool(false) : nil
            default:
                let negative = take(UInt8(ascii: "-"))
                var value = 0, digits = 0
                while at < bytes.count, bytes[at] >= UInt8(ascii: "0"), bytes[at] <= UInt8(ascii: "9"), digits < 18 {
                    value = value * 10 + Int(bytes[at] - UInt8(ascii: "0"))
                    at += 1
                    digits += 1
                }
                guard digits > 0, at < bytes.count, bytes[at] == UInt8(ascii: ",") || bytes[at] == UInt8(ascii: "}") else { return nil }
                return .integer(negative ? -value : value)
            }
        }

        mutating func word(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard bytes.count - at >= count else { return false }
            for i in 0..<count where bytes[at + i] != word.utf8Start[i] { return false }
            at += count
            return true
        }

        mutating func object() -> [(key: String, value: Scalar)]? {
            guard take(UInt8(ascii: "{")) else { return nil }
            var members: [(key: String, value: Scalar)] = []
            if take(UInt8(ascii: "}")) { return members }
            repeat {
                guard let key = string(), take(UInt8(ascii: ":")), let value = scalar() else { return nil }
                members.append((key, value))
            } while take(UInt8(ascii: ","))
            return take(UInt8(ascii: "}")) ? members : nil
        }
    }
}

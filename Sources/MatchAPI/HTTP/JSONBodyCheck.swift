import Profiles

/// Checks a JSON body for what the decoder would accept silently or refuse without saying
/// where, and names the field:
/// - a key given twice in one object (the decoder would keep one of them unseen);
/// - `null` for a property the spec never makes nullable (the decoder reads it as absent);
/// - a date-time property that is not RFC 3339 (the date decoder cannot say which it was);
/// - a number a property cannot take: `1e309` anywhere, a fraction (`level: 1.5`) or more than
///   64 bits under a property the spec types `integer` — Foundation's `JSONDecoder` on Linux
///   answers those with "not valid JSON" and no coding path.
/// Properties are judged by name (`Rules`, read from the spec); values under names the spec
/// does not know are left alone, as the decoder ignores them. It walks the tokens iteratively
/// (nesting depth costs no stack) and stops at the first problem; malformed JSON is left to the
/// decoder.
enum JSONBodyCheck {
    /// Property names from the spec's schemas.
    struct Rules: Sendable {
        /// Every property name.
        var known: Set<String>
        /// Names typed `integer` and never `number`.
        var integers: Set<String>
        /// Names that may be `null` somewhere.
        var nullable: Set<String>
        /// Names that are always `format: date-time` strings.
        var dateTimes: Set<String>
    }

    /// The first field at fault, or nil.
    static func problem(in body: [UInt8], rules: Rules) -> FieldError? {
        var path: [PathElement] = []
        var keys: [Set<String>] = []
        var index = 0
        var expectingKey = false
        while index < body.count {
            switch body[index] {
            case UInt8(ascii: "{"):
                path.append(.key(""))
                keys.append([])
                expectingKey = true
                index += 1
            case UInt8(ascii: "["):
                path.append(.index(0))
                index += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if case .key? = path.last, !keys.isEmpty { keys.removeLast() }
                if !path.isEmpty { path.removeLast() }
                expectingKey = false
                index += 1
            case UInt8(ascii: ","):
                if case .index(let position)? = path.last { path[path.count - 1] = .index(position + 1) } else { expectingKey = true }
                index += 1
            case UInt8(ascii: "\""):
                let (text, end) = string(body, from: index)
                if expectingKey, case .key? = path.last, !keys.isEmpty {
                    path[path.count - 1] = .key(text)
                    if keys[keys.count - 1].insert(text).inserted == false {
                        return FieldError(field: render(path), message: "is given twice")
                    }
                    expectingKey = false
                } else if case .key(let key)? = path.last, rules.dateTimes.contains(key), RFC3339.date(text) == nil {
                    return FieldError(field: render(path), message: "must be an RFC 3339 date-time, e.g. 2026-01-31T12:00:00Z")
                }
                index = end
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                var end = index
                while end < body.count, "+-.eE0123456789".utf8.contains(body[end]) { end += 1 }
                let text = String(decoding: body[index..<end], as: UTF8.self)
                if let key = enclosingKey(path), rules.known.contains(key),
                    let message = refusal(text, integer: rules.integers.contains(key))
                {
                    return FieldError(field: render(path), message: message)
                }
                index = end
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                var end = index
                while end < body.count, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(body[end] | 0x20) { end += 1 }
                let word = String(decoding: body[index..<end], as: UTF8.self)
                if word != "true" && word != "false" && word != "null" {
                    // NaN, Infinity, undefined …: not JSON; name where it stands when that is known.
                    if !path.isEmpty { return FieldError(field: render(path), message: "is not a JSON value (\(word.prefix(20)))") }
                    return nil
                }
                if word == "null", case .key(let key)? = path.last, rules.known.contains(key), !rules.nullable.contains(key) {
                    return FieldError(field: render(path), message: "must not be null")
                }
                index = end
            default:
                index += 1
            }
        }
        return nil
    }

    private static func refusal(_ text: String, integer: Bool) -> String? {
        guard let number = Double(text), number.isFinite else { return "is out of range" }
        guard integer else { return nil }
        if number.rounded() != number { return "must be an integer" }
        if abs(number) >= 9.2e18 { return "is out of range" }
        return nil
    }

    /// A string token's text (escapes kept as written) and the index after its closing quote.
    private static func string(_ body: [UInt8], from start: Int) -> (String, Int) {
        var end = start + 1
        while end < body.count, body[end] != UInt8(ascii: "\"") {
            end += body[end] == UInt8(ascii: "\\") ? 2 : 1
        }
        return (String(decoding: body[(start + 1)..<min(end, body.count)], as: UTF8.self), end + 1)
    }

    private enum PathElement {
        case key(String)
        case index(Int)
    }

    /// The property a value belongs to: the nearest key, through array indexes.
    private static func enclosingKey(_ path: [PathElement]) -> String? {
        for element in path.reversed() {
            if case .key(let name) = element { return name }
        }
        return nil
    }

    private static func render(_ path: [PathElement]) -> String {
        path.reduce("") { text, element in
            switch element {
            case .index(let position): text + "[\(position)]"
            case .key(let name): text.isEmpty ? name : text + "." + name
            }
        }
    }
}

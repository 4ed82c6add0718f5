import Profiles

/// Checks a JSON body for what the decoder would accept silently or refuse without saying
/// where, and names the field:
/// - a key given twice in one object (the decoder would keep one of them unseen);
/// - a number no field could take (`1e309`, an integer past 64 bits), or with a fraction or an
///   exponent under a property the spec types `integer` (`level: 1.5`): Foundation's
///   `JSONDecoder` on Linux answers those with "not valid JSON" and no coding path.
/// It walks the tokens iteratively (nesting depth costs no stack) and stops at the first problem;
/// malformed JSON is left to the decoder.
enum JSONBodyCheck {
    /// The first field at fault, or nil.
    static func problem(in body: [UInt8], integerProperties: Set<String>) -> FieldError? {
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
                }
                index = end
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                var end = index
                while end < body.count, "+-.eE0123456789".utf8.contains(body[end]) { end += 1 }
                let text = String(decoding: body[index..<end], as: UTF8.self)
                if let message = refusal(text, key: lastKey(path), integerProperties: integerProperties) {
                    return FieldError(field: render(path), message: message)
                }
                index = end
            default:
                index += 1
            }
        }
        return nil
    }

    private static func refusal(_ text: String, key: String?, integerProperties: Set<String>) -> String? {
        guard let number = Double(text), number.isFinite else { return "is out of range" }
        let integral = !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" })
        if integral, Int64(text) == nil { return "is out of range" }
        if let key, integerProperties.contains(key), !integral { return "must be an integer" }
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

    private static func lastKey(_ path: [PathElement]) -> String? {
        if case .key(let name)? = path.last { return name }
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

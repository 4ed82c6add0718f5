/// Writes JSON text straight into a byte array, for the responses too hot for the generated
/// server's Foundation `JSONEncoder` (the match lists: about 0.1 ms of encoding per card, most of
/// a match request's time). Values write themselves through `JSONWritable`; keys are written as
/// given, so callers pass the spec's property names. Output is compact UTF-8 with `/` unescaped,
/// as the encoder is configured elsewhere.
struct JSONWriter {
    /// The JSON text so far.
    private(set) var bytes: [UInt8] = []
    /// Whether the next value or key in the current object or array needs a comma first.
    private var needsComma = false

    /// A writer with room for `capacity` bytes before it grows.
    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Writes an object whose members `body` writes with `field`.
    mutating func object(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    /// Writes an array of `elements`.
    mutating func array<Element: JSONWritable>(_ elements: [Element]) {
        open(UInt8(ascii: "["))
        for element in elements { element.write(to: &self) }
        close(UInt8(ascii: "]"))
    }

    /// Writes the member `name: value` of the current object.
    mutating func field<Value: JSONWritable>(_ name: StaticString, _ value: Value) {
        key(name)
        value.write(to: &self)
    }

    /// Writes the member `name: value`, or nothing when `value` is nil (as `encodeIfPresent`).
    mutating func field<Value: JSONWritable>(_ name: StaticString, _ value: Value?) {
        guard let value else { return }
        field(name, value)
    }

    /// Writes a string with JSON's escapes: quote, backslash and control characters.
    mutating func string(_ value: String) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
                bytes.append(contentsOf: utf8)
                return
            }
            for byte in utf8 { escape(byte) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes a number: integral values without a fraction, others in Swift's shortest form that
    /// reads back to the same `Double`. A non-finite value, which no field of the API carries,
    /// is written as `null` rather than as invalid JSON.
    mutating func number(_ value: Double) {
        guard value.isFinite else { return literal("null") }
        if value == value.rounded(.towardZero), abs(value) < 1e15 {
            literal(String(Int64(value)))
        } else {
            literal(value.description)
        }
    }

    /// Writes `true`, `false`, `null` or a number's text.
    mutating func literal(_ text: String) {
        separate()
        bytes.append(contentsOf: text.utf8)
    }

    private mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        needsComma = false
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        needsComma = true
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        needsComma = true
    }

    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
        case UInt8(ascii: "\n"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
        case UInt8(ascii: "\r"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
        case UInt8(ascii: "\t"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
        case ..<0x20:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                      hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        default: bytes.append(byte)
        }
    }
}

/// A value `JSONWriter` can write.
protocol JSONWritable {
    /// Writes the value as one JSON value.
    func write(to json: inout JSONWriter)
}

extension String: JSONWritable {
    func write(to json: inout JSONWriter) { json.string(self) }
}

extension Double: JSONWritable {
    func write(to json: inout JSONWriter) { json.number(self) }
}

extension Int: JSONWritable {
    func write(to json: inout JSONWriter) { json.literal(String(self)) }
}

extension Bool: JSONWritable {
    func write(to json: inout JSONWriter) { json.literal(self ? "true" : "false") }
}

extension Array: JSONWritable where Element: JSONWritable {
    func write(to json: inout JSONWriter) { json.array(self) }
}

extension Nullable: JSONWritable where Wrapped: JSONWritable {
    func write(to json: inout JSONWriter) {
        if let value { value.write(to: &json) } else { json.literal("null") }
    }
}

extension RawRepresentable where RawValue == String {
    /// Writes the raw value, as `Codable` does for a string enum.
    func write(to json: inout JSONWriter) { json.string(rawValue) }
}

import Foundation
import PlainJSON
import PropertyBased
import Testing

/// `JSONWriter` writes the JSON values `JSONEncoder` writes — mostly its very bytes; where the
/// bytes differ, the hand-picked test names how.
extension PlainJSONTests {
    /// The keys the random values' objects take: `JSONWriter` writes keys as given (the spec's
    /// names), so they are static text needing no escape, in an order every sorting agrees on.
    static let writerKeys: [String: StaticString] = ["a": "a", "a/b": "a/b", "b": "b", "code": "code", "id": "id", "zz": "zz"]

    /// Whether `JSONWriter` writes `value` in the encoder's very bytes: not when a string holds a
    /// backspace or form feed (`\u0008`, `\u000c` against `\b`, `\f`), nor for `-0.0` (written
    /// `0`) or an integral number of 16 digits (`1000000000000000.0` against `1000000000000000`).
    static func writtenAsTheEncoderWrites(_ value: JSONValue) -> Bool {
        switch value {
        case .null, .bool: true
        case .number(let number):
            !(number == 0 && number.sign == .minus) && !(number == number.rounded() && (1e15..<1e16).contains(abs(number)))
        case .string(let text): !text.unicodeScalars.contains { $0 == "\u{8}" || $0 == "\u{C}" }
        case .array(let elements): elements.allSatisfy(writtenAsTheEncoderWrites)
        case .object(let members): members.values.allSatisfy(writtenAsTheEncoderWrites)
        }
    }

    /// Random values: what the writer writes decodes to the value, and is the encoder's bytes
    /// but where `writtenAsTheEncoderWrites` says.
    @Test func theWriterWritesTheEncodersJSON() async throws {
        await propertyCheck(count: 600, input: Gen.uint64()) { seed in
            var random = RandomJSON(seed: seed)
            let value = random.value(depth: 4, keys: Self.writerKeys.keys.sorted())
            let written = Self.written(value)
            #expect(JSONValue.decoded(Array(written)) == value, "\(String(decoding: written, as: UTF8.self))")
            let encoded = try Self.columnEncoder().encode(value)
            if Self.writtenAsTheEncoderWrites(value) { #expect(written == encoded, "\(String(decoding: written, as: UTF8.self))") }
        }
    }

    /// Integers as `JSONEncoder` writes them, byte for byte; numbers read back as written.
    @Test func numbersAreTheEncodersText() async throws {
        await propertyCheck(count: 600, input: Gen.int()) { value in
            let encoded = try JSONEncoder().encode(value)
            #expect(Self.written(value) == encoded)
        }
        for value in [0, 7, -7, 10, 99, 100, 1_234_567, Int.max, Int.min] {
            #expect(Self.written(value) == (try JSONEncoder().encode(value)))
        }
        for value in [0, 0.5, -0.25, 12.34, 71.25, 1e-7, 1e15, 123_456_789.125, 37] as [Double] {
            #expect(try JSONDecoder().decode(Double.self, from: Self.written(value)) == value)
        }
    }

    /// Where the writer's bytes differ from the encoder's, the value is the same (or, for a
    /// number no field carries, `null` where the encoder refuses).
    @Test func theWritersOwnSpellings() throws {
        let cases: [(value: JSONValue, writer: String, encoder: String)] = [
            (.string("\u{8}\u{C}"), #""\u0008\u000c""#, #""\b\f""#),
            (.number(-0.0), "0", "-0"),
            (.number(1e15), "1000000000000000.0", "1000000000000000"),
        ]
        for (value, writer, encoder) in cases {
            #expect(String(decoding: Self.written(value), as: UTF8.self) == writer)
            #expect(String(decoding: try Self.columnEncoder().encode(value), as: UTF8.self) == encoder)
            #expect(JSONValue.decoded(Array(Self.written(value))) == value)
        }
        for value in [Double.nan, .infinity, -.infinity] {
            #expect(String(decoding: Self.written(value), as: UTF8.self) == "null")
        }
        #expect(
            String(decoding: Self.written("\u{0}\u{1F}\"\\/\n\r\té😀\u{2028}"), as: UTF8.self) == #""\u0000\u001f\"\\/\n\r\té😀\#u{2028}""#)
    }
}

extension JSONValue: JSONWritable {
    func write(to json: inout JSONWriter) {
        switch self {
        case .null: json.literal("null")
        case .bool(let value): value.write(to: &json)
        case .number(let value): value.write(to: &json)
        case .string(let value): value.write(to: &json)
        case .array(let elements): elements.write(to: &json)
        case .object(let members):
            json.object { json in
                for (key, value) in members.sorted(by: { $0.key < $1.key }) { json.field(PlainJSONTests.writerKeys[key]!, value) }
            }
        }
    }
}

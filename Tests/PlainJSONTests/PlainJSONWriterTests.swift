import Foundation
import PlainJSON
import PropertyBased
import Testing

/// `PlainJSONWriter` writes `JSONEncoder`'s very bytes (keys sorted, slashes unescaped), or
/// gives up where a string needs an escape or is not printable ASCII.
extension PlainJSONTests {
    /// The encoder `PlainJSONWriter` writes as (`JSONColumn`'s).
    static func columnEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// A flat object's member value, encoded as `PlainJSONWriter.Scalar` writes it.
    enum Scalar: Encodable {
        case string(String)
        case integer(Int)
        case bool(Bool)

        var plain: PlainJSONWriter.Scalar {
            switch self {
            case .string(let value): .string(value)
            case .integer(let value): .integer(value)
            case .bool(let value): .bool(value)
            }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .string(let value): try container.encode(value)
            case .integer(let value): try container.encode(value)
            case .bool(let value): try container.encode(value)
            }
        }
    }

    /// Whether `PlainJSONWriter` writes `text` itself: printable ASCII but `"` and `\`.
    static func writable(_ text: String) -> Bool {
        text.utf8.allSatisfy { (0x20..<0x7F).contains($0) && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }
    }

    /// Random lists of strings and of flat objects: written as the encoder writes them, or left
    /// to it exactly when a string is not plain.
    @Test func thePlainWriterWritesTheEncodersBytesOrGivesUp() async throws {
        let keys: [StaticString] = ["a", "code", "essential", "level", "required", "shared"]
        await propertyCheck(count: 600, input: Gen.uint64()) { seed in
            var random = RandomJSON(seed: seed)
            let strings = (0..<random.int(0...5)).map { _ in random.string(awkwardRate: 0.05) }
            let written = PlainJSONWriter.text { $0.array(strings) { $0.string($1) } }
            #expect((written != nil) == strings.allSatisfy(Self.writable))
            let expected = String(decoding: try Self.columnEncoder().encode(strings), as: UTF8.self)
            if let written { #expect(written == expected) }

            let objects: [[(key: StaticString, value: Scalar)]] = (0..<random.int(0...4)).map { _ in
                keys.filter { _ in random.chance(0.5) }.map { key in
                    (
                        key,
                        random.element([
                            .string(random.string(awkwardRate: 0.05)), .integer(random.int(Int.min...Int.max)),
                            .integer(random.int(-9...9)), .bool(random.chance(0.5)),
                        ])
                    )
                }
            }
            let writtenObjects = PlainJSONWriter.text { $0.array(objects) { $0.object($1.map { ($0.key, $0.value.plain) }) } }
            let texts = objects.flatMap { $0.compactMap { if case .string(let text) = $0.value { text } else { nil } } }
            #expect((writtenObjects != nil) == texts.allSatisfy(Self.writable))
            let reference = objects.map { Dictionary(uniqueKeysWithValues: $0.map { ("\($0.key)", $0.value) }) }
            let expectedObjects = String(decoding: try Self.columnEncoder().encode(reference), as: UTF8.self)
            if let writtenObjects { #expect(writtenObjects == expectedObjects) }
        }
    }

    /// Hand-picked strings at the edge of what it writes.
    @Test func thePlainWriterGivesUpOnEveryEscape() throws {
        for text in ["", " ", "~", "a/b", "x.y-z_1", "{}[],:"] {
            #expect(PlainJSONWriter.text { $0.string(text) } == String(decoding: try Self.columnEncoder().encode(text), as: UTF8.self))
        }
        for text in ["\"", "\\", "\u{7F}", "\u{1F}", "\t", "é", "😀", "\u{2028}"] {
            #expect(PlainJSONWriter.text { $0.string(text) } == nil, "\(text.unicodeScalars.map(\.value))")
        }
        #expect(
            PlainJSONWriter.text { $0.object([("level", .integer(.min)), ("n", .integer(.max))]) }
                == String(decoding: try Self.columnEncoder().encode(["level": Int.min, "n": Int.max]), as: UTF8.self))
    }
}

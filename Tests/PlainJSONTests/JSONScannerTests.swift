import Foundation
import PlainJSON
import PropertyBased
import Testing

/// `JSONScanner` reads a text as `JSONDecoder` does, or leaves it to the decoder.
extension PlainJSONTests {
    /// Random values in random spellings, some of them not JSON: what the scanner reads is what
    /// the decoder reads, and plain text (no escape, exponent or repeated key) it always reads.
    @Test func theScannerReadsWhatTheDecoderReadsOrLeavesItToIt() async {
        await propertyCheck(count: 600, input: Gen.uint64()) { seed in
            var random = RandomJSON(seed: seed)
            let value = random.value(depth: 4, keys: ["a", "b", "code", "é", "😀", "a b", "\"", "\u{1}"])
            let text = random.text(value)
            let decoded = JSONValue.decoded(text)
            let scanned = JSONValue.scanned(text)
            #expect(scanned == nil || scanned == decoded, "\(String(decoding: text, as: UTF8.self))")
            if random.plain { #expect(scanned != nil, "\(String(decoding: text, as: UTF8.self))") }
            let asciiScanned = JSONValue.scanned(text, ascii: true)
            #expect(asciiScanned == nil || asciiScanned == decoded, "\(String(decoding: text, as: UTF8.self))")
        }
    }

    /// Hand-picked texts the scanner reads, as the decoder reads them.
    static let plainTexts: [String] = [
        #""plain""#, #""Søren Ærø""#, "\"😀𝄞\"", "\"\u{2028}\u{FEFF}\u{FFFF}\u{7F}\"", #""a/b""#, #""""#,
        "0", "-0", "-0.0", "1.5", "0.1", "123456789012345678", "1234567890123456789", "18446744073709551616",
        "0.000000000000000000000000001", String(format: "%.0f", Double.greatestFiniteMagnitude),
        "1." + String(repeating: "0", count: 400) + "1",
        "true", "false", "null", "[]", "{}", #"{"":""}"#, " \t\n\r[ 1 , [ ] ,{ \"a\" : null } ] \n",
        String(repeating: "[", count: 100) + String(repeating: "]", count: 100),
    ]

    /// Hand-picked texts the scanner leaves to the decoder, which reads them: escapes of every
    /// kind, exponents, a repeated key, a byte order mark, a trailing comma (Foundation's decoder
    /// takes one).
    static let textsLeftToTheDecoder: [String] = [
        #""a\"b""#, #""a\\b""#, #""a\/b""#, #""\u00e9""#, #""\ud83d\ude00""#, #""\b\f\n\r\t""#, "1e5", "1E+5", "2.5e-3",
        "5e-324", #"{"a":1,"a":2}"#, "\u{FEFF}[1]", "[1,]", #"{"a":1,}"#,
    ]

    /// Hand-picked texts the decoder refuses — not JSON, or numbers a `Double` cannot hold (too
    /// large, or digits that would be read as zero): the scanner reads none of them either.
    static let invalidTexts: [String] = [
        #""\ud800""#, #""\x""#, "\"tab\t\"", "\"\u{0}\"", "01", "1.", ".5", "-", "+1", "0x10", "NaN", "Infinity",
        "True", "nul", "[truex]", "[1 2]", #"{"a" 1}"#, "\u{C}[1]", "\u{A0}[1]", "[1] x", "", " ", "[", #""open"#,
        "1" + String(repeating: "0", count: 400), "0." + String(repeating: "0", count: 330) + "1",
        "[-0." + String(repeating: "0", count: 400) + "1]",
    ]

    @Test(arguments: plainTexts)
    func aPlainTextIsReadAsTheDecoderReadsIt(text: String) {
        let bytes = Array(text.utf8)
        let scanned = JSONValue.scanned(bytes)
        #expect(scanned != nil && scanned == JSONValue.decoded(bytes))
    }

    @Test(arguments: textsLeftToTheDecoder)
    func anEscapedOrOddTextIsLeftToTheDecoder(text: String) {
        #expect(JSONValue.scanned(Array(text.utf8)) == nil)
        #expect(JSONValue.decoded(Array(text.utf8)) != nil)
    }

    @Test(arguments: invalidTexts)
    func aTextTheDecoderRefusesIsReadByNeither(text: String) {
        #expect(JSONValue.scanned(Array(text.utf8)) == nil)
        #expect(JSONValue.decoded(Array(text.utf8)) == nil)
    }

    /// Bytes that are not UTF-8, inside a string: the scanner reads none of them, nor does the decoder.
    @Test(arguments: [[0xFF], [0xC3], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] as [[UInt8]])
    func invalidUTF8IsRefusedByBoth(bytes: [UInt8]) {
        let text = [UInt8(ascii: "\"")] + bytes + [UInt8(ascii: "\"")]
        #expect(JSONValue.scanned(text) == nil)
        #expect(JSONValue.scanned(text, ascii: true) == nil)
        #expect(JSONValue.decoded(text) == nil)
    }

    /// Integers of up to 18 digits are read as the decoder reads them; longer ones, fractions
    /// and exponents (which the decoder may read as integers) are left to it.
    @Test func theScannerReadsIntegersAsTheDecoderDoes() async {
        await propertyCheck(count: 600, input: Gen.uint64()) { seed in
            var random = RandomJSON(seed: seed)
            let bound = (0..<random.int(0...18)).reduce(1) { bound, _ in bound * 10 }  // every number of digits
            let value = random.chance(0.2) ? random.int(Int.min...Int.max) : random.int(-bound...bound)
            let text = String(value)
            var scanned: Int?
            let read = JSONScanner.whole(text) { scanner in
                scanned = scanner.integer()
                return scanned != nil
            }
            #expect(read == (text.filter(\.isNumber).count <= 18))
            let decoded = try JSONDecoder().decode(Int.self, from: Data(text.utf8))
            if read { #expect(scanned == decoded) }
        }
        for text in ["1.0", "1e2", "-0.5", "1234567890123456789", "01", "-"] {
            #expect(!JSONScanner.whole(text) { $0.integer() != nil }, "\(text)")
        }
        for (text, value) in [
            ("0", 0), ("-0", 0), ("123456789012345678", 123_456_789_012_345_678), ("-999999999999999999", -999_999_999_999_999_999),
        ] {
            var scanned: Int?
            #expect(
                JSONScanner.whole(text) {
                    scanned = $0.integer()
                    return scanned != nil
                } && scanned == value)
        }
    }
}

import Foundation
import PropertyBased

/// Random JSON texts and values for the property tests, drawn from a seed the property library
/// generates (and reports on failure).
struct RandomJSON {
    private var random: Xoshiro
    /// Whether `text(_:)` may write what is not JSON (a raw control character, invalid UTF-8, a
    /// lone surrogate, a malformed number).
    var invalid = true
    /// Whether what `text(_:)` wrote so far is plain: no escape, exponent, unrepresentable
    /// number, repeated key or byte order mark — all that `JSONScanner` reads itself.
    private(set) var plain = true

    init(seed: UInt64) {
        random = Xoshiro(seed: (seed | 1, seed &* 0x9E37_79B9_7F4A_7C15, ~seed, 0xBF58_476D_1CE4_E5B9))
    }

    mutating func chance(_ rate: Double) -> Bool { Double.random(in: 0..<1, using: &random) < rate }
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    mutating func element<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }

    /// Characters that need care: escapes, control characters, `/`, non-ASCII of two, three and
    /// four bytes (a surrogate pair in UTF-16), separators, a byte order mark, a noncharacter.
    static let awkward: [Unicode.Scalar] = [
        "\"", "\\", "/", "\u{0}", "\u{8}", "\u{9}", "\u{A}", "\u{C}", "\u{D}", "\u{1F}", "\u{7F}", "é", "Ø", "ß",
        "\u{301}", "€", "中", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFF}", "😀", "\u{10FFFF}", "𝄞",
    ]

    /// A string of letters, digits and punctuation, with awkward characters at `awkwardRate`.
    mutating func string(awkwardRate: Double = 0.15) -> String {
        var text = String.UnicodeScalarView()
        for _ in 0..<int(0...12) {
            text.append(chance(awkwardRate) ? element(Self.awkward) : Unicode.Scalar(UInt8(int(0x20...0x7E))))
        }
        return String(text)
    }

    /// A finite number: small integers, decimals, any bit pattern, and the edges.
    mutating func number() -> Double {
        switch int(0...4) {
        case 0: return Double(int(-1000...1000))
        case 1: return Double(int(-1_000_000...1_000_000)) / Double(element([1, 4, 100, 1000, 3]))
        case 2:
            let value = Double(bitPattern: UInt64.random(in: 0...UInt64.max, using: &random))
            return value.isFinite ? value : 0.5
        case 3:
            return element([
                0, -0.0, 1e15, 1e15 + 1, 1e16, 9_007_199_254_740_993, 0.1, 1e-7, 5e-324, 2.2250738585072014e-308,
                .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .ulpOfOne, 123_456_789.125,
            ])
        default: return Double(int(Int.min...Int.max))
        }
    }

    /// A value nested at most `depth` deep, its keys from `keys`.
    mutating func value(depth: Int, keys: [String]) -> JSONValue {
        switch int(0...(depth > 0 ? 6 : 3)) {
        case 0: return chance(0.3) ? .null : .bool(chance(0.5))
        case 1, 2: return .number(number())
        case 3: return .string(string())
        case 4: return .array((0..<int(0...4)).map { _ in value(depth: depth - 1, keys: keys) })
        default:
            var members: [String: JSONValue] = [:]
            for _ in 0..<int(0...4) { members[element(keys)] = value(depth: depth - 1, keys: keys) }
            return .object(members)
        }
    }

    /// `value` as JSON text in one of the many ways it may be written: white space between tokens,
    /// characters raw or escaped, numbers with or without a fraction or exponent, now and then a
    /// key given twice — and, when `invalid`, now and then something that is not JSON.
    mutating func text(_ value: JSONValue) -> [UInt8] {
        var bytes: [UInt8] = []
        if chance(0.02) {
            bytes += [0xEF, 0xBB, 0xBF]
            plain = false
        }
        write(value, into: &bytes)
        space(&bytes)
        return bytes
    }

    private mutating func write(_ value: JSONValue, into bytes: inout [UInt8]) {
        space(&bytes)
        switch value {
        case .null: bytes += Array("null".utf8)
        case .bool(let value): bytes += Array((value ? "true" : "false").utf8)
        case .number(let value): number(value, into: &bytes)
        case .string(let value): string(value, into: &bytes)
        case .array(let elements):
            bytes.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { comma(&bytes) }
                write(element, into: &bytes)
            }
            space(&bytes)
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            var pairs = members.sorted { $0.key < $1.key }
            if let first = pairs.first, chance(0.05) {
                pairs.append(first)
                plain = false
            }
            for (index, (key, member)) in pairs.enumerated() {
                if index > 0 { comma(&bytes) }
                space(&bytes)
                string(key, into: &bytes)
                space(&bytes)
                bytes.append(UInt8(ascii: ":"))
                write(member, into: &bytes)
            }
            space(&bytes)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    private mutating func comma(_ bytes: inout [UInt8]) {
        space(&bytes)
        bytes.append(UInt8(ascii: ","))
    }

    /// JSON white space, now and then.
    private mutating func space(_ bytes: inout [UInt8]) {
        while chance(0.15) { bytes.append(element([0x20, 0x09, 0x0A, 0x0D])) }
    }

    private mutating func number(_ value: Double, into bytes: inout [UInt8]) {
        if invalid, chance(0.01) {
            bytes += Array(
                element(["01", "1.", ".5", "-", "+1", "0x10", "NaN", "-Infinity", "1e", "1" + String(repeating: "0", count: 400)]).utf8)
            plain = false
            return
        }
        var text = value.description
        if text.hasSuffix(".0"), chance(0.5) { text.removeLast(2) }
        if !text.contains("e"), value != 0 || invalid, chance(0.05) {
            // (Foundation refuses some zeros with an exponent, such as `-0.0e-3`.)
            text += element(["e0", "E+2", "e-3"])
        }
        if text.contains("e") || text.contains("E") { plain = false }
        if !text.contains("e") && !text.contains("E"), value != 0 || invalid, chance(0.05) {
            // A 1 four hundred places past the number's digits: more than a `Double` holds (a
            // zero then underflows, which JSON allows and Foundation refuses).
            text += (text.contains(".") ? "" : ".") + String(repeating: "0", count: 400) + "1"
            if value == 0 { plain = false }
        }
        bytes += Array(text.utf8)
    }

    private mutating func string(_ value: String, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for scalar in value.unicodeScalars {
            let mustEscape = scalar == "\"" || scalar == "\\" || scalar.value < 0x20
            if mustEscape, invalid, scalar.value < 0x20, chance(0.05) {
                bytes.append(UInt8(scalar.value))  // raw: not JSON
                plain = false
            } else if mustEscape || chance(0.03) {
                escape(scalar, into: &bytes)
                plain = false
            } else {
                bytes += Array(String(scalar).utf8)
            }
        }
        if invalid, chance(0.01) {
            bytes += element([[0xFF], [0xC3], [0xC0, 0xAF], [0xED, 0xA0, 0x80], Array(#"\ud800"#.utf8), Array(#"\x"#.utf8)])
            plain = false
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ scalar: Unicode.Scalar, into bytes: inout [UInt8]) {
        let short: [Unicode.Scalar: String] = [
            "\"": #"\""#, "\\": #"\\"#, "/": #"\/"#, "\u{8}": #"\b"#, "\u{C}": #"\f"#,
            "\n": #"\n"#, "\r": #"\r"#, "\t": #"\t"#,
        ]
        if let text = short[scalar], chance(0.7) {
            bytes += Array(text.utf8)
            return
        }
        for unit in String(scalar).utf16 {
            let hex = String(unit, radix: 16, uppercase: chance(0.5))
            bytes += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
        }
    }
}

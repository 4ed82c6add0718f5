import Foundation

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
    package init?(databaseText text: String) {
        var utf8 = text
        if let id = utf8.withUTF8(UUID.init(databaseBytes:)) {
            self = id
        } else if let id = UUID(uuidString: text) {
            self = id
        } else {
            return nil
        }
    }

    /// Parses the 36 bytes of a UUID's canonical text (hex digits of either case) by hand; any
    /// other bytes answer nil.
    package init?(databaseBytes chars: UnsafeBufferPointer<UInt8>) {
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

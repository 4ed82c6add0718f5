/// A Danish municipality's official three-digit code (kommunekode), e.g. `101` for
/// København: the one municipality type used by records, tokens, the engine and the API.
/// It is written as its three digits (`"101"`) wherever it leaves the process.
public struct MunicipalityCode: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The code as a number, 100–999.
    public let rawValue: UInt16

    /// The code `rawValue`, when it has three digits.
    public init?(rawValue: UInt16) {
        guard (100...999).contains(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    /// Parses exactly three ASCII digits (100–999); anything else is nil. Inlinable, so callers
    /// get it specialised for their string type (a million citizens are read at start-up).
    @inlinable
    public init?(_ text: some StringProtocol) {
        var value: UInt16 = 0
        var digits = 0
        for byte in text.utf8 {
            guard digits < 3, (48...57).contains(byte) else { return nil }
            value = value * 10 + UInt16(byte - 48)
            digits += 1
        }
        guard digits == 3 else { return nil }
        self.init(rawValue: value)
    }

    /// The three digits.
    public var description: String { String(rawValue) }

    public static func < (lhs: MunicipalityCode, rhs: MunicipalityCode) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Decodes the three-digit string form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let code = MunicipalityCode(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "a municipality code has three digits, 100–999")
        }
        self = code
    }

    /// Encodes the three-digit string form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

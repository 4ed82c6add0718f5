import Crypto
import Foundation

/// A Standard Webhooks signing secret: `whsec_` followed by the base64 of the key bytes.
///
/// Subscriptions store the text form; signing uses the decoded key. Keeping the
/// two together in one validated value means a malformed secret is caught when
/// it is parsed, not when a delivery is signed.
public struct WebhookSecret: Sendable, Hashable, CustomStringConvertible {
    /// The prefix every secret's text form starts with.
    public static let prefix = "whsec_"

    /// The accepted key sizes in bytes, as recommended by Standard Webhooks.
    public static let keyByteRange = 24...64

    /// The text form, `whsec_…`, as stored and shown to the subscriber once.
    public let encoded: String

    /// The HMAC key: the base64-decoded part after the prefix.
    let keyBytes: [UInt8]

    /// Parses the text form; fails when the prefix is missing, the rest is not
    /// base64, or the key size is outside ``keyByteRange``.
    public init(_ encoded: String) throws(WebhookSecretError) {
        guard encoded.hasPrefix(Self.prefix) else { throw .missingPrefix }
        guard let key = Data(base64Encoded: String(encoded.dropFirst(Self.prefix.count))) else {
            throw .notBase64
        }
        guard Self.keyByteRange.contains(key.count) else { throw .badKeyLength(key.count) }
        self.encoded = encoded
        self.keyBytes = Array(key)
    }

    /// Creates a new secret from 32 bytes of cryptographically secure randomness.
    public static func generate() -> WebhookSecret {
        let key = SymmetricKey(size: .bits256)
        let encoded = prefix + key.withUnsafeBytes { Data($0).base64EncodedString() }
        return WebhookSecret(validated: encoded, keyBytes: key.withUnsafeBytes { Array($0) })
    }

    private init(validated encoded: String, keyBytes: [UInt8]) {
        self.encoded = encoded
        self.keyBytes = keyBytes
    }

    /// The secret is redacted so it does not end up in logs by accident.
    public var description: String { "whsec_<redacted>" }
}

/// Why a string is not a valid ``WebhookSecret``.
public enum WebhookSecretError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text does not start with `whsec_`.
    case missingPrefix
    /// The text after the prefix is not valid base64.
    case notBase64
    /// The decoded key has this many bytes, outside ``WebhookSecret/keyByteRange``.
    case badKeyLength(Int)

    /// A human-readable explanation.
    public var description: String {
        switch self {
        case .missingPrefix: return "webhook secret must start with \(WebhookSecret.prefix)"
        case .notBase64: return "webhook secret is not valid base64 after \(WebhookSecret.prefix)"
        case .badKeyLength(let count):
            return
                "webhook secret key is \(count) bytes; \(WebhookSecret.keyByteRange.lowerBound)–\(WebhookSecret.keyByteRange.upperBound) are required"
        }
    }
}

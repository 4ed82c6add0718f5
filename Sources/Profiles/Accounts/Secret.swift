import Crypto
import Foundation

/// The secrets matchd hands out — API tokens, sign-in links, session and browser cookies — and
/// the one way each is stored: 256 random bits in base64url, kept only as a hex SHA-256, so a
/// copy of the database signs no one in.
public enum Secret {
    /// 32 random bytes from the system's generator, base64url without padding (43 characters).
    public static func random() -> String {
        SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }.base64URLEncoded()
    }

    /// The stored form of a secret: hex SHA-256 (64 characters).
    public static func hash(_ secret: String) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: Data(secret.utf8)) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0xF)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}

extension Data {
    /// Base64 with the URL-safe alphabet and no padding.
    public func base64URLEncoded() -> String {
        base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}

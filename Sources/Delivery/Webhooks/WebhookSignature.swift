import Crypto
import Foundation

/// Standard Webhooks (https://www.standardwebhooks.com) `v1` signatures.
///
/// A signature is `v1,` + base64(HMAC-SHA256(key, "{id}.{timestamp}.{body}")),
/// computed over the exact body bytes that are sent. The `webhook-signature`
/// header may carry several space-separated signatures, one per active secret,
/// so a subscriber can rotate secrets without missing deliveries.
public enum WebhookSignature {
    /// The version tag of the only supported scheme (symmetric HMAC-SHA256).
    public static let versionPrefix = "v1,"

    /// Signs one message with one secret and returns `v1,<base64>`.
    ///
    /// `timestamp` is the Unix time in seconds also sent as `webhook-timestamp`;
    /// `body` is the raw payload, used byte for byte.
    public static func sign(id: String, timestamp: Int, body: some DataProtocol, secret: WebhookSecret) -> String {
        let mac = authenticationCode(id: id, timestamp: timestamp, body: body, secret: secret)
        return versionPrefix + Data(mac).base64EncodedString()
    }

    /// The `webhook-signature` header value: one signature per secret, joined
    /// by single spaces, in the order given (old and new secret during rotation).
    public static func headerValue(id: String, timestamp: Int, body: some DataProtocol, secrets: [WebhookSecret]) -> String {
        secrets.map { sign(id: id, timestamp: timestamp, body: body, secret: $0) }.joined(separator: " ")
    }

    /// True when any `v1` signature in `headerValue` is valid for `secret`.
    ///
    /// The comparison is constant-time (swift-crypto's HMAC validation). This is
    /// what a receiver does; the server uses it in tests and diagnostics.
    public static func verify(headerValue: String, id: String, timestamp: Int, body: some DataProtocol, secret: WebhookSecret) -> Bool {
        let message = signedContent(id: id, timestamp: timestamp, body: body)
        let key = SymmetricKey(data: secret.keyBytes)
        return headerValue.split(separator: " ").contains { candidate in
            guard candidate.hasPrefix(versionPrefix),
                let mac = Data(base64Encoded: String(candidate.dropFirst(versionPrefix.count)))
            else { return false }
            return HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: message, using: key)
        }
    }

    /// The HMAC-SHA256 of the signed content.
    private static func authenticationCode(id: String, timestamp: Int, body: some DataProtocol, secret: WebhookSecret)
        -> HashedAuthenticationCode<SHA256>
    {
        var hmac = HMAC<SHA256>(key: SymmetricKey(data: secret.keyBytes))
        hmac.update(data: Array("\(id).\(timestamp).".utf8))
        hmac.update(data: body)
        return hmac.finalize()
    }

    /// The exact bytes that are signed: `{id}.{timestamp}.{body}`.
    private static func signedContent(id: String, timestamp: Int, body: some DataProtocol) -> [UInt8] {
        Array("\(id).\(timestamp).".utf8) + Array(body)
    }
}

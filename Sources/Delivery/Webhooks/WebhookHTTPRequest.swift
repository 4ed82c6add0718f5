/// One webhook POST to send: destination, exact body bytes and request headers.
///
/// The body is kept as bytes because the signature covers these exact bytes;
/// re-encoding it anywhere between signing and sending would break verification.
public struct WebhookHTTPRequest: Sendable {
    /// The `user-agent` sent with every delivery.
    public static let userAgent = "matchd-webhooks/1.0"

    /// The destination URL, checked again by ``DestinationGuard`` at send time.
    public var url: String
    /// The exact payload bytes.
    public var body: [UInt8]
    /// Request headers as (name, value) pairs, sent in this order.
    public var headers: [(name: String, value: String)]

    /// Creates a request with explicit headers.
    public init(url: String, body: [UInt8], headers: [(name: String, value: String)]) {
        self.url = url
        self.body = body
        self.headers = headers
    }

    /// Creates a Standard Webhooks delivery: `webhook-id`, `webhook-timestamp`,
    /// `webhook-signature` (one signature per secret), `content-type:
    /// application/json` and the matchd `user-agent`.
    public static func signed(url: String, messageID: String, timestamp: Int, body: [UInt8], secrets: [WebhookSecret]) -> WebhookHTTPRequest
    {
        WebhookHTTPRequest(
            url: url, body: body,
            headers: [
                ("webhook-id", messageID),
                ("webhook-timestamp", String(timestamp)),
                ("webhook-signature", WebhookSignature.headerValue(id: messageID, timestamp: timestamp, body: body, secrets: secrets)),
                ("content-type", "application/json"),
                ("user-agent", userAgent),
            ])
    }
}

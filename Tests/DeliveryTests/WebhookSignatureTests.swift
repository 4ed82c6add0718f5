import Foundation
import Testing

@testable import Delivery

@Suite("Standard Webhooks signatures")
struct WebhookSignatureTests {
    let vectorSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    let vectorID = "msg_p5jXN8AQM9LWM0D4loKWxJek"
    let vectorTimestamp = 1_614_265_330
    let vectorBody = Array(#"{"test": 2432232314}"#.utf8)

    @Test("official test vector")
    func officialVector() throws {
        let secret = try WebhookSecret(vectorSecret)
        let signature = WebhookSignature.sign(id: vectorID, timestamp: vectorTimestamp, body: vectorBody, secret: secret)
        #expect(signature == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")
        #expect(WebhookSignature.verify(headerValue: signature, id: vectorID, timestamp: vectorTimestamp, body: vectorBody, secret: secret))
        #expect(WebhookSignature.sign(id: vectorID, timestamp: vectorTimestamp, body: Data(vectorBody), secret: secret) == signature)
    }

    @Test("the body is signed byte for byte")
    func bodyBytesMatter() throws {
        let secret = try WebhookSecret(vectorSecret)
        let signature = WebhookSignature.sign(id: vectorID, timestamp: vectorTimestamp, body: vectorBody, secret: secret)
        let reencoded = Array(#"{"test":2432232314}"#.utf8)
        #expect(!WebhookSignature.verify(headerValue: signature, id: vectorID, timestamp: vectorTimestamp, body: reencoded, secret: secret))
        #expect(
            !WebhookSignature.verify(headerValue: signature, id: vectorID, timestamp: vectorTimestamp + 1, body: vectorBody, secret: secret)
        )
        #expect(
            !WebhookSignature.verify(headerValue: signature, id: "msg_other", timestamp: vectorTimestamp, body: vectorBody, secret: secret))
    }

    @Test("rotation: a header signed with two secrets verifies with either, not with a third")
    func twoSecrets() throws {
        let old = WebhookSecret.generate()
        let new = WebhookSecret.generate()
        let body = Array(#"{"event":"match.created"}"#.utf8)
        let header = WebhookSignature.headerValue(id: "msg_1", timestamp: 1_700_000_000, body: body, secrets: [old, new])
        let parts = header.split(separator: " ")
        #expect(parts.count == 2)
        #expect(parts.allSatisfy { $0.hasPrefix("v1,") })
        #expect(WebhookSignature.verify(headerValue: header, id: "msg_1", timestamp: 1_700_000_000, body: body, secret: old))
        #expect(WebhookSignature.verify(headerValue: header, id: "msg_1", timestamp: 1_700_000_000, body: body, secret: new))
        #expect(!WebhookSignature.verify(headerValue: header, id: "msg_1", timestamp: 1_700_000_000, body: body, secret: .generate()))
        #expect(
            !WebhookSignature.verify(headerValue: "v2,abc v1,not-base64!", id: "msg_1", timestamp: 1_700_000_000, body: body, secret: old))
    }

    @Test("generated secrets are whsec_ + base64 of 32 random bytes and round-trip")
    func generatedSecrets() throws {
        let first = WebhookSecret.generate()
        let second = WebhookSecret.generate()
        #expect(first != second)
        #expect(first.encoded.hasPrefix("whsec_"))
        #expect(Data(base64Encoded: String(first.encoded.dropFirst(6)))?.count == 32)
        #expect(try WebhookSecret(first.encoded) == first)
        #expect(!first.description.contains(first.encoded))
    }

    @Test("malformed secrets are rejected")
    func malformedSecrets() {
        #expect(throws: WebhookSecretError.missingPrefix) { try WebhookSecret("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") }
        #expect(throws: WebhookSecretError.notBase64) { try WebhookSecret("whsec_***") }
        #expect(throws: WebhookSecretError.badKeyLength(3)) { try WebhookSecret("whsec_AAAA") }
    }
}

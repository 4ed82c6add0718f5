import Foundation
import TestReceiver
import Testing

@testable import Delivery

#if canImport(Glibc)
    import Glibc
#endif

@Suite("libcurl webhook sender against a real receiver on 127.0.0.1")
struct CurlWebhookSenderTests {
    /// The receiver answers from this test process, whose concurrency pool the suites running
    /// beside it can hold for many seconds on a loaded two-core machine; these tests are about
    /// what arrives and what is reported, so the sender waits longer than the daemon's 15 s.
    static let patience: Duration = .seconds(90)
    let sender = CurlWebhookSender(totalTimeout: patience, allowPrivateNetworks: true)
    let secret = WebhookSecret.generate()

    func delivery(to url: String, body: String = #"{"type":"match.created","data":{"id":42}}"#) -> WebhookHTTPRequest {
        .signed(url: url, messageID: "msg_2Lh9KZ", timestamp: 1_760_000_000, body: Array(body.utf8), secrets: [secret])
    }

    @Test("a POST arrives with the exact body, all headers and a valid signature")
    func deliversSignedPost() async throws {
        let body = "{\"type\": \"match.created\",\n \"data\": {\"name\": \"Zoë\"}}"
        try await TestReceiver.with { port, received in
            let result = await sender.send(delivery(to: "http://127.0.0.1:\(port)/hook", body: body))
            #expect(result.response?.status == 204)
            #expect(result.duration > .zero)
            let requests = received.all
            try #require(requests.count == 1)
            let request = requests[0]
            #expect(request.body == Array(body.utf8))
            #expect(request.headers["webhook-id"] == "msg_2Lh9KZ")
            #expect(request.headers["webhook-timestamp"] == "1760000000")
            #expect(request.headers["content-type"] == "application/json")
            #expect(request.headers["user-agent"] == "matchd-webhooks/1.0")
            let signature = try #require(request.headers["webhook-signature"])
            #expect(
                WebhookSignature.verify(
                    headerValue: signature, id: "msg_2Lh9KZ", timestamp: 1_760_000_000, body: request.body, secret: secret))
        }
    }

    @Test("a host name is resolved by the guard and pinned")
    func resolvesAndPinsHostName() async throws {
        try await TestReceiver.with { port, received in
            let result = await sender.send(delivery(to: "http://localhost:\(port)/hook"))
            #expect(result.response?.status == 204)
            #expect(received.all.count == 1)
        }
    }

    @Test("status 500 is reported as 500")
    func reportsServerError() async throws {
        try await TestReceiver.with { port, _ in
            let result = await sender.send(delivery(to: "http://127.0.0.1:\(port)/fail"))
            #expect(result.response?.status == 500)
            #expect(result.failure == nil)
        }
    }

    @Test("a 302 is reported as 302 and not followed")
    func doesNotFollowRedirects() async throws {
        try await TestReceiver.with { port, received in
            let result = await sender.send(delivery(to: "http://127.0.0.1:\(port)/redirect"))
            #expect(result.response?.status == 302)
            #expect(result.response?.headers["location"] == "/hook")
            #expect(received.all.map(\.path) == ["/redirect"])
        }
    }

    @Test("Retry-After: 7 is parsed as 7 seconds")
    func parsesRetryAfter() async throws {
        try await TestReceiver.with { port, _ in
            let result = await sender.send(delivery(to: "http://127.0.0.1:\(port)/busy"))
            #expect(result.response?.status == 429)
            #expect(result.response?.retryAfter == .seconds(7))
        }
    }

    @Test("only the first bytes of a large response body are read")
    func capsResponseBody() async throws {
        let smallBuffer = CurlWebhookSender(totalTimeout: Self.patience, maximumResponseBodyBytes: 1024, allowPrivateNetworks: true)
        try await TestReceiver.with { port, _ in
            let result = await smallBuffer.send(delivery(to: "http://127.0.0.1:\(port)/big"))
            let response = try #require(result.response)
            #expect(response.status == 200)
            #expect(response.bodyPrefix.count == 1024)
            #expect(response.bodyTruncated)
        }
    }

    @Test("a receiver slower than the timeout gives a timeout error after about the timeout")
    func timesOut() async throws {
        let impatient = CurlWebhookSender(totalTimeout: .seconds(1), allowPrivateNetworks: true)
        try await TestReceiver.with { port, _ in
            let result = await impatient.send(delivery(to: "http://127.0.0.1:\(port)/hang"))
            #expect(result.failure?.kind == .timeout)
            // The receiver answers only after `TestReceiver.hangDuration`: a timeout result proves the
            // transfer was cut before that; the lower bound proves it waited for the timeout first.
            #expect(result.duration >= .milliseconds(900))
        }
    }

    @Test("a closed port gives a connection failure")
    func connectionRefused() async throws {
        let port = try closedPort()
        let result = await sender.send(delivery(to: "http://127.0.0.1:\(port)/hook"))
        #expect(result.failure?.kind == .connectFailed)
        #expect(result.response == nil)
    }

    @Test(
        "without allowPrivateNetworks, loopback destinations are refused before connecting",
        arguments: [
            "http://127.0.0.1:PORT/hook", "https://127.0.0.1:PORT/hook", "https://localhost:PORT/hook", "https://0x7f.1:PORT/hook",
            "https://[::ffff:127.0.0.1]:PORT/hook",
        ])
    func refusesLoopbackByDefault(template: String) async throws {
        let guarded = CurlWebhookSender()
        try await TestReceiver.with { port, received in
            let url = template.replacingOccurrences(of: "PORT", with: String(port))
            let result = await guarded.send(delivery(to: url))
            let failure = try #require(result.failure)
            #expect(failure.kind == .destinationRefused)
            #expect(failure.message.hasPrefix("destination refused: "))
            #expect(received.all.isEmpty)
        }
    }

    @Test("header values with line breaks are rejected before sending")
    func rejectsHeaderInjection() async {
        var request = delivery(to: "http://127.0.0.1:9/hook")
        request.headers.append((name: "x-extra", value: "a\r\nx-injected: b"))
        let result = await sender.send(request)
        #expect(result.failure?.kind == .invalidRequest)
    }

    @Test("more concurrent sends than sender threads all complete")
    func concurrentSends() async throws {
        let count = 12
        let fourThreads = CurlWebhookSender(totalTimeout: Self.patience, maximumConcurrentTransfers: 4, allowPrivateNetworks: true)
        try await TestReceiver.with { port, received in
            let statuses = await withTaskGroup(of: Int?.self) { group in
                for index in 0..<count {
                    group.addTask {
                        await fourThreads.send(delivery(to: "http://127.0.0.1:\(port)/slow", body: "{\"n\":\(index)}")).response?.status
                    }
                }
                return await group.reduce(into: [Int?]()) { $0.append($1) }
            }
            #expect(statuses.count == count)
            #expect(statuses.allSatisfy { $0 == 200 })
            #expect(Set(received.all.map { String(decoding: $0.body, as: UTF8.self) }).count == count)
        }
    }

    @Test("cancelling the sending task aborts the transfer")
    func cancellation() async throws {
        try await TestReceiver.with { port, _ in
            let task = Task { await sender.send(delivery(to: "http://127.0.0.1:\(port)/hang")) }
            try await Task.sleep(for: .milliseconds(200))
            task.cancel()
            let result = await task.value
            // Had the transfer not been aborted, the receiver would have answered 200 after its hang.
            #expect(result.failure?.kind == .cancelled)
        }
    }

    /// A TCP port on 127.0.0.1 that nothing listens on: bound, then closed.
    func closedPort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                bind(descriptor, raw, length) == 0 && getsockname(descriptor, raw, &length) == 0
            }
        }
        try #require(bound)
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

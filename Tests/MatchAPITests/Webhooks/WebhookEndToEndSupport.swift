import Delivery
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization
import TestReceiver
import Testing

@testable import MatchAPI

// Shared helpers for the webhook end-to-end tests (WebhookEndToEndTests.swift): a receiver
// whose answers are scripted per path, a polling helper, and small API shortcuts.

/// What the scripted receiver answers to one request.
enum ScriptedReply: Sendable, Equatable {
    /// Answer at once with this status.
    case status(Int)
    /// Keep the request open until ``ScriptedReceiver/release()`` (or 30 s, or shutdown), then answer 200.
    case hang
}

/// A real HTTP server on 127.0.0.1 (ephemeral port) that records every POST and answers each
/// path from a script: the replies queued for a path are used in order, after which it answers 204.
final class ScriptedReceiver: Sendable {
    private struct State {
        var scripts: [String: [ScriptedReply]] = [:]
        var received: [ReceivedRequest] = []
        var hanging = 0
        var released = false
    }

    private let state = Mutex(State())
    /// The receiver's port, known once it runs.
    let port: Int

    private init(port: Int) {
        self.port = port
    }

    /// `http://127.0.0.1:<port>/<path>`.
    func url(_ path: String) -> String { "http://127.0.0.1:\(port)/\(path)" }

    /// Queues the answers for the next requests to `path` (without the leading slash).
    func script(_ path: String, _ replies: [ScriptedReply]) {
        state.withLock { $0.scripts["/" + path, default: []] += replies }
    }

    /// Lets every hanging request (and every later `.hang`) answer 200.
    func release() {
        state.withLock { $0.released = true }
    }

    /// Every request received so far, in arrival order.
    var all: [ReceivedRequest] { state.withLock { $0.received } }

    /// The requests received on `path` (without the leading slash).
    func requests(_ path: String) -> [ReceivedRequest] { all.filter { $0.path == "/" + path } }

    /// How many requests are being held open right now.
    var hanging: Int { state.withLock { $0.hanging } }

    private func handle(_ request: Request) async throws -> HTTPResponse.Status {
        let body = try await request.body.collect(upTo: 1 << 20)
        var headers: [String: String] = [:]
        for field in request.headers { headers[field.name.canonicalName] = field.value }
        let path = request.uri.path
        let reply = state.withLock { state -> ScriptedReply in
            state.received.append(ReceivedRequest(path: path, headers: headers, body: Array(buffer: body)))
            guard var queue = state.scripts[path], !queue.isEmpty else { return .status(204) }
            let next = queue.removeFirst()
            state.scripts[path] = queue
            if next == .hang { state.hanging += 1 }
            return next
        }
        switch reply {
        case .status(let code):
            return HTTPResponse.Status(code: code)
        case .hang:
            defer { state.withLock { $0.hanging -= 1 } }
            let deadline = ContinuousClock.now + .seconds(30)
            while !state.withLock(\.released), ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(20))
            }
            return .ok
        }
    }

    /// Starts a receiver, runs `body` with it, then stops it.
    static func with<T>(_ body: (ScriptedReceiver) async throws -> T) async throws -> T {
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let box = Mutex<ScriptedReceiver?>(nil)
        let router = Router()
        router.post("{path}") { request, _ -> HTTPResponse.Status in
            guard let receiver = box.withLock({ $0 }) else { return .serviceUnavailable }
            return try await receiver.handle(request)
        }
        var logger = Logger(label: "scripted-receiver")
        logger.logLevel = .critical
        let app = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                if let port = channel.localAddress?.port { portContinuation.yield(port) }
                portContinuation.finish()
            },
            logger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.run() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else {
                group.cancelAll()
                throw TestReceiver.ReceiverStartError()
            }
            let receiver = ScriptedReceiver(port: port)
            box.withLock { $0 = receiver }
            defer {
                receiver.release()
                group.cancelAll()
            }
            return try await body(receiver)
        }
    }
}

extension ReceivedRequest {
    /// The body as a JSON object.
    var object: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] ?? [:]
    }

    /// `data` of the event body.
    var data: [String: Any] { object["data"] as? [String: Any] ?? [:] }

    /// `type` of the event body.
    var eventType: String? { object["type"] as? String }

    /// `webhook-id`.
    var webhookID: String? { headers["webhook-id"] }

    /// Whether `webhook-signature` verifies with `secret` (its text form, `whsec_…`).
    func verifies(with secret: String) -> Bool {
        guard let id = headers["webhook-id"], let timestamp = headers["webhook-timestamp"].flatMap({ Int($0) }),
            let signature = headers["webhook-signature"], let key = try? WebhookSecret(secret)
        else { return false }
        return WebhookSignature.verify(headerValue: signature, id: id, timestamp: timestamp, body: body, secret: key)
    }
}

/// Polls `condition` every 50 ms until it holds or `timeout` passes; returns whether it held.
func eventually(timeout: Duration = .seconds(30), _ condition: () async throws -> Bool) async rethrows -> Bool {
    let deadline = ContinuousClock.now + timeout
    while true {
        if try await condition() { return true }
        if ContinuousClock.now >= deadline { return false }
        try? await Task.sleep(for: .milliseconds(50))
    }
}

/// Demo ids used by the end-to-end tests (Data/demo).
enum Demo {
    /// "Fleksjob som vinduespudser" (open, flexJob, 3–10 h, Horsens).
    static let windowCleanerOpening = "3a259e0d-9e76-461e-93e6-91da9109454e"
    /// Mikkelsen Revision ApS (615).
    static let companyA = UUID(uuidString: "3718bb2c-d599-470c-8759-91e17a9f3d7d")!
    /// Horsens Taxa ApS (615).
    static let companyB = UUID(uuidString: "43872819-06bb-43bb-8ab4-91dbc395c3ad")!
    /// Skagen: about 175 km from every demo citizen, so only the tests' own citizens match there.
    static var farAway: [String: Any] { ["lat": 57.72, "lon": 10.58] }
}

extension TestClientProtocol {
    /// Creates a subscription and returns its id and secret (requires 201).
    func subscribe(token: String, url: String, events: [String], minScore: Double? = nil) async throws -> (id: String, secret: String) {
        var body: [String: Any] = ["url": url, "events": events]
        if let minScore { body["minScore"] = minScore }
        let response = try await send(.post, "/v1/webhooks", token: token, json: Bodies.json(body))
        try #require(response.status == .created, "subscribe: \(response.status) \(String(buffer: response.body))")
        let id = try #require(response.object["id"] as? String)
        let secret = try #require(response.object["secret"] as? String)
        return (id, secret)
    }

    /// The subscription's delivery log (newest first, up to 100).
    func deliveries(_ webhookId: String, token: String) async throws -> [[String: Any]] {
        let response = try await send(.get, "/v1/webhooks/\(webhookId)/deliveries?limit=100", token: token)
        try #require(response.status == .ok, "deliveries: \(response.status) \(String(buffer: response.body))")
        return response.items
    }

    /// Creates a record with POST and returns its id (requires 201).
    func create(_ uri: String, token: String, json: String) async throws -> String {
        let response = try await send(.post, uri, token: token, json: json)
        try #require(response.status == .created, "POST \(uri): \(response.status) \(String(buffer: response.body))")
        return try #require(response.object["id"] as? String)
    }
}

extension TestDaemon {
    /// The same daemon with another log level (to investigate a failing test).
    func logging(_ level: Logger.Level) -> TestDaemon {
        var config = config
        config.logLevel = level
        return TestDaemon(folder: folder, config: config, database: database)
    }
}

/// Parses an RFC 3339 timestamp, with or without fractional seconds.
func rfc3339(_ text: Any?) -> Date? {
    guard let text = text as? String else { return nil }
    let plain = ISO8601DateFormatter()
    let fractional = ISO8601DateFormatter()
    fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    return plain.date(from: text) ?? fractional.date(from: text)
}

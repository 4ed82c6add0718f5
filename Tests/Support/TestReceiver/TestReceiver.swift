import Hummingbird
import Logging
import Synchronization

/// One request as the test receiver saw it.
public struct ReceivedRequest: Sendable {
    public let path: String
    public let headers: [String: String]
    public let body: [UInt8]

    public init(path: String, headers: [String: String], body: [UInt8]) {
        self.path = path
        self.headers = headers
        self.body = body
    }
}

/// Requests recorded by a ``TestReceiver``, safe to read from the test while the server runs.
public final class ReceivedRequests: Sendable {
    private let storage = Mutex<[ReceivedRequest]>([])

    func record(_ request: Request) async throws {
        let body = try await request.body.collect(upTo: 1 << 20)
        var headers: [String: String] = [:]
        for field in request.headers {
            headers[field.name.canonicalName] = field.value
        }
        let received = ReceivedRequest(path: request.uri.path, headers: headers, body: Array(buffer: body))
        storage.withLock { $0.append(received) }
    }

    public var all: [ReceivedRequest] { storage.withLock { $0 } }
}

/// A real HTTP server on 127.0.0.1 with an ephemeral port, with routes that
/// behave like the receivers a webhook sender meets in practice.
public enum TestReceiver {
    /// How long `/hang` keeps the client waiting before answering.
    public static let hangDuration: Duration = .seconds(3)

    /// Starts the receiver, runs `body` with its port, then stops it.
    public static func with<T>(_ body: (_ port: Int, _ received: ReceivedRequests) async throws -> T) async throws -> T {
        let received = ReceivedRequests()
        let router = Router()
        router.post("hook") { request, _ -> HTTPResponse.Status in
            try await received.record(request)
            return .noContent
        }
        router.post("slow") { request, _ -> HTTPResponse.Status in
            try await received.record(request)
            try await Task.sleep(for: .milliseconds(300))
            return .ok
        }
        router.post("fail") { request, _ -> HTTPResponse.Status in
            try await received.record(request)
            return .internalServerError
        }
        router.post("redirect") { request, _ -> Response in
            try await received.record(request)
            return Response(status: .found, headers: [.location: "/hook"])
        }
        router.post("busy") { request, _ -> Response in
            try await received.record(request)
            return Response(status: .tooManyRequests, headers: [.retryAfter: "7"])
        }
        router.post("big") { request, _ -> Response in
            try await received.record(request)
            let payload = ByteBuffer(repeating: UInt8(ascii: "x"), count: 256 * 1024)
            return Response(status: .ok, body: ResponseBody(byteBuffer: payload))
        }
        router.post("hang") { request, _ -> HTTPResponse.Status in
            try await received.record(request)
            try await Task.sleep(for: hangDuration)
            return .ok
        }

        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        var logger = Logger(label: "test-receiver")
        logger.logLevel = .critical
        let app = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                if let port = channel.localAddress?.port {
                    portContinuation.yield(port)
                }
                portContinuation.finish()
            },
            logger: logger
        )
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.run() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else {
                group.cancelAll()
                throw ReceiverStartError()
            }
            defer { group.cancelAll() }
            return try await body(port, received)
        }
    }

    public struct ReceiverStartError: Error {
        public init() {}
    }
}

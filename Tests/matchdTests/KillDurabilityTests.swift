import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Group commit acknowledges a write only after its transaction is on disk: the `matchd`
/// daemon, killed with SIGKILL while 8 clients write profiles, has every acknowledged write when
/// it starts again on the same file.
@Suite(.serialized) struct KillDurabilityTests {
    /// A daemon subprocess on 127.0.0.1 and the port it chose.
    struct Daemon {
        let process: Process
        let port: Int
    }

    @Test func everyAcknowledgedWriteSurvivesKill9() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("matchd-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("kill.sqlite").path
        #expect(try await Self.run(["seed", "--db", database, "--demo"]).status == 0)
        let created = try await Self.run(["token", "create", "--db", database, "--role", "admin"])
        let token = try #require(created.stdout.split(separator: "\n").last.map(String.init))

        let first = try await Self.serve(database, log: folder.appendingPathComponent("first.log"))
        defer { if first.process.isRunning { kill(first.process.processIdentifier, SIGKILL) } }
        let templates = try Self.citizenBodies()
        let acknowledged = Acknowledged()
        let killed = Task {
            // Kill while the clients write (after 200 acknowledged writes, or after a minute at most).
            for _ in 0..<12_000 where await acknowledged.count < 200 { try await Task.sleep(for: .milliseconds(5)) }
            kill(first.process.processIdentifier, SIGKILL)
        }
        await withTaskGroup(of: Void.self) { group in
            for client in 0..<8 {
                group.addTask {
                    for round in 0..<200 {
                        let body = templates[(client * 200 + round) % templates.count]
                        guard let created = await Self.call("POST", "/v1/citizens", body.create, first.port, token),
                            created.status == 201, let id = created.id
                        else { return }
                        await acknowledged.record(id, version: 1)
                        guard let updated = await Self.call("PUT", "/v1/citizens/\(id)", body.update, first.port, token),
                            updated.status == 200
                        else { return }
                        await acknowledged.record(id, version: 2)
                    }
                }
            }
        }
        try await killed.value
        for _ in 0..<100 where first.process.isRunning { try await Task.sleep(for: .milliseconds(50)) }
        #expect(first.process.terminationReason == .uncaughtSignal)

        let second = try await Self.serve(database, log: folder.appendingPathComponent("second.log"))
        defer { second.process.terminate() }
        let writes = await acknowledged.versions
        #expect(writes.count >= 100)
        for (id, version) in writes {
            let found = await Self.call("GET", "/v1/citizens/\(id)", nil, second.port, token)
            #expect(found?.status == 200, "acknowledged citizen \(id) is missing after kill -9")
            if version == 2 { #expect(found?.name == Self.updatedName, "the acknowledged update of \(id) is missing after kill -9") }
        }
    }

    /// The acknowledged writes: each citizen's highest acknowledged version.
    actor Acknowledged {
        private(set) var versions: [String: Int] = [:]
        private(set) var count = 0

        func record(_ id: String, version: Int) {
            versions[id] = max(versions[id] ?? 0, version)
            count += 1
        }
    }

    /// The name every update writes.
    static let updatedName = "Efter opdatering"

    /// A create and an update request body.
    struct Body: Sendable {
        let create: Data
        let update: Data
    }

    /// What a response said: its status and the citizen's id and name.
    struct Answer: Sendable {
        let status: Int
        let id: String?
        let name: String?
    }

    /// The demo citizens as request bodies (without their ids): created as they are, then renamed.
    static func citizenBodies() throws -> [Body] {
        let data = try Data(contentsOf: CLITests.root.appendingPathComponent("Data/demo/citizens.json"))
        let citizens = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        return try citizens.map { citizen in
            var body = citizen
            body["id"] = nil
            let create = try JSONSerialization.data(withJSONObject: body)
            body["name"] = updatedName
            return Body(create: create, update: try JSONSerialization.data(withJSONObject: body))
        }
    }

    /// One request; nil when the daemon did not answer (it was killed).
    static func call(_ method: String, _ path: String, _ body: Data?, _ port: Int, _ token: String) async -> Answer? {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.httpMethod = method
        request.timeoutInterval = 30
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        if let body {
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.httpBody = body
        }
        guard let (data, response) = try? await URLSession.shared.data(for: request),
            let status = (response as? HTTPURLResponse)?.statusCode
        else { return nil }
        let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        return Answer(status: status, id: object?["id"] as? String, name: object?["name"] as? String)
    }

    /// Starts `matchd serve` on 127.0.0.1 with port 0 (and `extra` arguments) and reads the port it logs.
    static func serve(_ database: String, log: URL, extra: [String] = []) async throws -> Daemon {
        #expect(FileManager.default.createFile(atPath: log.path, contents: nil))
        let process = Process()
        process.executableURL = CLITests.binary
        process.arguments =
            ["serve", "--db", database, "--host", "127.0.0.1", "--port", "0", "--log-level", "info", "--webhooks-hold"] + extra
        process.currentDirectoryURL = CLITests.root
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        for _ in 0..<600 {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            if let range = text.range(of: "listening on 127.0.0.1:"), let port = Int(text[range.upperBound...].prefix { $0.isNumber }) {
                return Daemon(process: process, port: port)
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        process.terminate()
        throw CancellationError()
    }

    /// Runs `matchd` to its end on a Dispatch thread (waiting for a process must not block the
    /// cooperative pool).
    static func run(_ arguments: [String]) async throws -> CLITests.Run {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try CLITests().run(arguments) })
            }
        }
    }
}

import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import Profiles
@testable import SQLiteStorage

/// Health, readiness, metrics, the served specification, request ids, durability settings.
@Suite struct OperationsTests {
    @Test func operationalEndpointsAnswerWithoutAToken() async throws {
        let daemon = try await TestDaemon.make(seedDemo: false)
        defer { daemon.remove() }
        try await daemon.application().test(.router) { client in
            #expect(try await client.send(.get, "/health", token: nil).status == .ok)
            #expect(try await client.send(.get, "/ready", token: nil).status == .ok)
            let metrics = try await client.send(.get, "/metrics", token: nil)
            #expect(metrics.status == .ok)
            #expect(String(buffer: metrics.body).contains("# TYPE"))
            let spec = try await client.send(.get, "/openapi.yaml", token: nil)
            #expect(spec.status == .ok)
            #expect(String(buffer: spec.body).hasPrefix("openapi: 3.1"))
            let response = try await client.send(.get, "/v1/citizens", token: nil)
            #expect(response.status == .unauthorized)
            #expect(response.headers[.wwwAuthenticate] == "Bearer")
            #expect(try await client.send(.get, "/v1/citizens", token: "mt_forged").status == .unauthorized)
        }
    }

    @Test func unknownRoutesAre404ProblemsAndEveryResponseHasARequestId() async throws {
        let daemon = try await TestDaemon.make(seedDemo: false)
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        try await daemon.application().test(.router) { client in
            let missing = try await client.send(.get, "/v1/nothing-here", token: admin)
            #expect(missing.status == .notFound)
            #expect(missing.headers[.contentType] == "application/problem+json")
            #expect(missing.headers[HTTPField.Name("X-Request-Id")!]?.isEmpty == false)
            let echoed = try await client.send(.get, "/health", token: nil, headers: [HTTPField.Name("X-Request-Id")!: "abc-123"])
            #expect(echoed.headers[HTTPField.Name("X-Request-Id")!] == "abc-123")
            #expect(try await client.send(.get, "/v1/citizens/not-a-uuid", token: admin).status == .badRequest)
        }
    }

    @Test func revokedTokensStopWorking() async throws {
        let daemon = try await TestDaemon.make(seedDemo: false)
        defer { daemon.remove() }
        let database = daemon.database
        let issued = try await database.createToken(for: Principal(role: .admin), label: nil)
        #expect(try await database.bearer(token: issued.token)?.principal.role == .admin)
        #expect(try await database.revokeToken(issued.id.uuidString))
        #expect(try await database.bearer(token: issued.token)?.principal == nil)
        await #expect(throws: StoreError.self) {
            try await database.createToken(for: Principal(role: .company, companyId: UUID()), label: nil)
        }
    }

    @Test func databaseIsDurableWalWithMigrations() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("matchd-db-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try AppDatabase.open(path: folder.appendingPathComponent("x.sqlite").path)
        #expect(try await database.synchronousSetting() == 2)
        #expect(try await database.journalMode() == "wal")
        #expect(
            try await database.appliedMigrations()
                == [
                    "v1-profiles", "v1-tokens", "v2-webhooks", "v3-vacancy", "v4-interests", "v5-placements",
                    "v6-slot-occupied-outside", "v7-mail-outbox",
                ])
        let reopened = try AppDatabase.open(path: folder.appendingPathComponent("x.sqlite").path)
        #expect(try await reopened.appliedMigrations().count == 8)
    }

    @Test func servedSpecificationIsValidOpenAPI() async throws {
        let daemon = try await TestDaemon.make(seedDemo: false)
        defer { daemon.remove() }
        let spec = try await daemon.application().test(.router) { client in
            String(buffer: try await client.send(.get, "/openapi.yaml", token: nil).body)
        }
        let file = daemon.folder.appendingPathComponent("openapi.yaml")
        try spec.write(to: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            "import sys, yaml; from openapi_spec_validator import validate; validate(yaml.safe_load(open(sys.argv[1]))); print('valid')",
            file.path,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        process.waitUntilExit()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("valid"))
    }
}

import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization
import TestReceiver
import Testing

@testable import MatchAPI
@testable import Profiles
@testable import SQLiteStorage

/// Tokens, names, contact details and needs never reach a log line, on any path, errors and
/// 500s included, at any level.
@Suite("Log secrecy")
struct LogSecrecyTests {
    static let name = "Quorra Secretname"
    static let email = "quorra.secret@example.dk"
    static let phone = "+4588776655"
    static let need = "light-sensitivity"

    static func citizen(_ change: (inout [String: Any]) -> Void = { _ in }) -> String {
        Bodies.citizen {
            $0["name"] = name
            $0["email"] = email
            $0["phone"] = phone
            $0["needs"] = [["code": need, "required": true, "shared": true]]
            change(&$0)
        }
    }

    @Test("every error path, with a known token, name, e-mail, phone and need, logs none of them")
    func errorPathsLogNoSecrets() async throws {
        let lines = CapturedLog()
        let daemon = try await TestDaemon.make(seedDemo: false, logLevel: .trace)
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        let logger = Logger(label: "matchd") { _ in CapturingLogHandler(lines: lines) }
        let tokens = Mutex<[String]>([admin])
        try await daemon.application(logger: logger).test(.router) { client in
            let created = try await client.send(.post, "/v1/citizens", token: admin, json: Self.citizen())
            let id = try #require(created.object["id"] as? String)
            let citizen = try await daemon.token(.citizen, citizen: try #require(UUID(uuidString: id)))
            tokens.withLock { $0.append(citizen) }
            var statuses: [Int] = []
            func send(_ method: HTTPRequest.Method, _ path: String, token: String?, json: String?, headers: HTTPFields = [:]) async throws {
                statuses.append(Int(try await client.send(method, path, token: token, json: json, headers: headers).status.code))
            }
            // 400: malformed JSON, a duplicate key, a bad parameter — each carrying the secrets.
            try await send(.post, "/v1/citizens", token: admin, json: "{\"name\": \"\(Self.name)\", \"email\": \"\(Self.email)\"")
            try await send(
                .post, "/v1/citizens", token: admin,
                json: Self.citizen().replacingOccurrences(of: "{", with: "{\"name\": 1, ", options: .anchored))
            try await send(
                .get, "/v1/citizens?municipalityCode=\(Self.name.replacingOccurrences(of: " ", with: "%20"))", token: admin, json: nil)
            // 401 with a wrong token that looks real, and with the secrets in the body.
            try await send(.post, "/v1/citizens", token: "mt_" + admin.dropFirst(3).reversed(), json: Self.citizen())
            // 403, 404.
            try await send(.get, "/v1/companies", token: citizen, json: nil)
            try await send(.put, "/v1/citizens/\(UUID().uuidString.lowercased())", token: admin, json: Self.citizen())
            // 412, 413, 422.
            try await send(.put, "/v1/citizens/\(id)", token: admin, json: Self.citizen(), headers: [.ifMatch: "\"99\""])
            try await send(
                .post, "/v1/citizens", token: admin,
                json: Self.citizen { $0["description"] = String(repeating: Self.name, count: 20_000) })
            try await send(.post, "/v1/citizens", token: admin, json: Self.citizen { $0["email"] = "not an e-mail \(Self.email)" })
            // 500: the database refuses every citizen update.
            try await daemon.database.writer.write { db in
                try db.execute(sql: "CREATE TRIGGER refuse BEFORE UPDATE ON citizen BEGIN SELECT RAISE(ABORT, 'refused'); END")
            }
            try await send(.put, "/v1/citizens/\(id)", token: admin, json: Self.citizen { $0["name"] = Self.name + " Jr" })
            #expect(Set(statuses).isSuperset(of: [400, 401, 403, 404, 412, 413, 422, 500]), "\(statuses)")
        }
        let text = lines.all.joined(separator: "\n")
        #expect(!text.isEmpty, "nothing was logged: the check would prove nothing")
        #expect(text.contains("unhandled error"), "the 500 was not logged")
        let secrets =
            tokens.withLock { $0 } + [String(admin.dropFirst(3).reversed()), Self.name, Self.email, Self.phone, Self.need, "Secretname"]
        for secret in secrets {
            let leaked = text.contains(secret)
            #expect(!leaked, "the log contains a secret: \(secret.prefix(6))…")
        }
    }
}

extension LogSecrecyTests {
    @Test("signing in — a link asked for, followed, used twice, a session used and ended — logs no address, name, link, token or session")
    func signInLogsNoSecrets() async throws {
        let lines = CapturedLog()
        let daemon = try await TestDaemon.make(logLevel: .trace)
        defer { daemon.remove() }
        let citizen = try #require(try DataDirectory.demo(in: daemon.config.dataDirectory).citizens.first)
        let account = Account(id: UUID(), principal: Principal(role: .citizen, citizenId: citizen.id), email: Self.email, name: Self.name)
        _ = try await daemon.database.createAccount(account, now: Date())
        let logger = Logger(label: "matchd") { _ in CapturingLogHandler(lines: lines) }
        let secrets = Mutex<[String]>([Self.email, Self.name, "Secretname", "quorra.secret"])
        try await daemon.application(logger: logger).test(.router) { client in
            let asked = try await client.send(.post, "/auth/sign-in", token: nil, json: Bodies.json(["email": Self.email]))
            #expect(asked.status == .accepted)
            let binding = String(asked.headers[values: .setCookie].first?.split(separator: ";")[0].split(separator: "=").last ?? "")
            secrets.withLock { $0.append(binding) }
            _ = try await client.send(.post, "/auth/sign-in", token: nil, json: Bodies.json(["email": "x" + Self.email]))
            let mail = try #require(try await daemon.database.mailMessages(status: nil, limit: 10).first?.message)
            let token = try #require(mail.text.range(of: "token=").map { String(mail.text[$0.upperBound...].prefix(43)) })
            secrets.withLock { $0.append(token) }
            let cookie: HTTPFields = [.cookie: "matchd_signin=\(binding)"]
            _ = try await client.execute(uri: "/auth/link?token=\(token)", method: .get, headers: cookie)
            let signedIn = try await client.send(.post, "/auth/link", token: nil, json: Bodies.json(["token": token]), headers: cookie)
            #expect(signedIn.status == .ok)
            let session = String(signedIn.headers[values: .setCookie].first?.split(separator: ";")[0].split(separator: "=").last ?? "")
            let csrf = signedIn.object["csrfToken"] as? String ?? ""
            secrets.withLock { $0 += [session, csrf] }
            _ = try await client.send(.post, "/auth/link", token: nil, json: Bodies.json(["token": token]), headers: cookie)
            _ = try await client.execute(uri: "/v1/accounts/me", method: .get, headers: [.cookie: "matchd_session=\(session)"])
            _ = try await client.execute(
                uri: "/auth/sign-out", method: .post, headers: [.cookie: "matchd_session=\(session)", .csrfToken: csrf])
        }
        let text = lines.all.joined(separator: "\n")
        #expect(text.contains("sign-in"), "sign-ins are logged")
        #expect(text.contains("client="), "with the client's address")
        for secret in secrets.withLock({ $0 }) where !secret.isEmpty {
            #expect(!text.contains(secret), "the log contains a secret: \(secret.prefix(6))…")
        }
    }
}

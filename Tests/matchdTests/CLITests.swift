import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The `matchd` executable as an operator uses it: rank, seed, token, serve (as a subprocess on
/// 127.0.0.1) and its graceful shutdown.
@Suite(.serialized) struct CLITests {
    /// `matchd`, built next to this test bundle by `swift build --build-tests`.
    static let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("matchd")
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    func run(_ arguments: [String], in folder: URL = root, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("matchd-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func aDatabaseURLOfAStoreThisBuildDoesNotHaveIsRefusedAndCreatesNothing() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (arguments, scheme) in [
            (["seed", "--demo"], "postgres"), (["serve", "--port", "0"], "postgresql"),
            (["token", "create", "--role", "admin"], "mysql"),
        ] {
            let url = "\(scheme)://matchd:s3cret-password@127.0.0.1:5432/matchd"
            let refused = try run(arguments + ["--db", url], in: folder)
            #expect(refused.status != 0, "\(arguments)")
            #expect(refused.stderr.contains("\(scheme):// URL") && refused.stderr.contains("SQLite only"), "\(refused.stderr)")
            #expect(!refused.stderr.contains("s3cret-password"), "the URL's password is never repeated")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "nothing created for \(arguments)")
        }
    }

    /// `serve`'s settings are read in one place: a variable that cannot be read or is out of range
    /// is refused naming it, never replaced by the default; a flag wins over its variable.
    @Test func aMistypedEnvironmentVariableIsRefusedNamingIt() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("matchd.sqlite").path
        for (variable, value, says) in [
            ("MATCHD_PORT", "80a", "MATCHD_PORT=80a is not a whole number (--port)"),
            ("MATCHD_MAX_PENDING_INTERESTS", "0", "MATCHD_MAX_PENDING_INTERESTS must be 1–1000, not 0"),
            ("MATCHD_WEBHOOKS_HOLD", "yes", "MATCHD_WEBHOOKS_HOLD=yes must be 1 or 0 (--webhooks-hold)"),
            ("MATCHD_LOG_LEVEL", "loud", "log level loud is none of"),
        ] {
            let refused = try run(["serve", "--db", database], environment: [variable: value])
            #expect(refused.status != 0, "\(variable)=\(value)")
            #expect(refused.stderr.contains(says), "\(variable)=\(value): \(refused.stderr)")
        }
        // The flag wins: its variable is not read, so the next refusal is the idle timeout's.
        let flagged = try run(
            ["serve", "--db", database, "--max-pending-interests", "5"],
            environment: ["MATCHD_MAX_PENDING_INTERESTS": "0", "MATCHD_IDLE_TIMEOUT": "0"])
        #expect(flagged.stderr.contains("MATCHD_IDLE_TIMEOUT must be 1–3600") && !flagged.stderr.contains("PENDING"), "\(flagged.stderr)")
        #expect(!FileManager.default.fileExists(atPath: database), "nothing opened before the settings were read")
    }

    /// `serve`'s mail settings: a bad value is refused naming its flag, and a password is never
    /// taken from the command line nor repeated.
    @Test func badMailSettingsAreRefusedNamingTheFlagAndNeverRepeatingAPassword() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("matchd.sqlite").path
        let passwordFile = folder.appendingPathComponent("password")
        try Data("pw-from-file\n".utf8).write(to: passwordFile)
        let cases: [(arguments: [String], environment: [String: String], says: String)] = [
            (["--smtp-url", "http://mail.example.dk"], [:], "--smtp-url must be smtp://host:port or smtps://host:port"),
            ([], ["MATCHD_SMTP_URL": "smtp://matchd:Hunter2-secret@mail.example.dk:587"], "--smtp-url must be"),
            (["--smtp-url", "smtp://mail.example.dk:587", "--smtp-password", "Hunter2-secret"], [:], "--smtp-password is not accepted"),
            (["--smtp-url", "smtp://mail.example.dk:587", "--smtp-user", "matchd"], [:], "--smtp-user and an SMTP password"),
            (["--smtp-url", "smtps://mail.example.dk:465", "--smtp-plain"], [:], "--smtp-plain contradicts an smtps://"),
            (
                ["--smtp-url", "smtp://mail.example.dk:587"], ["MATCHD_SMTP_PLAIN": "yes"],
                "MATCHD_SMTP_PLAIN=yes must be 1 or 0 (--smtp-plain)"
            ),
            (["--smtp-plain"], [:], "need --smtp-url"),
            (
                ["--smtp-url", "smtp://mail.example.dk", "--smtp-user", "m", "--smtp-password-file", "/nonexistent/pw"], [:],
                "--smtp-password-file"
            ),
            (
                ["--smtp-url", "smtp://mail.example.dk", "--smtp-ca-file", "/nonexistent/ca.pem"], [:],
                "--smtp-ca-file /nonexistent/ca.pem cannot be read"
            ),
            (["--mail-from", "Jobcenter <not an address>"], [:], "--mail-from must be"),
            ([], ["MATCHD_MAIL_FROM": "matchd"], "--mail-from must be"),
            (["--mail-retry-schedule", "0,soon"], [:], "--mail-retry-schedule must be comma-separated seconds"),
        ]
        for (arguments, environment, says) in cases {
            let refused = try run(["serve", "--db", database, "--port", "0"] + arguments, environment: environment)
            #expect(refused.status != 0, "\(arguments) \(environment)")
            #expect(refused.stderr.contains(says), "\(arguments) \(environment): \(refused.stderr)")
            #expect(!refused.stderr.contains("Hunter2-secret"), "a password is never repeated: \(refused.stderr)")
        }
        // A complete SMTP setup passes the checks: the next refusal is the idle timeout's.
        let accepted = try run(
            [
                "serve", "--db", database, "--smtp-url", "smtp://mail.example.dk:587", "--smtp-user", "matchd", "--smtp-password-file",
                passwordFile.path, "--mail-from", "Jobcenter Horsens <matchd@horsens.dk>",
            ], environment: ["MATCHD_IDLE_TIMEOUT": "0"])
        #expect(accepted.stderr.contains("MATCHD_IDLE_TIMEOUT must be 1–3600"), "\(accepted.stderr)")
        #expect(!accepted.stderr.contains("pw-from-file"))
    }

    @Test func rankPrintsExplainedRankingsAsTableAndJSON() throws {
        let table = try run([
            "rank", "--citizens", "Data/demo/citizens.json", "--openings", "Data/demo/openings.json",
            "--slots", "Data/demo/slots.json", "--limit", "3",
        ])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("match(es)"))
        #expect(table.stdout.contains("competencies"))
        let json = try run([
            "rank", "--citizens", "Data/demo/citizens.json", "--openings", "Data/demo/openings.json",
            "--direction", "citizens", "--limit", "2", "--format", "json",
        ])
        #expect(json.status == 0)
        let rankings = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rankings.count == 400)
        let matches = rankings.flatMap { $0["matches"] as? [[String: Any]] ?? [] }
        #expect(!matches.isEmpty)
        for match in matches {
            let sum = (match["components"] as? [[String: Any]] ?? []).compactMap { $0["contribution"] as? Double }.reduce(0, +)
            #expect(abs(sum - (match["score"] as? Double ?? -1)) <= 0.01)
        }
    }

    @Test func rankRefusesABadFileNamingFileRecordAndField() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var citizens = try #require(
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: Self.root.appendingPathComponent("Data/demo/citizens.json"))) as? [[String: Any]])
        citizens[7]["maxCommuteKm"] = 900
        let file = folder.appendingPathComponent("export.json")
        try JSONSerialization.data(withJSONObject: citizens).write(to: file)
        let result = try run(["rank", "--citizens", file.path, "--openings", "Data/demo/openings.json"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("export.json"))
        #expect(result.stderr.contains("record [7]"))
        #expect(result.stderr.contains("maxCommuteKm"))
    }

    @Test func seedTokenAndServeWithGracefulShutdown() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("demo.sqlite").path
        let seeded = try run(["seed", "--db", database, "--demo"])
        #expect(seeded.status == 0, "\(seeded.stderr)")
        let token = try run(["token", "create", "--db", database, "--role", "admin"])
        let secret = try #require(token.stdout.split(separator: "\n").last.map(String.init))
        #expect(secret.hasPrefix("mt_"))
        let missingScope = try run(["token", "create", "--db", database, "--role", "company"])
        #expect(missingScope.status != 0)
        #expect(missingScope.stderr.contains("--company"))

        // Port 0: the daemon picks a free port and logs it.
        let log = folder.appendingPathComponent("serve.log")
        #expect(FileManager.default.createFile(atPath: log.path, contents: nil))
        let server = Process()
        server.executableURL = Self.binary
        server.arguments = ["serve", "--db", database, "--host", "127.0.0.1", "--port", "0", "--log-level", "info"]
        server.currentDirectoryURL = Self.root
        server.standardOutput = FileHandle.nullDevice
        server.standardError = try FileHandle(forWritingTo: log)
        try server.run()
        defer { if server.isRunning { server.terminate() } }
        var port = 0
        for _ in 0..<200 where port == 0 {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            if let range = text.range(of: "listening on 127.0.0.1:") {
                port = Int(text[range.upperBound...].prefix { $0.isNumber }) ?? 0
            } else {
                try await Task.sleep(for: .milliseconds(50))
            }
        }
        #expect(port > 0)
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/v1/companies?limit=1")!)
        request.setValue("Bearer \(secret)", forHTTPHeaderField: "Authorization")
        var status = 0
        for _ in 0..<100 where status != 200 {
            if let (_, response) = try? await URLSession.shared.data(for: request) {
                status = (response as? HTTPURLResponse)?.statusCode ?? 0
            } else {
                try await Task.sleep(for: .milliseconds(100))
            }
        }
        #expect(status == 200)
        server.interrupt()
        for _ in 0..<100 where server.isRunning { try await Task.sleep(for: .milliseconds(100)) }
        #expect(!server.isRunning)
        #expect(server.terminationReason == .exit)
        #expect(server.terminationStatus == 0)
    }
}

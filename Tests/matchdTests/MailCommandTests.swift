import Foundation
import Testing

/// `matchd mail` as an admin uses it on the server, and `serve` writing mail to the folder beside
/// its database when no SMTP server is configured (the demo's `make run`).
@Suite(.serialized) struct MailCommandTests {
    @Test func testListShowAndResendAMessage() throws {
        let cli = CLITests()
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("matchd.sqlite").path
        let queued = try cli.run([
            "mail", "test", "--db", database, "--to", "karen@example.dk", "--count", "2", "--mail-from", "matchd@horsens.dk",
        ])
        #expect(queued.status == 0, "\(queued.stderr)")
        let id = try #require(queued.stdout.split(separator: " ").last.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })

        let list = try cli.run(["mail", "list", "--db", database])
        #expect(list.status == 0)
        #expect(list.stdout.split(separator: "\n").count == 3, "a heading and two messages: \(list.stdout)")
        #expect(list.stdout.contains(id) && list.stdout.contains("pending"))
        #expect(try cli.run(["mail", "list", "--db", database, "--status", "sent"]).stdout.split(separator: "\n").count == 1)
        #expect(try cli.run(["mail", "list", "--db", database, "--status", "lost"]).status != 0)

        let show = try cli.run(["mail", "show", "--db", database, id])
        #expect(show.status == 0)
        #expect(show.stdout.contains("Message-ID:  <\(id)@horsens.dk>"))
        #expect(show.stdout.contains("To:          <karen@example.dk>"))
        #expect(show.stdout.contains("Status:      pending"))

        let resent = try cli.run(["mail", "resend", "--db", database, id])
        #expect(resent.status == 0)
        #expect(resent.stdout == "queued again: \(id) <\(id)@horsens.dk>\n")
        #expect(try cli.run(["mail", "show", "--db", database, UUID().uuidString]).stderr.contains("no message"))
        #expect(try cli.run(["mail", "resend", "--db", database, "not-an-id"]).stderr.contains("must be a UUID"))
    }

    @Test func withoutSMTPServeWritesEmlFilesBesideTheDatabase() async throws {
        let cli = CLITests()
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("matchd.sqlite").path
        #expect(try cli.run(["mail", "test", "--db", database, "--to", "karen@example.dk", "--count", "3"]).status == 0)
        let log = folder.appendingPathComponent("serve.log")
        let daemon = try await KillDurabilityTests.serve(database, log: log)
        defer { daemon.process.terminate() }
        let mail = folder.appendingPathComponent("mail")
        var files: [String] = []
        for _ in 0..<400 {
            files = ((try? FileManager.default.contentsOfDirectory(atPath: mail.path)) ?? []).filter { $0.hasSuffix(".eml") }
            if files.count == 3 { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(files.count == 3, "\(files)")
        let text = try String(contentsOf: log, encoding: .utf8)
        #expect(text.contains("mail goes to folder \(mail.path)"), "\(text)")
        #expect(!text.contains("karen@example.dk"), "no address in the daemon's log")
        let show = try cli.run(["mail", "list", "--db", database, "--status", "sent"])
        #expect(show.stdout.split(separator: "\n").count == 4, "\(show.stdout)")
    }
}

import Foundation
import MailTestSupport
import Profiles
import SQLiteStorage
import Testing

/// The mail outbox survives kill -9: the `matchd` daemon, killed with SIGKILL while it sends a
/// queue of 200 messages to a real SMTP server on 127.0.0.1, sends every one of them after it
/// starts again — a message sent but not yet recorded is sent again, with the same Message-ID.
@Suite(.serialized) struct MailKillTests {
    @Test func everyQueuedMessageArrivesAfterKill9WithOneMessageIdEach() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("matchd-mail-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("mail.sqlite").path
        let database = try AppDatabase.open(path: path)
        let messages = (0..<200).map { number in
            MailMessage.make(
                to: MailAddress(address: "person\(number)@example.dk"), subject: "Besked \(number) – æøå", text: "Hej \(number)\n",
                html: "<p>Hej \(number)</p>", category: .account, accountId: nil, domain: "horsens.dk", now: Date())
        }
        try await database.enqueueMail(messages)

        try await SMTPTestServer.with(["--delay-ms", "50"]) { server in
            let smtp = ["--smtp-url", "smtp://127.0.0.1:\(server.port)", "--smtp-plain", "--mail-from", "matchd <matchd@horsens.dk>"]
            let first = try await KillDurabilityTests.serve(path, log: folder.appendingPathComponent("first.log"), extra: smtp)
            defer { if first.process.isRunning { kill(first.process.processIdentifier, SIGKILL) } }
            // Watched from a thread of its own: the test's concurrency pool may be busy with other
            // suites for longer than the queue takes to send.
            let victim = first.process.processIdentifier
            await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
                Thread.detachNewThread {
                    let deadline = Date().addingTimeInterval(60)
                    while server.receivedCount() < 40 && Date() < deadline { usleep(2000) }
                    kill(victim, SIGKILL)
                    done.resume()
                }
            }
            for _ in 0..<100 where first.process.isRunning { try await Task.sleep(for: .milliseconds(50)) }
            #expect(first.process.terminationReason == .uncaughtSignal)
            let beforeRestart = server.receivedCount()
            #expect(beforeRestart >= 40 && beforeRestart < 200, "killed mid-queue: \(beforeRestart) of 200 had arrived")

            let second = try await KillDurabilityTests.serve(path, log: folder.appendingPathComponent("second.log"), extra: smtp)
            defer { second.process.terminate() }
            var counts: [MailStatus: Int] = [:]
            for _ in 0..<1200 {
                counts = try await database.mailCounts()
                if counts[.sent] == 200 { break }
                try await Task.sleep(for: .milliseconds(50))
            }
            #expect(counts == [.sent: 200], "the outbox after the restart: \(counts)")

            let received = try server.received()
            let byRecipient = Dictionary(grouping: received) { $0.recipients.first ?? "" }
            for message in messages {
                let copies = byRecipient[message.to.address] ?? []
                #expect(!copies.isEmpty, "\(message.to.address) never arrived")
                #expect(
                    copies.allSatisfy { $0.header("Message-ID") == message.messageId },
                    "a copy of \(message.to.address) has another Message-ID")
                #expect(Set(copies.map(\.bytes)).count <= 1, "copies of \(message.to.address) differ")
            }
            #expect(received.count - 200 <= 4, "at most the attempts in flight at the kill are sent twice: \(received.count - 200)")
        }
    }
}

import ArgumentParser
import Delivery
import Foundation
import Profiles

/// `matchd mail`: the mail outbox for admins on the server: list, show, resend, and queue test
/// messages. It prints recipients and subjects to the admin's terminal (never to the daemon's
/// log); a running daemon sends what it queues within a second.
struct MailCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mail", abstract: "List, show and resend queued mail.", subcommands: [List.self, Show.self, Resend.self, Test.self])

    /// `matchd mail list`: the newest messages, one line each.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the newest messages in the mail outbox.")

        @OptionGroup var database: DatabaseOptions

        @Option(help: "Only messages with this status: pending, sent or failed.")
        var status: MailStatus?

        @Option(help: "Most messages listed (1–10000; default 50).")
        var limit: Int = 50

        func validate() throws {
            guard (1...10_000).contains(limit) else { throw ValidationError("--limit must be 1–10000, not \(limit)") }
        }

        func run() async throws {
            let messages = try await database.open().mailMessages(status: status, limit: limit)
            print("id                                    status   attempts created                  category")
            for queued in messages {
                let status = queued.status.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
                let attempts = String(queued.attemptCount).padding(toLength: 8, withPad: " ", startingAt: 0)
                print(
                    "\(queued.message.id.lowercasedText)  \(status) \(attempts) \(MailCommand.text(queued.message.createdAt))  "
                        + queued.message.category.rawValue)
            }
        }
    }

    /// `matchd mail show ID`: one message's headers, status and attempts.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one message, its status and attempts.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The message's id (from mail list).")
        var id: String

        func run() async throws {
            guard let queued = try await database.open().queuedMail(try MailCommand.uuid(id)) else {
                throw ValidationError("no message \(id.prefix(40))")
            }
            MailCommand.printDetails(queued)
        }
    }

    /// `matchd mail resend ID`: a sent or failed message back to pending, same Message-ID.
    struct Resend: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "resend", abstract: "Queue a message again, due now, with the same Message-ID.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The message's id (from mail list).")
        var id: String

        func run() async throws {
            guard let queued = try await database.open().resendMail(try MailCommand.uuid(id), now: Date()) else {
                throw ValidationError("no message \(id.prefix(40))")
            }
            Swift.print("queued again: \(queued.message.id.lowercasedText) \(queued.message.messageId)")
        }
    }

    /// `matchd mail test --to ADDRESS`: queues test messages, to check the mail setup end to end
    /// (and to fill the outbox for `scripts/bench-mail`).
    struct Test: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "test", abstract: "Queue test messages to an address.")

        @OptionGroup var database: DatabaseOptions

        @Option(help: "The recipient's address.")
        var to: String

        @Option(help: "The sender whose domain makes the Message-IDs, as serve's --mail-from (env MATCHD_MAIL_FROM).")
        var mailFrom: String?

        @Option(help: "How many messages (1–100000; default 1).")
        var count: Int = 1

        func validate() throws {
            guard (1...100_000).contains(count) else { throw ValidationError("--count must be 1–100000, not \(count)") }
        }

        func run() async throws {
            let recipient: MailAddress
            let from: MailAddress
            do {
                recipient = try MailAddress(mailbox: to)
                from =
                    try Settings().optionalString(mailFrom, "MATCHD_MAIL_FROM").map { text throws(MailAddressError) in
                        try MailAddress(mailbox: text)
                    } ?? MailSettings.standardFrom
            } catch {
                throw ValidationError("--to and --mail-from must be local@domain addresses (\(error.reason))")
            }
            let now = Date()
            let messages = (1...count).map { number in
                MailMessage.make(
                    to: recipient, subject: "matchd: prøvebesked \(number) af \(count)",
                    text: "Denne besked prøver matchd's opsætning af e-mail.\n",
                    html: "<p>Denne besked prøver matchd's opsætning af e-mail.</p>\n",
                    category: .account, accountId: nil, domain: from.domain ?? "localhost", now: now)
            }
            try await database.open().enqueueMail(messages)
            Swift.print("queued \(count) test message\(count == 1 ? "" : "s"); first \(messages[0].id.lowercasedText)")
        }
    }

    /// A message id argument, refused naming it when it is not a UUID.
    static func uuid(_ text: String) throws -> UUID {
        guard let id = UUID(uuidString: text) else { throw ValidationError("the message id must be a UUID") }
        return id
    }

    /// UTC, to the second.
    static func text(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }

    /// A message's headers, status and attempts, for `show`.
    static func printDetails(_ queued: QueuedMail) {
        let message = queued.message
        var lines: [String] = [
            "id:          \(message.id.lowercasedText)",
            "Message-ID:  \(message.messageId)",
            "To:          \(message.to.name.map { "\($0) " } ?? "")<\(message.to.address)>",
            "Subject:     \(message.subject)",
            "Category:    \(message.category.rawValue)",
            "Account:     \(message.accountId?.lowercasedText ?? "-")",
            "Created:     \(text(message.createdAt))",
            "Status:      \(queued.status.rawValue)",
            "Attempts:    \(queued.attemptCount)",
        ]
        if let next = queued.nextAttemptAt { lines.append("Next:        \(text(next))") }
        if let sent = queued.sentAt { lines.append("Sent:        \(text(sent))") }
        if let error = queued.lastError { lines.append("Last error:  \(error)") }
        for (number, attempt) in queued.attempts.enumerated() {
            lines.append(
                "attempt \(number + 1): \(text(attempt.attemptedAt)) smtp \(attempt.smtpCode.map(String.init) ?? "-") "
                    + "\(attempt.durationMs) ms\(attempt.error.map { " — \($0)" } ?? "")")
        }
        Swift.print(lines.joined(separator: "\n"))
    }
}

extension MailStatus: ExpressibleByArgument {}

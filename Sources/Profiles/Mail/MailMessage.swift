import Foundation

/// Why a message is sent; people will choose per category how they get mail (immediately, as a
/// digest, or not at all), and the outbox lists and counts by it.
public enum MailCategory: String, Sendable, Codable, CaseIterable {
    /// A one-time sign-in link (always sent at once; never batched into a digest).
    case signIn
    /// A change to the person's account (created, e-mail address or role changed).
    case account
}

/// A mailbox: the address and an optional display name (`"Jobcenter Horsens" <matchd@horsens.dk>`).
public struct MailAddress: Sendable, Equatable {
    /// The `local@domain` address, without angle brackets.
    public var address: String
    /// The display name, shown by mail programs instead of the address.
    public var name: String?

    /// Creates a mailbox.
    public init(address: String, name: String? = nil) {
        self.address = address
        self.name = name
    }

    /// The part after the last `@` (the Message-ID domain of a sender), or nil without one.
    public var domain: String? {
        guard let at = address.lastIndex(of: "@") else { return nil }
        let domain = address[address.index(after: at)...]
        return domain.isEmpty ? nil : String(domain)
    }
}

/// One e-mail to one person, as it is queued in the mail outbox: everything needed to compose
/// the same bytes on every attempt (the `Message-ID` and the `Date` header, from `createdAt`,
/// are fixed when it is queued).
public struct MailMessage: Sendable, Equatable {
    /// The outbox row's id (logs name a message by it, never by its recipient).
    public var id: UUID
    /// The `Message-ID` header, `<uuid@domain>`: fixed at enqueue, the same on every attempt and
    /// resend, so a receiver can drop a copy sent twice (delivery is at least once).
    public var messageId: String
    /// The recipient.
    public var to: MailAddress
    /// The subject, any Unicode text (encoded as RFC 2047 words when not ASCII).
    public var subject: String
    /// The `text/plain` part.
    public var text: String
    /// The `text/html` part.
    public var html: String
    /// Why it is sent.
    public var category: MailCategory
    /// The account it was sent to, when it belongs to one.
    public var accountId: UUID?
    /// When it was queued; also its `Date` header.
    public var createdAt: Date

    /// Creates a message from every stored property.
    public init(
        id: UUID, messageId: String, to: MailAddress, subject: String, text: String, html: String, category: MailCategory,
        accountId: UUID?, createdAt: Date
    ) {
        self.id = id
        self.messageId = messageId
        self.to = to
        self.subject = subject
        self.text = text
        self.html = html
        self.category = category
        self.accountId = accountId
        self.createdAt = createdAt
    }

    /// A new message with a new id and the `Message-ID` `<id@domain>` (`domain`: the sender's).
    public static func make(
        to: MailAddress, subject: String, text: String, html: String, category: MailCategory, accountId: UUID?, domain: String,
        now: Date
    ) -> MailMessage {
        let id = UUID()
        return MailMessage(
            id: id, messageId: "<" + id.lowercasedText + "@" + domain + ">", to: to, subject: subject, text: text, html: html,
            category: category, accountId: accountId, createdAt: now)
    }
}

/// Where a queued message stands.
public enum MailStatus: String, Sendable, Codable, CaseIterable {
    /// Waiting for its next attempt.
    case pending
    /// The SMTP server accepted it (2xx), or it was written to the mail folder.
    case sent
    /// The server refused it for good (5xx), or the retry schedule is exhausted.
    case failed
}

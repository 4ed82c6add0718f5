import Foundation
import Profiles

/// Composes a `MailMessage` into the RFC 5322 bytes sent over SMTP or written as an `.eml` file.
///
/// matchd's own small composer rather than libcurl's MIME API: every input of the output is
/// stored with the message (the `Date` header is its `createdAt`, the MIME boundary is made from
/// its id), so every retry and resend sends identical bytes with the same `Message-ID`. It writes
/// `multipart/alternative` with a `text/plain` then a `text/html` part, both UTF-8 and
/// quoted-printable (`MailQuotedPrintable`), headers with RFC 2047 encoded words where they are
/// not plain ASCII (`MailHeaderEncoding`), CRLF line ends, and no line longer than 76 characters
/// except a `To`/`From` line holding a long address. Header injection is impossible: line breaks
/// and other control characters in a subject or display name become spaces, and an address that
/// is not a plain `local@domain` is refused.
public struct MailComposer: Sendable {
    /// The `From` mailbox (its address is also the SMTP envelope sender).
    public let sender: MailAddress

    /// A composer for mail from `sender`.
    public init(sender: MailAddress) {
        self.sender = sender
    }

    /// The message's bytes; throws when the sender's or the recipient's address is unusable.
    public func compose(_ message: MailMessage) throws(MailAddressError) -> [UInt8] {
        try MailAddressSyntax.check(sender.address)
        try MailAddressSyntax.check(message.to.address)
        let boundary = Self.boundary(for: message.id)
        var lines: [String] = []
        lines.append("Date: " + MailDate.text(message.createdAt))
        lines.append(MailHeaderEncoding.mailboxHeader("From", sender))
        lines.append(MailHeaderEncoding.mailboxHeader("To", message.to))
        lines.append(MailHeaderEncoding.unstructuredHeader("Subject", message.subject))
        lines.append("Message-ID: " + MailHeaderEncoding.cleaned(message.messageId).replacingOccurrences(of: " ", with: ""))
        lines.append("MIME-Version: 1.0")
        lines.append("Auto-Submitted: auto-generated")
        lines.append("Content-Type: multipart/alternative;")
        lines.append(" boundary=\"\(boundary)\"")
        lines.append("")
        for (type, body) in [("text/plain", message.text), ("text/html", message.html)] {
            lines.append("--" + boundary)
            lines.append("Content-Type: \(type); charset=utf-8")
            lines.append("Content-Transfer-Encoding: quoted-printable")
            lines.append("")
            lines.append(MailQuotedPrintable.encode(body))
        }
        lines.append("--" + boundary + "--")
        lines.append("")
        return Array(lines.joined(separator: "\r\n").utf8)
    }

    /// `=_matchd_` and the id's hex digits: quoted-printable never writes `=_` (an `=` starts
    /// `=XX` with hex digits or ends a line), so the boundary cannot occur in a part.
    static func boundary(for id: UUID) -> String {
        "=_matchd_" + id.lowercasedText.replacingOccurrences(of: "-", with: "")
    }
}

/// An address that cannot go into a header or an SMTP envelope as it is.
public struct MailAddressError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, without the address (it must not reach a log).
    public let reason: String

    /// Creates the error.
    public init(reason: String) {
        self.reason = reason
    }

    /// Same as ``reason``.
    public var description: String { "unusable e-mail address: \(reason)" }
}

/// The addresses matchd sends to and from: `local@domain` in printable ASCII, no spaces,
/// quotes, brackets, commas or semicolons (nothing that could end a header or an SMTP command),
/// at most 254 characters. Internationalised addresses (SMTPUTF8) are not supported.
enum MailAddressSyntax {
    /// Throws when `address` is not usable.
    static func check(_ address: String) throws(MailAddressError) {
        let bytes = Array(address.utf8)
        guard !bytes.isEmpty, bytes.count <= 254 else { throw MailAddressError(reason: "empty or longer than 254 characters") }
        let forbidden: Set<UInt8> = Set("<>()[]\\,;:\"".utf8)
        guard bytes.allSatisfy({ $0 > 0x20 && $0 < 0x7F && !forbidden.contains($0) }) else {
            throw MailAddressError(reason: "a space, control, non-ASCII or special character")
        }
        guard let at = bytes.lastIndex(of: UInt8(ascii: "@")), at > 0, at < bytes.count - 1,
            bytes.firstIndex(of: UInt8(ascii: "@")) == at
        else { throw MailAddressError(reason: "not local@domain") }
    }
}

import Foundation
import MailTestSupport
import Profiles
import Testing

@testable import Delivery

/// The composer alone, on literal inputs: headers, encoded words, quoted-printable parts, line
/// lengths and ends, and no header injection; Python's `email` module decodes what it writes.
@Suite struct MailComposerTests {
    static let subject = "Dit link til at logge ind på matchd – æøå ÆØÅ"
    static let link = "https://matchd.example/log-ind?token=mt_Zm9vYmFyYmF6cXV4cXV1eHh5enp5MTIzNDU2Nzg5MA"
    static let text = """
        Hej Søren,

        brug linket her for at logge ind på matchd:
        \(link)
        .en linje der begynder med punktum
        ..og en med to
        Linjen her er lang: \(String(repeating: "æøå ", count: 40))slut
        Mellemrum til sidst
        """ + "   \n= og tab\t"
    static let html = "<p>Hej Søren,</p>\n<p><a href=\"\(link)\">Log ind på matchd</a></p>\n.<b>punktum</b>\n"
    static let sender = MailAddress(address: "matchd@horsens.dk", name: "Jobcenter Horsens")

    static func message(to: MailAddress = MailAddress(address: "soeren@example.dk", name: "Søren Ærøskøbing"), subject: String = subject)
        -> MailMessage
    {
        MailMessage(
            id: UUID(uuidString: "5A0B3C1D-2E4F-4A6B-8C9D-0E1F2A3B4C5D")!, messageId: "<5a0b3c1d-2e4f-4a6b-8c9d-0e1f2a3b4c5d@horsens.dk>",
            to: to, subject: subject, text: text, html: html, category: .signIn, accountId: nil,
            createdAt: Date(timeIntervalSince1970: 1_741_078_800))
    }

    static func compose(_ message: MailMessage = message()) throws -> String {
        String(decoding: try MailComposer(sender: sender).compose(message), as: UTF8.self)
    }

    @Test func headersAreFixedByTheMessageAndLinesAreCRLFAndShort() throws {
        let composed = try Self.compose()
        #expect(composed == (try Self.compose()), "the same message composes to the same bytes")
        let head = composed.components(separatedBy: "\r\n\r\n")[0]
        #expect(head.hasPrefix("Date: Tue, 04 Mar 2025 09:00:00 +0000\r\n"))
        #expect(head.contains("\r\nFrom: Jobcenter Horsens <matchd@horsens.dk>\r\n"))
        #expect(head.contains("\r\nMessage-ID: <5a0b3c1d-2e4f-4a6b-8c9d-0e1f2a3b4c5d@horsens.dk>\r\n"))
        #expect(head.contains("\r\nMIME-Version: 1.0\r\n"))
        #expect(head.contains("Content-Type: multipart/alternative;\r\n boundary=\"=_matchd_5a0b3c1d2e4f4a6b8c9d0e1f2a3b4c5d\""))
        #expect(head.contains("Subject: =?UTF-8?B?"))
        #expect(!composed.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "no bare LF")
        #expect(!composed.replacingOccurrences(of: "\r\n", with: "").contains("\r"), "no bare CR")
        for line in composed.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 76, "line longer than 76: \(line)")
            #expect(line.utf8.allSatisfy { $0 < 0x80 }, "only ASCII on the wire: \(line)")
            #expect(!line.hasPrefix("."), "a line starting with a dot: \(line)")
        }
    }

    @Test func pythonsEmailModuleDecodesTheSubjectNamesAndBothPartsBackToTheInput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("matchd-compose-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("message.eml")
        try Data(try Self.compose().utf8).write(to: file)
        let decoded = try SMTPTestServer.decode(file)
        #expect(decoded.subject == Self.subject)
        #expect(decoded.from == "Jobcenter Horsens <matchd@horsens.dk>")
        #expect(decoded.to == "Søren Ærøskøbing <soeren@example.dk>")
        #expect(decoded.messageId == "<5a0b3c1d-2e4f-4a6b-8c9d-0e1f2a3b4c5d@horsens.dk>")
        #expect(decoded.contentType == "multipart/alternative")
        #expect(decoded.defects.isEmpty, "\(decoded.defects)")
        #expect(decoded.parts.map(\.contentType) == ["text/plain", "text/html"])
        #expect(decoded.parts.allSatisfy { $0.charset == "utf-8" && $0.transferEncoding == "quoted-printable" })
        #expect(decoded.parts.first?.text == Self.text)
        #expect(decoded.parts.last?.text == Self.html)
    }

    @Test func lineBreaksInASubjectOrNameCannotStartAHeader() throws {
        let injected = Self.message(
            to: MailAddress(address: "a@example.dk", name: "Eve\r\nBcc: victim@example.dk"), subject: "Hej\r\nBcc: victim@example.dk")
        let composed = try Self.compose(injected)
        let head = composed.components(separatedBy: "\r\n\r\n")[0]
        #expect(!head.components(separatedBy: "\r\n").contains { $0.lowercased().hasPrefix("bcc:") })
        #expect(head.contains("Subject: Hej  Bcc: victim@example.dk\r\n"))
    }

    @Test(arguments: [
        "a@example.dk\r\nBcc: b@example.dk", "a@example.dk>", "<a@example.dk", "a b@example.dk", "no-at", "@example.dk", "a@",
        "ø@example.dk", "a@b@c", "",
    ])
    func anUnusableAddressIsRefused(_ address: String) throws {
        #expect(throws: MailAddressError.self) {
            try MailComposer(sender: Self.sender).compose(Self.message(to: MailAddress(address: address)))
        }
        #expect(throws: MailAddressError.self) { try MailAddress(mailbox: "Name <\(address)>") }
    }

    @Test func aMailboxIsReadWithOrWithoutAName() throws {
        #expect(
            try MailAddress(mailbox: "Jobcenter Horsens <matchd@horsens.dk>")
                == MailAddress(address: "matchd@horsens.dk", name: "Jobcenter Horsens"))
        #expect(try MailAddress(mailbox: "\"Horsens, Jobcenter\" <matchd@horsens.dk>").name == "Horsens, Jobcenter")
        #expect(try MailAddress(mailbox: " matchd@horsens.dk ") == MailAddress(address: "matchd@horsens.dk", name: nil))
    }

    @Test func anASCIISubjectStaysReadableAndALongOneIsFoldedIntoWords() {
        #expect(MailHeaderEncoding.unstructuredHeader("Subject", "Your sign-in link") == "Subject: Your sign-in link")
        let long = MailHeaderEncoding.unstructuredHeader("Subject", String(repeating: "word ", count: 30))
        #expect(long.components(separatedBy: "\r\n").count > 1)
        #expect(long.components(separatedBy: "\r\n").allSatisfy { $0.count <= 76 })
        #expect(
            MailHeaderEncoding.mailboxHeader("To", MailAddress(address: "a@b.dk", name: "Karen M. Hansen"))
                == "To: \"Karen M. Hansen\" <a@b.dk>")
    }

    @Test func quotedPrintableEscapesWhatItMustAndBreaksSoftly() {
        #expect(MailQuotedPrintable.encode("a=b") == "a=3Db")
        #expect(MailQuotedPrintable.encode("æ") == "=C3=A6")
        #expect(MailQuotedPrintable.encode("end \nnext\t") == "end=20\r\nnext=09")
        #expect(MailQuotedPrintable.encode(".dot\r\n..two") == "=2Edot\r\n=2E.two")
        let long = MailQuotedPrintable.encode(String(repeating: "x", count: 200))
        let lines = long.components(separatedBy: "\r\n")
        #expect(lines.count == 3 && lines.dropLast().allSatisfy { $0.count == 76 && $0.hasSuffix("=") })
        #expect(lines.map { $0.hasSuffix("=") ? String($0.dropLast()) : $0 }.joined() == String(repeating: "x", count: 200))
        // An escape is never split by a soft break: every line is whole `=XX` triples and its `=`.
        for line in MailQuotedPrintable.encode(String(repeating: "ø", count: 40)).components(separatedBy: "\r\n") {
            let body = line.hasSuffix("=") && line.count % 3 == 1 ? String(line.dropLast()) : line
            #expect(line.count <= 76 && body.count % 3 == 0 && body.enumerated().allSatisfy { $0.offset % 3 != 0 || $0.element == "=" })
        }
    }
}

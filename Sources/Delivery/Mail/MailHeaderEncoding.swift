import Foundation
import Profiles

/// Header values as RFC 5322 and RFC 2047 want them: plain ASCII where it can be, else UTF-8
/// base64 encoded words of at most 64 characters, one per folded line, so no header line is
/// longer than 76 characters.
enum MailHeaderEncoding {
    /// The most UTF-8 bytes in one encoded word: 13 base64 quads, a word of 12 + 52 = 64
    /// characters, which fits after `Subject: ` on a 76-character line.
    static let bytesPerWord = 39

    /// `Name: value` for free text (a subject), folded into encoded words when the text is not
    /// printable ASCII, contains `=?`, or would make the line longer than 76 characters.
    static func unstructuredHeader(_ name: String, _ value: String) -> String {
        let text = cleaned(value)
        if isPlain(text), name.count + 2 + text.count <= 76 { return "\(name): \(text)" }
        return "\(name): " + encodedWords(text).joined(separator: "\r\n ")
    }

    /// `Name: display name <address>` (or the bare address without a name): a name of letters,
    /// digits, spaces and the atom characters as it is, other ASCII as a quoted string, anything
    /// else as encoded words.
    static func mailboxHeader(_ name: String, _ mailbox: MailAddress) -> String {
        guard let display = mailbox.name.map(cleaned), !display.trimmingCharacters(in: .whitespaces).isEmpty else {
            return "\(name): \(mailbox.address)"
        }
        let atomCharacters = Set("!#$%&'*+-/=?^_`{|}~ ".utf8)
        let phrase: String
        if isPlain(display), display.utf8.allSatisfy({ isAlphanumeric($0) || atomCharacters.contains($0) }) {
            phrase = display
        } else if isPlain(display) {
            phrase = "\"" + display.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        } else {
            phrase = encodedWords(display).joined(separator: "\r\n ")
        }
        return "\(name): \(phrase) <\(mailbox.address)>"
    }

    /// The text with every control character (CR and LF included) replaced by a space: a header
    /// value can never start a new header line.
    static func cleaned(_ value: String) -> String {
        String(
            String.UnicodeScalarView(
                value.unicodeScalars.map { scalar in scalar.properties.generalCategory == .control ? " " : scalar }))
    }

    /// Printable ASCII and spaces, without the `=?` that starts an encoded word.
    private static func isPlain(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } && !text.contains("=?")
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// `=?UTF-8?B?…?=` words of whole Unicode scalars, at most ``bytesPerWord`` bytes each
    /// (an encoded word must not split a character).
    static func encodedWords(_ text: String) -> [String] {
        var words: [String] = []
        var chunk: [UInt8] = []
        for scalar in text.unicodeScalars {
            let bytes = Array(String(scalar).utf8)
            if chunk.count + bytes.count > bytesPerWord {
                words.append(word(chunk))
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty || words.isEmpty { words.append(word(chunk)) }
        return words
    }

    private static func word(_ bytes: [UInt8]) -> String {
        "=?UTF-8?B?" + Data(bytes).base64EncodedString() + "?="
    }
}

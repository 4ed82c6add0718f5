/// Quoted-printable (RFC 2045 §6.7) for the body parts: CRLF line ends, lines of at most 76
/// characters (soft breaks `=` where longer), `=`, non-ASCII and control bytes as `=XX`, a space
/// or tab before a line end encoded, and a `.` at the start of any line written `=2E`. libcurl
/// dot-stuffs SMTP uploads itself; the `=2E` keeps the lines safe for any transport and for
/// tools that read a `.eml` file line by line.
enum MailQuotedPrintable {
    /// The most characters on one encoded line, the soft break's `=` included.
    static let lineLength = 76

    /// `text` (any line ends) as UTF-8 quoted-printable with CRLF line ends.
    static func encode(_ text: String) -> String {
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return normalised.split(separator: "\n", omittingEmptySubsequences: false)
            .map { encodeLine(Array($0.utf8)) }
            .joined(separator: "\r\n")
    }

    /// One line of text as one or more encoded lines.
    private static func encodeLine(_ bytes: [UInt8]) -> String {
        var lines: [String] = []
        var current = ""
        for (index, byte) in bytes.enumerated() {
            let isLast = index == bytes.count - 1
            var token: String
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                token = isLast ? escaped(byte) : String(UnicodeScalar(byte))
            } else if byte >= 33 && byte <= 126 && byte != UInt8(ascii: "=") {
                token = String(UnicodeScalar(byte))
            } else {
                token = escaped(byte)
            }
            // The last token of a line needs no room for a soft break after it.
            let room = isLast ? lineLength : lineLength - 1
            if current.count + token.count > room {
                lines.append(current + "=")
                current = ""
            }
            if current.isEmpty && token == "." { token = "=2E" }
            current += token
        }
        lines.append(current)
        return lines.joined(separator: "\r\n")
    }

    private static func escaped(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "=" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0xF)])
    }
}

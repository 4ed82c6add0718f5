import Foundation
import Profiles

extension MailAddress {
    /// Reads a mailbox as an operator writes it: `Jobcenter Horsens <matchd@horsens.dk>` or a
    /// bare `matchd@horsens.dk` (a quoted name loses its quotes); throws when the address is not a
    /// plain `local@domain` (`MailComposer` states the rules).
    public init(mailbox text: String) throws(MailAddressError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<") {
            let address = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
            var name = trimmed[..<open].trimmingCharacters(in: .whitespaces)
            if name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") { name = String(name.dropFirst().dropLast()) }
            try MailAddressSyntax.check(address)
            if name.contains("<") || name.contains(">") { throw MailAddressError(reason: "a bracket in the name") }
            self.init(address: address, name: name.isEmpty ? nil : name)
        } else {
            try MailAddressSyntax.check(trimmed)
            self.init(address: trimmed, name: nil)
        }
    }
}

import Foundation
import Profiles

/// The sign-in link's mail, in the account's language, from the templates
/// `mail-sign-in-text` and `mail-sign-in-html` and the catalogue's `mail.*` texts. It holds the
/// person's name and the link, nothing else about them.
enum SignInMail {
    static func message(account: Account, link: SignInLink, url: String, pages: PageRenderer, domain: String) -> MailMessage {
        let values: [String: Any] = ["name": account.name, "link": url]
        return MailMessage.make(
            to: MailAddress(address: account.email ?? "", name: account.name),
            subject: pages.strings(account.language).text("mail.subject"),
            text: pages.render("mail-sign-in-text", account.language, values),
            html: pages.render("mail-sign-in-html", account.language, values),
            category: .signIn, accountId: account.id, domain: domain, now: link.createdAt)
    }
}

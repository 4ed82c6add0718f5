import ArgumentParser
import Delivery
import Foundation
import Profiles

/// `serve`'s mail flags: the SMTP server and its credentials, the sender, the folder used
/// without a server, and the retry schedule. The password is read from a file or the
/// environment only, never from the command line (where `ps` shows it to every user).
struct MailOptions: ParsableArguments {
    @Option(
        help:
            "SMTP server, smtp://host:port (STARTTLS required) or smtps://host:port (TLS); without it, mail is written as .eml files to --mail-folder (env MATCHD_SMTP_URL)."
    )
    var smtpUrl: String?

    @Option(help: "SMTP AUTH user (env MATCHD_SMTP_USER); the password comes from --smtp-password-file or MATCHD_SMTP_PASSWORD.")
    var smtpUser: String?

    @Option(
        help: "File holding the SMTP password, one line (env MATCHD_SMTP_PASSWORD_FILE; or the password itself in MATCHD_SMTP_PASSWORD).")
    var smtpPasswordFile: String?

    /// Present only to refuse a password on the command line without repeating it.
    @Option(help: .hidden)
    var smtpPassword: String?

    @Flag(help: "Allow smtp:// without TLS: loopback development and tests only (env MATCHD_SMTP_PLAIN=1).")
    var smtpPlain = false

    @Option(help: "CA bundle (PEM) to trust for the SMTP server's certificate instead of the system's (env MATCHD_SMTP_CA_FILE).")
    var smtpCaFile: String?

    @Option(
        help:
            "Sender, \"Name <address>\" or an address; its domain makes the Message-IDs (env MATCHD_MAIL_FROM; default \"matchd <matchd@localhost>\")."
    )
    var mailFrom: String?

    @Option(help: "Folder for .eml files when no --smtp-url is given (env MATCHD_MAIL_FOLDER; default mail/ beside the database file).")
    var mailFolder: String?

    @Option(
        help:
            "One entry per mail attempt, comma-separated seconds, as --webhook-retry-schedule (env MATCHD_MAIL_RETRY_SCHEDULE; default 0,5,300,1800,7200,18000,36000,50400,72000,86400)."
    )
    var mailRetrySchedule: String?

    /// The mail settings, each from its flag, else its variable, else its default; a bad value is
    /// refused naming its flag.
    func settings(_ settings: Settings, databasePath: String) throws -> MailSettings {
        if smtpPassword != nil {
            throw ValidationError(
                "--smtp-password is not accepted: a password on the command line is visible to every user of the machine; "
                    + "use --smtp-password-file PATH or the environment variable MATCHD_SMTP_PASSWORD")
        }
        let fromText = settings.optionalString(mailFrom, "MATCHD_MAIL_FROM")
        let from: MailAddress
        do {
            from = try fromText.map { text throws(MailAddressError) in try MailAddress(mailbox: text) } ?? MailSettings.standardFrom
        } catch {
            throw ValidationError("--mail-from must be \"Name <local@domain>\" or local@domain (\(error.reason))")
        }
        guard from.domain != nil else { throw ValidationError("--mail-from needs a domain after @") }
        let schedule = try RetrySchedule.parse(
            settings.string(mailRetrySchedule, "MATCHD_MAIL_RETRY_SCHEDULE", default: ""), flag: "--mail-retry-schedule")
        let folder = settings.string(mailFolder, "MATCHD_MAIL_FOLDER", default: MailSettings.defaultFolder(besideDatabase: databasePath))
        let plain = try settings.bool(smtpPlain, "--smtp-plain", "MATCHD_SMTP_PLAIN")
        let user = settings.optionalString(smtpUser, "MATCHD_SMTP_USER")
        let caFile = settings.optionalString(smtpCaFile, "MATCHD_SMTP_CA_FILE")
        let password = try self.password(settings)
        guard let urlText = settings.optionalString(smtpUrl, "MATCHD_SMTP_URL") else {
            if plain || user != nil || password != nil || caFile != nil {
                throw ValidationError("--smtp-plain, --smtp-user, an SMTP password and --smtp-ca-file need --smtp-url")
            }
            return MailSettings(smtp: nil, from: from, folder: folder, retrySchedule: schedule)
        }
        guard let url = SMTPSettings.validatedURL(urlText) else {
            throw ValidationError(
                "--smtp-url must be smtp://host:port or smtps://host:port, without user, password, path or query "
                    + "(the user goes in --smtp-user, the password in a file or the environment)")
        }
        if plain && url.lowercased().hasPrefix("smtps://") {
            throw ValidationError("--smtp-plain contradicts an smtps:// --smtp-url (TLS from the first byte)")
        }
        if (user == nil) != (password == nil) {
            throw ValidationError("--smtp-user and an SMTP password (--smtp-password-file or MATCHD_SMTP_PASSWORD) go together")
        }
        if let caFile, !FileManager.default.isReadableFile(atPath: caFile) {
            throw ValidationError("--smtp-ca-file \(caFile) cannot be read")
        }
        let smtp = SMTPSettings(url: url, user: user, password: password, allowPlain: plain, caFile: caFile)
        return MailSettings(smtp: smtp, from: from, folder: folder, retrySchedule: schedule)
    }

    /// The password: the file's first line (`--smtp-password-file`, `MATCHD_SMTP_PASSWORD_FILE`),
    /// else `MATCHD_SMTP_PASSWORD`, else nil.
    private func password(_ settings: Settings) throws -> String? {
        if let path = settings.optionalString(smtpPasswordFile, "MATCHD_SMTP_PASSWORD_FILE") {
            guard let data = FileManager.default.contents(atPath: path),
                let line = String(data: data, encoding: .utf8)?.split(separator: "\n", omittingEmptySubsequences: false).first,
                !line.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            else { throw ValidationError("--smtp-password-file \(path) cannot be read or is empty") }
            return line.trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
        }
        return settings.optionalString(nil, "MATCHD_SMTP_PASSWORD")
    }
}

/// A retry schedule as an operator writes it: comma-separated seconds, one per attempt.
enum RetrySchedule {
    /// The schedule of `text`, or the standard one when it is empty; refused naming `flag`.
    static func parse(_ text: String, flag: String) throws -> [Duration] {
        if text.isEmpty { return RetryPolicy.standardSchedule }
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let seconds = parts.compactMap(Double.init)
        guard !parts.isEmpty, seconds.count == parts.count, seconds.allSatisfy({ $0 >= 0 && $0 <= 7 * 86_400 }) else {
            throw ValidationError("\(flag) must be comma-separated seconds (0–604800), e.g. 0,5,300")
        }
        return seconds.map { .milliseconds(Int($0 * 1000)) }
    }
}

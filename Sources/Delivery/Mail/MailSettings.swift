import Foundation
import Profiles

/// How the daemon sends mail: one value in `AppConfig`, filled by `matchd serve` from its flags
/// and environment.
public struct MailSettings: Sendable {
    /// The SMTP server; nil writes every message to ``folder`` instead.
    public var smtp: SMTPSettings?
    /// The `From` mailbox and envelope sender; its domain is the `Message-ID` domain.
    public var from: MailAddress
    /// Where messages go as `.eml` files when no SMTP server is configured.
    public var folder: String
    /// One entry per attempt, as the webhooks' schedule (`RetryPolicy`).
    public var retrySchedule: [Duration]

    /// The sender used when none is configured.
    public static let standardFrom = MailAddress(address: "matchd@localhost", name: "matchd")

    /// Creates the settings.
    public init(smtp: SMTPSettings?, from: MailAddress, folder: String, retrySchedule: [Duration] = RetryPolicy.standardSchedule) {
        self.smtp = smtp
        self.from = from
        self.folder = folder
        self.retrySchedule = retrySchedule
    }

    /// Folder delivery to `mail/` beside the database file (`var/matchd.sqlite` → `var/mail/`).
    public static func folder(besideDatabase databasePath: String) -> MailSettings {
        MailSettings(smtp: nil, from: standardFrom, folder: defaultFolder(besideDatabase: databasePath))
    }

    /// `mail/` in the database file's folder.
    public static func defaultFolder(besideDatabase databasePath: String) -> String {
        URL(fileURLWithPath: databasePath).deletingLastPathComponent().appendingPathComponent("mail").path
    }
}

/// An SMTP server and how to reach it. The server is the operator's own configuration, not a
/// user's input, so the webhooks' destination guard (SSRF) does not apply to it.
public struct SMTPSettings: Sendable, CustomStringConvertible {
    /// `smtp://host:port` (STARTTLS) or `smtps://host:port` (TLS from the first byte), no user
    /// info, path or query (`validatedURL(_:)`).
    public var url: String
    /// The AUTH user, when the server wants one.
    public var user: String?
    /// The AUTH password (from a file or the environment only; never printed).
    public var password: String?
    /// `smtp://` without TLS (no STARTTLS): loopback development and tests only.
    public var allowPlain: Bool
    /// A CA bundle to trust instead of the system's (a private or test certificate authority).
    public var caFile: String?
    /// Limit for the TCP and TLS connection setup.
    public var connectTimeout: Duration
    /// Limit for one whole attempt.
    public var totalTimeout: Duration

    /// Creates the settings.
    public init(
        url: String, user: String? = nil, password: String? = nil, allowPlain: Bool = false, caFile: String? = nil,
        connectTimeout: Duration = .seconds(10), totalTimeout: Duration = .seconds(60)
    ) {
        self.url = url
        self.user = user
        self.password = password
        self.allowPlain = allowPlain
        self.caFile = caFile
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
    }

    /// The URL and how it is secured, without the user or password.
    public var description: String {
        let security: String =
            url.hasPrefix("smtps://") ? "TLS" : allowPlain ? "plain, no TLS" : "STARTTLS required"
        return "\(url) (\(security)\(user == nil ? "" : ", AUTH"))"
    }

    /// `text` when it is `smtp://host[:port]` or `smtps://host[:port]` (an optional trailing
    /// `/`), else nil: credentials in the URL, a path, a query or another scheme are refused.
    public static func validatedURL(_ text: String) -> String? {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            scheme == "smtp" || scheme == "smtps", let host = components.host, !host.isEmpty,
            components.user == nil, components.password == nil, components.query == nil, components.fragment == nil,
            components.path.isEmpty || components.path == "/"
        else { return nil }
        if let port = components.port, !(1...65535).contains(port) { return nil }
        return text
    }
}

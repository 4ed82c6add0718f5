import ArgumentParser
import Delivery
import Foundation
import Hummingbird
import Logging
import MatchAPI
import Profiles

/// `matchd serve`: runs the REST daemon until SIGTERM or SIGINT.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Serve the matchd REST API.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Address to listen on (env MATCHD_HOST; default 127.0.0.1).")
    var host: String?

    @Option(help: "Port to listen on, 0 for any free one (env MATCHD_PORT; default 8080).")
    var port: Int?

    @OptionGroup var data: DataOptions

    @Option(
        help:
            "One entry per webhook attempt, comma-separated seconds: the first attempt goes at once, each later one after its delay (env MATCHD_WEBHOOK_RETRY_SCHEDULE; default 0,5,300,1800,7200,18000,36000,50400,72000,86400)."
    )
    var webhookRetrySchedule: String?

    @OptionGroup(title: "Mail") var mail: MailOptions

    @Flag(
        help:
            "Let webhooks go to private and loopback addresses over http: development and tests only (env MATCHD_WEBHOOKS_ALLOW_PRIVATE_NETWORKS=1)."
    )
    var webhooksAllowPrivateNetworks = false

    @Flag(
        help:
            "Queue webhook deliveries but send none, for maintenance or test runs that must not reach the network; they go out after a start without it (env MATCHD_WEBHOOKS_HOLD=1)."
    )
    var webhooksHold = false

    @Option(help: "Most pending interests a citizen must answer at once (env MATCHD_MAX_PENDING_INTERESTS; default 5).")
    var maxPendingInterests: Int?

    @Option(help: "Most interests a company may start in the rolling window (env MATCHD_MAX_COMPANY_INTERESTS; default 40).")
    var maxCompanyInterests: Int?

    @Option(help: "The company cap's rolling window in days (env MATCHD_COMPANY_INTEREST_WINDOW_DAYS; default 30).")
    var companyInterestWindowDays: Int?

    @Option(help: "Days before a declined pair may start again (env MATCHD_DECLINE_COOLDOWN_DAYS; default 30).")
    var declineCooldownDays: Int?

    @Option(help: "Days until the side that must answer an interest is reminded (env MATCHD_INTEREST_REMINDER_DAYS; default 5).")
    var interestReminderDays: Int?

    @Option(help: "Days until an unanswered interest expires (env MATCHD_INTEREST_EXPIRY_DAYS; default 14).")
    var interestExpiryDays: Int?

    @Option(help: "Days the access log is kept (env MATCHD_ACCESS_LOG_RETENTION_DAYS; default 183).")
    var accessLogRetentionDays: Int?

    @Option(
        help:
            "Seconds a connection may go without sending a complete request head, from when it opened or its last response ended; slow headers and idle keep-alive connections are closed after it (env MATCHD_IDLE_TIMEOUT; default 15)."
    )
    var idleTimeout: Int?

    @Option(
        help:
            "Most connections open at once; more wait in the listen backlog (env MATCHD_MAX_CONNECTIONS; default: the descriptor limit less 128, at most 4096)."
    )
    var maxConnections: Int?

    @Option(
        help:
            "The origin people reach the daemon at, e.g. https://matchd.horsens.dk: sign-in links point there (env MATCHD_PUBLIC_URL; default http://HOST:PORT)."
    )
    var publicURL: String?

    @Option(
        help:
            "Most sign-in link requests from one client address in 15 minutes; raise it when many people sign in from behind one address, e.g. a job centre's public computers (env MATCHD_SIGN_IN_CLIENT_LIMIT; default 30)."
    )
    var signInClientLimit: Int?

    @Flag(
        help:
            "Leave Secure off the session cookies, for development over plain http on loopback only (env MATCHD_INSECURE_COOKIES=1)."
    )
    var insecureCookies = false

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical (env MATCHD_LOG_LEVEL; default info).")
    var logLevel: String?

    func validate() throws {
        _ = try configuration()
    }

    func run() async throws {
        let config = try configuration()
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = config.logLevel
            return handler
        }
        let app = try await buildApplication(config)
        try await app.runService()
    }

    /// Every setting of `serve`, each from its flag, else its variable, else its default
    /// (`Settings`), checked together: the daemon's whole configuration in one place.
    func configuration(_ settings: Settings = Settings()) throws -> AppConfig {
        let level = settings.string(logLevel, "MATCHD_LOG_LEVEL", default: "info")
        guard let logLevel = Logger.Level(rawValue: level) else {
            throw ValidationError("log level \(level.prefix(40)) is none of trace, debug, info, notice, warning, error, critical")
        }
        let mailSettings = try mail.settings(settings, databasePath: database.path(settings))
        // The defaults are InterestRules' own: one place for each.
        let standard = InterestRules.standard
        let reminder = try settings.int(
            interestReminderDays, "--interest-reminder-days", "MATCHD_INTEREST_REMINDER_DAYS",
            default: wholeDays(standard.reminderAfter), range: 1...365)
        let expiry = try settings.int(
            interestExpiryDays, "--interest-expiry-days", "MATCHD_INTEREST_EXPIRY_DAYS",
            default: wholeDays(standard.expiresAfter), range: 1...365)
        guard reminder < expiry else {
            throw ValidationError("--interest-reminder-days (\(reminder)) must be fewer than --interest-expiry-days (\(expiry))")
        }
        let rules = InterestRules(
            maxPendingPerCitizen: try settings.int(
                maxPendingInterests, "--max-pending-interests", "MATCHD_MAX_PENDING_INTERESTS",
                default: standard.maxPendingPerCitizen, range: 1...1000),
            maxPerCompany: try settings.int(
                maxCompanyInterests, "--max-company-interests", "MATCHD_MAX_COMPANY_INTERESTS",
                default: standard.maxPerCompany, range: 1...100_000),
            companyWindow: days(
                try settings.int(
                    companyInterestWindowDays, "--company-interest-window-days",
                    "MATCHD_COMPANY_INTEREST_WINDOW_DAYS", default: wholeDays(standard.companyWindow), range: 1...365)),
            declineCooldown: days(
                try settings.int(
                    declineCooldownDays, "--decline-cooldown-days", "MATCHD_DECLINE_COOLDOWN_DAYS",
                    default: wholeDays(standard.declineCooldown), range: 0...365)),
            reminderAfter: days(reminder), expiresAfter: days(expiry),
            accessLogRetention: days(
                try settings.int(
                    accessLogRetentionDays, "--access-log-retention-days",
                    "MATCHD_ACCESS_LOG_RETENTION_DAYS", default: wholeDays(standard.accessLogRetention),
                    range: 1...3650)))
        var config = AppConfig(
            databasePath: database.path(settings), host: settings.string(host, "MATCHD_HOST", default: "127.0.0.1"),
            port: try settings.int(port, "--port", "MATCHD_PORT", default: 8080, range: 0...65535),
            dataDirectory: data.directory(settings),
            webhookRetrySchedule: try RetrySchedule.parse(
                settings.string(webhookRetrySchedule, "MATCHD_WEBHOOK_RETRY_SCHEDULE", default: ""), flag: "--webhook-retry-schedule"),
            webhooksAllowPrivateNetworks: try settings.bool(
                webhooksAllowPrivateNetworks, "--webhooks-allow-private-networks",
                "MATCHD_WEBHOOKS_ALLOW_PRIVATE_NETWORKS"),
            logLevel: logLevel, interestRules: rules,
            idleTimeout: .seconds(try settings.int(idleTimeout, "--idle-timeout", "MATCHD_IDLE_TIMEOUT", default: 15, range: 1...3600)),
            maxConnections: try settings.int(
                maxConnections, "--max-connections", "MATCHD_MAX_CONNECTIONS",
                default: AppConfig.standardMaxConnections, range: 1...1_000_000))
        config.webhooksHeld = try settings.bool(webhooksHold, "--webhooks-hold", "MATCHD_WEBHOOKS_HOLD")
        let origin = settings.string(publicURL, "MATCHD_PUBLIC_URL", default: "")
        config.publicURL = origin.isEmpty ? nil : try PublicURL.parse(origin)
        config.insecureCookies = try settings.bool(insecureCookies, "--insecure-cookies", "MATCHD_INSECURE_COOKIES")
        config.signInRules.maxRequestsPerClient = try settings.int(
            signInClientLimit, "--sign-in-client-limit", "MATCHD_SIGN_IN_CLIENT_LIMIT",
            default: SignInRules.standard.maxRequestsPerClient, range: 1...1_000_000)
        config.mail = mailSettings
        return config
    }

    private func days(_ count: Int) -> TimeInterval { TimeInterval(count) * 86_400 }

    private func wholeDays(_ interval: TimeInterval) -> Int { Int((interval / 86_400).rounded()) }
}

import Delivery
import ArgumentParser
import Foundation
import Hummingbird
import Logging
import MatchAPI
import Profiles

/// `matchd serve`: runs the REST daemon until SIGTERM or SIGINT.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Serve the matchd REST API.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Address to listen on (env MATCHD_HOST).")
    var host: String = ProcessInfo.processInfo.environment["MATCHD_HOST"] ?? "127.0.0.1"

    @Option(help: "Port to listen on (env MATCHD_PORT).")
    var port: Int = ProcessInfo.processInfo.environment["MATCHD_PORT"].flatMap(Int.init) ?? 8080

    @OptionGroup var data: DataOptions

    @Option(help: "One entry per webhook attempt, comma-separated seconds: the first attempt goes at once, each later one after its delay (env MATCHD_WEBHOOK_RETRY_SCHEDULE; default 0,5,300,1800,7200,18000,36000,50400,72000,86400).")
    var webhookRetrySchedule: String = ProcessInfo.processInfo.environment["MATCHD_WEBHOOK_RETRY_SCHEDULE"] ?? ""

    @Flag(help: "Let webhooks go to private and loopback addresses over http: development and tests only (env MATCHD_WEBHOOKS_ALLOW_PRIVATE_NETWORKS=1).")
    var webhooksAllowPrivateNetworks = ProcessInfo.processInfo.environment["MATCHD_WEBHOOKS_ALLOW_PRIVATE_NETWORKS"] == "1"

    @Flag(help: "Queue webhook deliveries but send none, for maintenance or test runs that must not reach the network; they go out after a start without it (env MATCHD_WEBHOOKS_HOLD=1).")
    var webhooksHold = ProcessInfo.processInfo.environment["MATCHD_WEBHOOKS_HOLD"] == "1"

    @Option(help: "Most pending interests a citizen must answer at once (env MATCHD_MAX_PENDING_INTERESTS).")
    var maxPendingInterests: Int = ProcessInfo.processInfo.environment["MATCHD_MAX_PENDING_INTERESTS"].flatMap(Int.init) ?? 5

    @Option(help: "Most interests a company may start in the rolling window (env MATCHD_MAX_COMPANY_INTERESTS).")
    var maxCompanyInterests: Int = ProcessInfo.processInfo.environment["MATCHD_MAX_COMPANY_INTERESTS"].flatMap(Int.init) ?? 40

    @Option(help: "The company cap's rolling window in days (env MATCHD_COMPANY_INTEREST_WINDOW_DAYS).")
    var companyInterestWindowDays: Int = ProcessInfo.processInfo.environment["MATCHD_COMPANY_INTEREST_WINDOW_DAYS"].flatMap(Int.init) ?? 30

    @Option(help: "Days before a declined pair may start again (env MATCHD_DECLINE_COOLDOWN_DAYS).")
    var declineCooldownDays: Int = ProcessInfo.processInfo.environment["MATCHD_DECLINE_COOLDOWN_DAYS"].flatMap(Int.init) ?? 30

    @Option(help: "Days until the side that must answer an interest is reminded (env MATCHD_INTEREST_REMINDER_DAYS).")
    var interestReminderDays: Int = ProcessInfo.processInfo.environment["MATCHD_INTEREST_REMINDER_DAYS"].flatMap(Int.init) ?? 5

    @Option(help: "Days until an unanswered interest expires (env MATCHD_INTEREST_EXPIRY_DAYS).")
    var interestExpiryDays: Int = ProcessInfo.processInfo.environment["MATCHD_INTEREST_EXPIRY_DAYS"].flatMap(Int.init) ?? 14

    @Option(help: "Days the access log is kept (env MATCHD_ACCESS_LOG_RETENTION_DAYS).")
    var accessLogRetentionDays: Int = ProcessInfo.processInfo.environment["MATCHD_ACCESS_LOG_RETENTION_DAYS"].flatMap(Int.init) ?? 183

    @Option(help: "Seconds a connection may go without sending a complete request head, from when it opened or its last response ended; slow headers and idle keep-alive connections are closed after it (env MATCHD_IDLE_TIMEOUT; default 15).")
    var idleTimeout: Int = ProcessInfo.processInfo.environment["MATCHD_IDLE_TIMEOUT"].flatMap(Int.init) ?? 15

    @Option(help: "Most connections open at once; more wait in the listen backlog (env MATCHD_MAX_CONNECTIONS; default: the descriptor limit less 128, at most 4096).")
    var maxConnections: Int = ProcessInfo.processInfo.environment["MATCHD_MAX_CONNECTIONS"].flatMap(Int.init) ?? AppConfig.standardMaxConnections

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical (env MATCHD_LOG_LEVEL).")
    var logLevel: String = ProcessInfo.processInfo.environment["MATCHD_LOG_LEVEL"] ?? "info"

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0–65535") }
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("--log-level \(logLevel) is not a log level") }
        _ = try retrySchedule()
        let counts = [("--max-pending-interests", maxPendingInterests, 1...1000), ("--max-company-interests", maxCompanyInterests, 1...100_000),
                      ("--company-interest-window-days", companyInterestWindowDays, 1...365),
                      ("--decline-cooldown-days", declineCooldownDays, 0...365),
                      ("--interest-reminder-days", interestReminderDays, 1...365), ("--interest-expiry-days", interestExpiryDays, 1...365),
                      ("--access-log-retention-days", accessLogRetentionDays, 1...3650),
                      ("--idle-timeout", idleTimeout, 1...3600), ("--max-connections", maxConnections, 1...1_000_000)]
        for (flag, value, range) in counts where !range.contains(value) {
            throw ValidationError("\(flag) must be \(range.lowerBound)–\(range.upperBound)")
        }
        guard interestReminderDays < interestExpiryDays else {
            throw ValidationError("--interest-reminder-days must be fewer than --interest-expiry-days")
        }
    }

    func run() async throws {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = Logger.Level(rawValue: logLevel) ?? .info
            return handler
        }
        var config = AppConfig(
            databasePath: database.db, host: host, port: port, dataDirectory: data.directory,
            webhookRetrySchedule: try retrySchedule(), webhooksAllowPrivateNetworks: webhooksAllowPrivateNetworks,
            logLevel: Logger.Level(rawValue: logLevel) ?? .info,
            interestRules: InterestRules(
                maxPendingPerCitizen: maxPendingInterests, maxPerCompany: maxCompanyInterests,
                companyWindow: days(companyInterestWindowDays), declineCooldown: days(declineCooldownDays),
                reminderAfter: days(interestReminderDays), expiresAfter: days(interestExpiryDays),
                accessLogRetention: days(accessLogRetentionDays)),
            idleTimeout: .seconds(idleTimeout), maxConnections: maxConnections)
        config.webhooksHeld = webhooksHold
        let app = try await buildApplication(config)
        try await app.runService()
    }

    private func days(_ count: Int) -> TimeInterval { TimeInterval(count) * 86_400 }

    private func retrySchedule() throws -> [Duration] {
        let text = webhookRetrySchedule
        if text.isEmpty { return RetryPolicy.standardSchedule }
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let seconds = parts.compactMap(Double.init)
        guard !parts.isEmpty, seconds.count == parts.count, seconds.allSatisfy({ $0 >= 0 && $0 <= 7 * 86_400 }) else {
            throw ValidationError("--webhook-retry-schedule must be comma-separated seconds (0–604800), e.g. 0,5,300")
        }
        return seconds.map { .milliseconds(Int($0 * 1000)) }
    }
}

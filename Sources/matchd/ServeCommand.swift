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

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical (env MATCHD_LOG_LEVEL).")
    var logLevel: String = ProcessInfo.processInfo.environment["MATCHD_LOG_LEVEL"] ?? "info"

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0–65535") }
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("--log-level \(logLevel) is not a log level") }
        _ = try retrySchedule()
    }

    func run() async throws {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = Logger.Level(rawValue: logLevel) ?? .info
            return handler
        }
        let config = AppConfig(
            databasePath: database.db, host: host, port: port, dataDirectory: data.directory,
            webhookRetrySchedule: try retrySchedule(), webhooksAllowPrivateNetworks: webhooksAllowPrivateNetworks,
            logLevel: Logger.Level(rawValue: logLevel) ?? .info)
        let app = try await buildApplication(config)
        try await app.runService()
    }

    private func retrySchedule() throws -> [Duration] {
        let text = webhookRetrySchedule
        if text.isEmpty { return AppConfig.standardRetrySchedule }
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let seconds = parts.compactMap(Double.init)
        guard !parts.isEmpty, seconds.count == parts.count, seconds.allSatisfy({ $0 >= 0 && $0 <= 7 * 86_400 }) else {
            throw ValidationError("--webhook-retry-schedule must be comma-separated seconds (0–604800), e.g. 0,5,300")
        }
        return seconds.map { .milliseconds(Int($0 * 1000)) }
    }
}

import Delivery
import Foundation
import Hummingbird
import Logging
import MatchCore
import Metrics
import OpenAPIHummingbird
import OpenAPIRuntime
import Profiles
import Prometheus
import SQLiteStorage
import ServiceLifecycle

/// Builds the daemon: opens the database, loads the taxonomy, builds the match index, wires the
/// middlewares and the generated OpenAPI handlers, and adds the webhook and mail relays as services.
public func buildApplication(_ config: AppConfig) async throws -> some ApplicationProtocol {
    try await buildApplication(config, database: AppDatabase.open(path: config.databasePath))
}

/// The daemon on a database already open (tests use an in-memory one), logging to `logger`
/// when given (tests capture it).
func buildApplication(_ config: AppConfig, database: AppDatabase, logger: Logger? = nil) async throws -> some ApplicationProtocol {
    var logger = logger ?? Logger(label: "matchd")
    logger.logLevel = config.logLevel
    let parts = try await buildParts(config, database: database, logger: logger)
    var app = Application(
        router: parts.router,
        server: .http1(configuration: .init(idleTimeout: .nanoseconds(Int64(config.idleTimeout.wholeMilliseconds) * 1_000_000))),
        configuration: .init(
            address: .hostname(config.host, port: config.port), serverName: "matchd",
            availableConnectionsDelegate: .maximum(config.maxConnections, logger: logger)),
        logger: logger)
    app.addServices(parts.scheduler)
    if config.webhooksHeld {
        logger.warning("webhook deliveries are held: queued, none sent")
    } else {
        app.addServices(parts.relay)
    }
    app.addServices(parts.mailRelay)
    logger.info("mail goes to \(parts.mailTransport.summary)")
    if config.webhooksAllowPrivateNetworks {
        logger.warning("webhooks may go to private and loopback addresses over http: for development and tests only")
    }
    return app
}

/// The router and the services, separately, for tests that drive the router in process.
struct ApplicationParts {
    let router: Router<MatchRequestContext>
    let store: SQLiteStore
    let relay: WebhookRelay
    let scheduler: WorkflowScheduler
    /// Sends the mail outbox; handlers wake it after a transaction that queued mail commits.
    let mailRelay: MailRelay
    /// Where the mail relay sends: the SMTP server, or the mail folder.
    let mailTransport: any MailTransport
}

func buildParts(_ config: AppConfig, database: AppDatabase, logger: Logger) async throws -> ApplicationParts {
    let taxonomy = try DataDirectory.taxonomy(in: config.dataDirectory)
    let wakeups = RelayWakeups()
    let store = try await SQLiteStore.open(
        database, taxonomy: taxonomy, interestRules: config.interestRules,
        committed: wakeups.wake, now: config.clock)
    let relay = WebhookRelay(
        store: store, wakeups: wakeups, policy: RetryPolicy(schedule: config.webhookRetrySchedule),
        allowPrivateNetworks: config.webhooksAllowPrivateNetworks, logger: logger)
    let router = Router(context: MatchRequestContext.self)
    let pages = try await PageRenderer.bundled()
    let sessions = SessionIssuer(
        accounts: database, cookies: SessionCookies(secure: !config.insecureCookies), rules: config.signInRules,
        clock: config.clock)
    router.middlewares.add(RequestIDMiddleware())
    router.middlewares.add(MetricsMiddleware())
    router.middlewares.add(ProblemMiddleware())
    router.middlewares.add(HeaderEncodingMiddleware())
    router.middlewares.add(AuthMiddleware(tokens: store, sessions: sessions))
    let specification = try Specification.text()
    let rules = try SpecRules(specification: specification)
    router.middlewares.add(ParameterMiddleware(rules: rules))
    router.middlewares.add(RequestBodyMiddleware(maxBytes: config.maxBodyBytes, bodyRules: rules.bodyRules))
    let handler = APIHandler(
        store: store, policy: Visibility(), taxonomy: taxonomy, search: TaxonomySearch(taxonomy.source),
        validator: RecordValidator(taxonomy: taxonomy),
        specification: specification, metrics: MetricsBootstrap.registry,
        relay: relay, allowPrivateNetworks: config.webhooksAllowPrivateNetworks,
        accessLog: AccessLogWriter(store: store), interestRules: config.interestRules, accounts: database,
        signInRules: config.signInRules, clock: config.clock)
    // Compact JSON. The match routes, the hot path, write their lists with `JSONWriter`.
    try handler.registerHandlers(
        on: MatchRouteTransport(router: router, handler: handler),
        configuration: .init(dateTranscoder: RFC3339DateTranscoder(), jsonEncodingOptions: [.withoutEscapingSlashes]))
    let mailTransport: any MailTransport =
        if let smtp = config.mail.smtp { CurlMailSender(settings: smtp) } else { MailFolderSender(folder: config.mail.folder) }
    let mailRelay = MailRelay(
        store: database, transport: mailTransport, composer: MailComposer(sender: config.mail.from),
        policy: RetryPolicy(schedule: config.mail.retrySchedule), logger: logger)
    let provider = EmailLinkProvider(
        accounts: database, pages: pages, cookies: sessions.cookies, rules: config.signInRules, clock: config.clock,
        publicURL: config.publicURL ?? "http://\(config.host):\(config.port)", mailDomain: config.mail.from.domain ?? "localhost",
        wakeMail: mailRelay.wake,
        maxBodyBytes: config.maxBodyBytes)
    provider.register(on: router, sessions: sessions)
    try SessionRoutes(sessions: sessions, pages: pages, maxBodyBytes: config.maxBodyBytes).register(on: router)
    let scheduler = WorkflowScheduler(
        store: store, period: config.workflowPeriod, now: config.clock, wake: wakeups.wake,
        logger: logger)
    return ApplicationParts(
        router: router, store: store, relay: relay, scheduler: scheduler, mailRelay: mailRelay, mailTransport: mailTransport)
}

/// The bundled `openapi.yaml`.
enum Specification {
    static func text() throws -> String {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }
}

/// The process-wide metrics backend: swift-metrics bootstrapped once with a Prometheus registry.
enum MetricsBootstrap {
    static let registry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }()
}

import Delivery
import Foundation
import Logging
import Profiles

/// Everything the daemon is configured with; `matchd serve` fills it from flags and environment.
public struct AppConfig: Sendable {
    /// SQLite database file.
    public var databasePath: String
    /// Address to listen on.
    public var host: String
    /// Port to listen on (0 picks a free one).
    public var port: Int
    /// The Data folder (taxonomy).
    public var dataDirectory: URL
    /// Largest request body accepted, bytes.
    public var maxBodyBytes: Int
    /// One entry per webhook attempt: the first stands for the first attempt, sent as soon as
    /// the change commits; each later entry is the delay before that retry. After the last
    /// attempt fails, the delivery is `failed`.
    public var webhookRetrySchedule: [Duration]
    /// Lets webhooks go to private and loopback addresses over http: development and tests only.
    public var webhooksAllowPrivateNetworks: Bool
    /// Queues deliveries without sending any (maintenance, or a test run that must not reach the
    /// network); they go out after a start without it, with the same `webhook-id`.
    public var webhooksHeld: Bool = false
    /// How mail is sent: the SMTP server, or `.eml` files in a folder when none is configured.
    public var mail: MailSettings
    /// Log level.
    public var logLevel: Logger.Level
    /// Pacing and timing of interests, and the access log's retention.
    public var interestRules: InterestRules
    /// How often reminders, expiry and other time-driven events are looked for.
    public var workflowPeriod: Duration
    /// The clock (tests inject one).
    public var clock: @Sendable () -> Date
    /// How long a connection may go without sending a complete request head, counted from when it
    /// opened or its previous response ended: slow headers and idle keep-alive connections are
    /// closed after it.
    public var idleTimeout: Duration
    /// Most connections open at once; further ones wait in the listen backlog.
    public var maxConnections: Int
    /// The origin people reach the daemon at (`https://matchd.horsens.dk`): sign-in links point
    /// there. Nil: `http://<host>:<port>` as listened on (development).
    public var publicURL: String?
    /// Leaves `Secure` off the cookies, for development over plain http on loopback.
    public var insecureCookies: Bool = false
    /// Sign-in links, their rate limits and the sessions' timeouts.
    public var signInRules: SignInRules = .standard

    /// The default connection cap: room under the process's descriptor limit for the database,
    /// webhook transfers and the log, at most 4,096.
    public static var standardMaxConnections: Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < 1 << 20 else { return 4096 }
        return max(16, min(4096, Int(limit.rlim_cur) - 128))
    }

    /// Creates a configuration; without `mail`, messages are written to `mail/` beside the
    /// database file.
    public init(
        databasePath: String, host: String = "127.0.0.1", port: Int = 8080, dataDirectory: URL,
        maxBodyBytes: Int = 256 * 1024, webhookRetrySchedule: [Duration] = RetryPolicy.standardSchedule,
        webhooksAllowPrivateNetworks: Bool = false, logLevel: Logger.Level = .info,
        interestRules: InterestRules = .standard, workflowPeriod: Duration = .seconds(60),
        clock: @escaping @Sendable () -> Date = Date.init, idleTimeout: Duration = .seconds(15),
        maxConnections: Int = AppConfig.standardMaxConnections, mail: MailSettings? = nil
    ) {
        self.databasePath = databasePath
        self.host = host
        self.port = port
        self.dataDirectory = dataDirectory
        self.maxBodyBytes = maxBodyBytes
        self.webhookRetrySchedule = webhookRetrySchedule
        self.webhooksAllowPrivateNetworks = webhooksAllowPrivateNetworks
        self.logLevel = logLevel
        self.interestRules = interestRules
        self.workflowPeriod = workflowPeriod
        self.clock = clock
        self.idleTimeout = idleTimeout
        self.maxConnections = maxConnections
        self.mail = mail ?? .folder(besideDatabase: databasePath)
    }
}

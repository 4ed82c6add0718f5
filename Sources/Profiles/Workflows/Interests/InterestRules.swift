import Foundation

/// The pacing and timing of interests that `InterestWorkflow` applies, with the defaults a job
/// centre would choose; each is configurable (`matchd serve` flags and environment).
public struct InterestRules: Sendable, Equatable {
    /// Most pending interests a citizen must answer at once.
    public var maxPendingPerCitizen: Int
    /// Most interests a company may start in any rolling `companyWindow` (all its vacancies together).
    public var maxPerCompany: Int
    /// The company cap's rolling window.
    public var companyWindow: TimeInterval
    /// After a decline, how long the same citizen–vacancy pair cannot start again.
    public var declineCooldown: TimeInterval
    /// When the side that must answer is reminded.
    public var reminderAfter: TimeInterval
    /// When an unanswered interest expires.
    public var expiresAfter: TimeInterval
    /// How long access-log entries are kept.
    public var accessLogRetention: TimeInterval

    /// Creates rules.
    public init(
        maxPendingPerCitizen: Int = 5, maxPerCompany: Int = 40, companyWindow: TimeInterval = 30 * 86_400,
        declineCooldown: TimeInterval = 30 * 86_400, reminderAfter: TimeInterval = 5 * 86_400,
        expiresAfter: TimeInterval = 14 * 86_400, accessLogRetention: TimeInterval = 183 * 86_400
    ) {
        self.maxPendingPerCitizen = maxPendingPerCitizen
        self.maxPerCompany = maxPerCompany
        self.companyWindow = companyWindow
        self.declineCooldown = declineCooldown
        self.reminderAfter = reminderAfter
        self.expiresAfter = expiresAfter
        self.accessLogRetention = accessLogRetention
    }

    /// 5 pending per citizen, 40 per company in 30 days, 30 days after a decline, reminder
    /// after 5 days, expiry after 14, access log kept 6 months.
    public static let standard = InterestRules()
}

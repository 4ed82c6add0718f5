import Foundation

/// The pacing and timing of interests, with the defaults a job centre would choose; each is
/// configurable (`matchd serve` flags and environment).
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
    public init(maxPendingPerCitizen: Int = 5, maxPerCompany: Int = 40, companyWindow: TimeInterval = 30 * 86_400,
                declineCooldown: TimeInterval = 30 * 86_400, reminderAfter: TimeInterval = 5 * 86_400,
                expiresAfter: TimeInterval = 14 * 86_400, accessLogRetention: TimeInterval = 183 * 86_400) {
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

/// What pacing needs to know about the interests around a new one, read in its transaction.
public struct PacingFacts: Sendable, Equatable {
    /// Pending interests the citizen must answer, and when the oldest of them expires.
    public var citizenPending: Int
    public var citizenOldestPendingCreatedAt: Date?
    /// Interests the company started within the window, and the oldest of them.
    public var companyStarted: Int
    public var companyOldestStartedAt: Date?
    /// A pending interest on the same pair, when there is one (its creation time).
    public var pairPendingCreatedAt: Date?
    /// When the same pair was last declined.
    public var pairDeclinedAt: Date?

    /// Creates the facts.
    public init(citizenPending: Int = 0, citizenOldestPendingCreatedAt: Date? = nil, companyStarted: Int = 0,
                companyOldestStartedAt: Date? = nil, pairPendingCreatedAt: Date? = nil, pairDeclinedAt: Date? = nil) {
        self.citizenPending = citizenPending
        self.citizenOldestPendingCreatedAt = citizenOldestPendingCreatedAt
        self.companyStarted = companyStarted
        self.companyOldestStartedAt = companyOldestStartedAt
        self.pairPendingCreatedAt = pairPendingCreatedAt
        self.pairDeclinedAt = pairDeclinedAt
    }
}

/// A new interest refused by a pacing rule: which rule, and when it next allows one.
public struct PacingRefusal: Error, Sendable, Equatable {
    /// The rules.
    public enum Rule: String, Sendable, CaseIterable {
        /// One pending interest per citizen–vacancy pair.
        case onePendingPerPair
        /// No new interest on a pair within the cooldown after a decline.
        case declineCooldown
        /// A citizen answers at most so many pending interests at once.
        case citizenPendingLimit
        /// A company starts at most so many interests in the rolling window.
        case companyMonthlyLimit
    }

    /// The rule.
    public var rule: Rule
    /// In words.
    public var message: String
    /// When the rule next allows a new interest (nil: when a pending one is answered).
    public var nextAllowedAt: Date?
}

extension InterestRules {
    /// Whether a new interest started by `initiator` may be created at `now`; the refusal names
    /// the rule and when it next allows one.
    public func check(_ facts: PacingFacts, initiator: InterestInitiator, now: Date) -> PacingRefusal? {
        if let pending = facts.pairPendingCreatedAt {
            return PacingRefusal(rule: .onePendingPerPair, message: "this citizen and vacancy already have a pending interest",
                                 nextAllowedAt: pending.addingTimeInterval(expiresAfter))
        }
        if let declined = facts.pairDeclinedAt, declined.addingTimeInterval(declineCooldown) > now {
            return PacingRefusal(rule: .declineCooldown,
                                 message: "this citizen and vacancy were declined less than \(days(declineCooldown)) days ago",
                                 nextAllowedAt: declined.addingTimeInterval(declineCooldown))
        }
        if initiator != .citizen, facts.citizenPending >= maxPendingPerCitizen {
            return PacingRefusal(rule: .citizenPendingLimit,
                                 message: "the citizen already has \(maxPendingPerCitizen) pending interests to answer",
                                 nextAllowedAt: facts.citizenOldestPendingCreatedAt?.addingTimeInterval(expiresAfter))
        }
        if initiator == .company, facts.companyStarted >= maxPerCompany {
            return PacingRefusal(rule: .companyMonthlyLimit,
                                 message: "the company has started \(maxPerCompany) interests in the last \(days(companyWindow)) days",
                                 nextAllowedAt: facts.companyOldestStartedAt?.addingTimeInterval(companyWindow))
        }
        return nil
    }

    private func days(_ interval: TimeInterval) -> Int { Int((interval / 86_400).rounded()) }
}

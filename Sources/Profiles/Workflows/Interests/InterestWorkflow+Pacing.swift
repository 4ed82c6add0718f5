import Foundation

/// Pacing: how often interests may start, so no citizen is flooded and no pair is pressed.
extension InterestWorkflow {
    /// The start of the company cap's rolling window at `now`: the store counts the interests the
    /// company started after it (`PacingFacts.companyStarted`).
    public static func pacingWindowStart(now: Date, rules: InterestRules) -> Date {
        now.addingTimeInterval(-rules.companyWindow)
    }

    /// The pacing rule that refuses a new interest started by `initiator` at `now`, with when it
    /// next allows one; nil when every rule allows it. Rules on the pair come first, then the
    /// citizen's and the company's quotas.
    static func pacingRefusal(
        _ facts: PacingFacts, initiator: InterestInitiator, rules: InterestRules,
        now: Date
    ) -> WorkflowRefusal? {
        if let pending = facts.pairPendingCreatedAt {
            return WorkflowRefusal(
                .onePendingPerPair, "this citizen and vacancy already have a pending interest",
                nextAllowedAt: pending.addingTimeInterval(rules.expiresAfter))
        }
        if let declined = facts.pairDeclinedAt, declined.addingTimeInterval(rules.declineCooldown) > now {
            return WorkflowRefusal(
                .declineCooldown,
                "this citizen and vacancy were declined less than \(days(rules.declineCooldown)) days ago",
                nextAllowedAt: declined.addingTimeInterval(rules.declineCooldown))
        }
        if initiator != .citizen, facts.citizenPending >= rules.maxPendingPerCitizen {
            return WorkflowRefusal(
                .citizenPendingLimit,
                "the citizen already has \(rules.maxPendingPerCitizen) pending interests to answer",
                nextAllowedAt: facts.citizenOldestPendingCreatedAt?.addingTimeInterval(rules.expiresAfter))
        }
        if initiator == .company, facts.companyStarted >= rules.maxPerCompany {
            return WorkflowRefusal(
                .companyMonthlyLimit,
                "the company has started \(rules.maxPerCompany) interests in the last \(days(rules.companyWindow)) days",
                nextAllowedAt: facts.companyOldestStartedAt?.addingTimeInterval(rules.companyWindow))
        }
        return nil
    }

    private static func days(_ interval: TimeInterval) -> Int { Int((interval / 86_400).rounded()) }
}

import Foundation

/// A change a workflow refuses: the rule that refuses it, why in words, and when the rule next
/// allows it. The one refusal of every workflow, so each answer can name its real reason.
public struct WorkflowRefusal: Error, Sendable, Equatable {
    /// The rules a workflow refuses by; the raw value is the API's `rule`.
    public enum Rule: String, Sendable, CaseIterable {
        /// One pending interest per citizen–vacancy pair.
        case onePendingPerPair
        /// No new interest on a pair within the cooldown after a decline.
        case declineCooldown
        /// A citizen answers at most so many pending interests at once.
        case citizenPendingLimit
        /// A company starts at most so many interests in the rolling window.
        case companyMonthlyLimit
        /// The side that started an interest answers nothing: its side counts as accepted.
        case initiatorCannotAnswer
        /// This side has answered already (a consultant's proposal waits for both).
        case alreadyAnswered
        /// The interest is no longer pending: accepted, declined, withdrawn or expired.
        case notPending
        /// The slot has no free place.
        case slotFull
        /// The placement has ended: nothing about it changes any more.
        case placementEnded
    }

    /// The rule.
    public var rule: Rule
    /// In words, e.g. "the interest is already declined".
    public var message: String
    /// When the rule next allows the change (nil: never by time alone, e.g. when it waits for an answer).
    public var nextAllowedAt: Date?

    /// Creates a refusal.
    public init(_ rule: Rule, _ message: String, nextAllowedAt: Date? = nil) {
        self.rule = rule
        self.message = message
        self.nextAllowedAt = nextAllowedAt
    }
}

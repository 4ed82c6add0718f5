import Foundation

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
    public init(
        citizenPending: Int = 0, citizenOldestPendingCreatedAt: Date? = nil, companyStarted: Int = 0,
        companyOldestStartedAt: Date? = nil, pairPendingCreatedAt: Date? = nil, pairDeclinedAt: Date? = nil
    ) {
        self.citizenPending = citizenPending
        self.citizenOldestPendingCreatedAt = citizenOldestPendingCreatedAt
        self.companyStarted = companyStarted
        self.companyOldestStartedAt = companyOldestStartedAt
        self.pairPendingCreatedAt = pairPendingCreatedAt
        self.pairDeclinedAt = pairDeclinedAt
    }
}

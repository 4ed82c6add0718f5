import Foundation

/// A company's answers to the interests it had to answer (citizens' and consultants').
public struct InterestStatistics: Sendable, Equatable {
    /// Interests the company had to answer.
    public var received: Int
    /// Those it answered.
    public var answered: Int
    /// Those it accepted.
    public var accepted: Int
    /// Those it declined.
    public var declined: Int
    /// The median time from an interest to the company's answer, in seconds.
    public var medianSecondsToAnswer: TimeInterval?

    /// Creates the value from every stored property (for the stores, in other targets).
    package init(received: Int, answered: Int, accepted: Int, declined: Int, medianSecondsToAnswer: TimeInterval? = nil) {
        self.received = received
        self.answered = answered
        self.accepted = accepted
        self.declined = declined
        self.medianSecondsToAnswer = medianSecondsToAnswer
    }
}

import Foundation

/// What an interest workflow decided: the interest as it now stands, the history entries and
/// consent to write with it, and the events to queue. The store writes it in one transaction.
public struct InterestChange: Sendable, Equatable {
    /// The interest to write (inserted when it was just started, else updated).
    public var interest: Interest
    /// History entries to append, in order.
    public var history: [InterestEvent]
    /// The consent to insert: the citizen's, when an acceptance completes the interest.
    public var consent: Consent?
    /// Events to queue, in order.
    public var events: [DomainEvent]

    /// Creates a change.
    public init(interest: Interest, history: [InterestEvent], consent: Consent? = nil, events: [DomainEvent]) {
        self.interest = interest
        self.history = history
        self.consent = consent
        self.events = events
    }
}

/// What revoking a consent decided: the consent to write and the events to queue.
public struct ConsentChange: Sendable, Equatable {
    /// The consent to write.
    public var consent: Consent
    /// Events to queue.
    public var events: [DomainEvent]
}

import Foundation

/// What a placement workflow decided: the placement as it now stands, the other records the
/// change moves, and the events to queue. The store writes it in one transaction.
public struct PlacementChange: Sendable, Equatable {
    /// The placement to write (inserted when it was just started, else updated).
    public var placement: Placement
    /// The citizen with the hours the latest progression entry gives them, when they changed.
    public var citizen: Citizen?
    /// The opening a hire closed.
    public var closedOpening: Vacancy?
    /// The follow-up to mark as sent (the placement itself is unchanged then).
    public var followUpSent: FollowUp?
    /// Events to queue, in order.
    public var events: [DomainEvent]

    /// Creates a change.
    public init(
        placement: Placement, citizen: Citizen? = nil, closedOpening: Vacancy? = nil, followUpSent: FollowUp? = nil,
        events: [DomainEvent]
    ) {
        self.placement = placement
        self.citizen = citizen
        self.closedOpening = closedOpening
        self.followUpSent = followUpSent
        self.events = events
    }
}

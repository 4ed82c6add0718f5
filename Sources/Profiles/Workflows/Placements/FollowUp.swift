import Foundation

/// The two follow-ups of a placement.
public enum FollowUp: String, Sendable, Equatable {
    /// Two weeks (configurable) after the start.
    case afterStart
    /// At the planned end, when no outcome is recorded.
    case plannedEnd
}

/// An active placement with the follow-ups already sent for it, as the store reads it for
/// `PlacementWorkflow.followUpsDue`.
public struct PlacementFollowUps: Sendable, Equatable {
    /// The placement (without its progression).
    public var placement: Placement
    /// The follow-ups sent.
    public var sent: Set<FollowUp>

    /// Creates the pair.
    public init(placement: Placement, sent: Set<FollowUp>) {
        self.placement = placement
        self.sent = sent
    }
}

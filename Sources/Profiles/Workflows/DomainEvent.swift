import Foundation

/// What happened, as a workflow tells it. The store queues each event in the change's
/// transaction for those who should hear of it (`WebhookOutbox.queue`); a workflow only names them.
public enum DomainEvent: Sendable, Equatable {
    /// An interest was started.
    case interestStarted(Interest)
    /// Every side that had to answer accepted.
    case interestAccepted(Interest)
    /// A side that had to answer declined.
    case interestDeclined(Interest)
    /// The initiator took the interest back.
    case interestWithdrawn(Interest)
    /// Nobody answered in time.
    case interestExpired(Interest)
    /// A side that must answer is reminded.
    case interestReminder(Interest, awaiting: InterestSide)
    /// The citizen revoked the consent given for an interest.
    case consentRevoked(Consent, interest: Interest)
    /// A placement started.
    case placementStarted(Placement)
    /// A progression entry was recorded.
    case placementProgressed(Placement)
    /// A placement ended with an outcome.
    case placementEnded(Placement)
    /// A placement's follow-up fell due.
    case followUpDue(Placement, FollowUp)
    /// An opening or slot changed (a hire closed an opening).
    case vacancyChanged(previous: Vacancy, current: Vacancy)
    /// A citizen's hours changed (progression): a grow-into match may now be a full one.
    case hoursChanged(previous: Citizen, current: Citizen)
}

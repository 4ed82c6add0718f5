import Foundation
import GRDB
import Profiles

/// The workflows' events as webhook deliveries: each event to the subscriptions that asked for
/// its type and whose owner may hear of it.
extension WebhookOutbox {
    /// Queues the deliveries of `events`, in order, inside the change's transaction.
    func queue(_ events: [DomainEvent], _ db: Database, now: Date) throws {
        for event in events {
            switch event {
            case .interestStarted(let interest): try interestChanged(db, interest, .interestCreated, now: now)
            case .interestAccepted(let interest): try interestChanged(db, interest, .interestAccepted, now: now)
            case .interestDeclined(let interest): try interestChanged(db, interest, .interestDeclined, now: now)
            case .interestWithdrawn(let interest): try interestChanged(db, interest, .interestWithdrawn, now: now)
            case .interestExpired(let interest): try interestChanged(db, interest, .interestExpired, now: now)
            case .interestReminder(let interest, let side): try interestReminder(db, interest, waitingOn: side, now: now)
            case .consentRevoked(let consent, let interest): try consentRevoked(db, consent, interest: interest, now: now)
            case .placementStarted(let placement): try placementChanged(db, placement, .placementStarted, now: now)
            case .placementProgressed(let placement): try placementChanged(db, placement, .placementProgressed, now: now)
            case .placementEnded(let placement): try placementChanged(db, placement, .placementEnded, now: now)
            case .followUpDue(let placement, let followUp): try followUpDue(db, placement, followUp, now: now)
            case .vacancyChanged(let previous, let current): try vacancyChanged(db, previous: previous, current: current, now: now)
            case .hoursChanged(let previous, let current): try matchUpgrades(db, previous: previous, current: current, now: now)
            }
        }
    }
}

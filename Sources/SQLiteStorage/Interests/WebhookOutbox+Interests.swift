import Foundation
import GRDB
import MatchCore
import Profiles

/// The interest workflow's events, to every subscription whose owner may hear of the interest.
extension WebhookOutbox {
    /// Queues `event` about an interest for each subscription that asked for it and may hear of it.
    func interestChanged(_ db: Database, _ interest: Interest, _ event: WebhookEventType, now: Date) throws {
        let facts = try self.facts(interest, db)
        try enqueue(db, event, subject: .interest(facts), data: EventData(interest: interest), now: now)
    }

    /// Reminds the side that must answer.
    func interestReminder(_ db: Database, _ interest: Interest, waitingOn side: InterestSide, now: Date) throws {
        var data = EventData(interest: interest)
        data.awaiting = side.rawValue
        try enqueue(db, .interestReminder, subject: .interestReminder(try facts(interest, db), side), data: data, now: now)
    }

    /// Tells the company (and the citizen's consultants) that a consent was revoked.
    func consentRevoked(_ db: Database, _ consent: Consent, interest: Interest, now: Date) throws {
        var data = EventData(interest: interest)
        data.consentId = consent.id
        try enqueue(db, .consentRevoked, subject: .interest(try facts(interest, db)), data: data, now: now)
    }

    /// Queues `event` to each subscription that asked for it and whose owner may hear of `subject`.
    func enqueue(_ db: Database, _ event: WebhookEventType, subject: EventSubject, data: EventData, now: Date) throws {
        for subscription in try Webhook.fetchEnabled(db)
        where subscription.events.contains(event)
            && policy.hears(subscription.owner, subject)
        {
            try enqueue(db, subscription, event, data: data, now: now)
        }
    }

    private func facts(_ interest: Interest, _ db: Database) throws -> InterestFacts {
        let municipality = try Stored<Citizen>.fetchOne(db, id: interest.citizenId)?.value.municipalityCode
        return InterestFacts(
            id: interest.id, citizenId: interest.citizenId, citizenMunicipality: municipality,
            companyId: interest.companyId, initiator: interest.initiator)
    }
}

import Foundation
import GRDB
import MatchCore
import Profiles

extension SQLiteStore {
    public func start(_ interest: Interest) async throws -> Interest {
        try await write { [outbox, interestRules] db, now in
            let facts = try AppDatabase.pacingFacts(citizenId: interest.citizenId, vacancyId: interest.vacancyId,
                                                    companyId: interest.companyId,
                                                    since: InterestWorkflow.pacingWindowStart(now: now, rules: interestRules), db)
            let change = try InterestWorkflow.start(interest, facts: facts, rules: interestRules, now: now).get()
            return (try Self.save(change, inserting: true, outbox: outbox, db, now: now), nil)
        }
    }

    public func interest(_ id: UUID) async throws -> Interest? {
        try await database.read { db in try AppDatabase.interest(id, db) }
    }

    public func interests(_ filter: InterestFilter, page: PageRequest) async throws -> Page<Interest> {
        try await database.read { db in try AppDatabase.interests(filter, page, db) }
    }

    public func history(_ id: UUID) async throws -> [InterestEvent] {
        try await database.read { db in try AppDatabase.history(id, db) }
    }

    public func answer(_ id: UUID, side: InterestSide, _ response: InterestResponse, by actor: Actor) async throws -> Interest {
        try await write { [outbox] db, now in
            guard let current = try AppDatabase.interest(id, db) else { throw StoreError.notFound }
            let change = switch response {
            case .accept(let sharedNeeds):
                InterestWorkflow.accept(current, side: side, sharedNeeds: sharedNeeds, by: actor, consentId: UUID(), now: now)
            case .decline(let reason, let text):
                InterestWorkflow.decline(current, side: side, reason: reason, text: text, by: actor, now: now)
            }
            return (try Self.save(change.get(), outbox: outbox, db, now: now), nil)
        }
    }

    public func withdraw(_ id: UUID, by actor: Actor) async throws -> Interest {
        try await write { [outbox] db, now in
            guard let current = try AppDatabase.interest(id, db) else { throw StoreError.notFound }
            return (try Self.save(InterestWorkflow.withdraw(current, by: actor, now: now).get(), outbox: outbox, db, now: now), nil)
        }
    }

    public func consents(citizenId: UUID) async throws -> [Consent] {
        try await database.read { db in try AppDatabase.consents(citizenId: citizenId, db) }
    }

    public func consent(interestId: UUID) async throws -> Consent? {
        try await database.read { db in try AppDatabase.consent(interestId: interestId, db) }
    }

    public func revokeConsent(_ id: UUID, citizenId: UUID, by actor: Actor) async throws -> Consent {
        try await write { [outbox] db, now in
            guard let consent = try AppDatabase.consent(id, citizenId: citizenId, db),
                  let interest = try AppDatabase.interest(consent.interestId, db) else { throw StoreError.notFound }
            let change = InterestWorkflow.revoke(consent, interest: interest, now: now)
            try AppDatabase.update(change.consent, db)
            try outbox.queue(change.events, db, now: now)
            return (change.consent, nil)
        }
    }

    public func interestStatistics(companyId: UUID) async throws -> InterestStatistics {
        try await database.read { db in try AppDatabase.interestStatistics(companyId: companyId, db) }
    }
}

extension SQLiteStore {
    public func append(_ entries: [AccessLogEntry]) async throws {
        guard !entries.isEmpty else { return }
        try await database.groupWrite { db in Committable(value: try AppDatabase.append(entries, db)) }
    }

    public func accessLog(citizenId: UUID, page: PageRequest) async throws -> Page<AccessLogEntry> {
        try await database.read { db in try AppDatabase.accessLog(citizenId: citizenId, page, db) }
    }
}

extension SQLiteStore {
    public func emitDueEvents(now: Date) async throws -> Int {
        try await write { [outbox, interestRules, placementRules] db, _ in
            let pending = try AppDatabase.pendingInterests(createdBefore: InterestWorkflow.dueCreatedBefore(now: now, rules: interestRules), db)
            let interests = InterestWorkflow.due(pending, rules: interestRules, now: now)
            for change in interests { try Self.save(change, outbox: outbox, db, now: now) }
            let candidates = try AppDatabase.followUpCandidates(
                startedBy: PlacementWorkflow.followUpStartedBy(now: now, rules: placementRules), plannedEndBy: now, db)
            let followUps = PlacementWorkflow.followUpsDue(candidates, rules: placementRules, now: now)
            for change in followUps {
                if let followUp = change.followUpSent { try AppDatabase.markFollowUpSent(change.placement.id, followUp, at: now, db) }
                try outbox.queue(change.events, db, now: now)
            }
            _ = try AppDatabase.purgeAccessLog(before: AccessLogEntry.retentionCutoff(now: now, rules: interestRules), db)
            return (interests.count + followUps.count, nil)
        }
    }
}

extension SQLiteStore {
    /// Writes an interest change in its transaction: the interest (`inserting` one just started,
    /// else updating it), its history and consent; then queues its events. Returns the interest.
    @discardableResult
    static func save(_ change: InterestChange, inserting: Bool = false, outbox: WebhookOutbox, _ db: Database,
                     now: Date) throws -> Interest {
        if inserting { try AppDatabase.insert(change.interest, db) } else { try AppDatabase.update(change.interest, db) }
        for entry in change.history { try AppDatabase.record(entry, interestId: change.interest.id, db) }
        if let consent = change.consent { try AppDatabase.insert(consent, db) }
        try outbox.queue(change.events, db, now: now)
        return change.interest
    }
}

import Foundation
import GRDB
import MatchCore
import Profiles

extension SQLiteStore {
    public func start(_ interest: Interest) async throws -> Interest {
        try await write { [outbox, interestRules] db, now in
            let facts = try PacingFacts.fetch(
                db, citizenId: interest.citizenId, vacancyId: interest.vacancyId,
                companyId: interest.companyId,
                since: InterestWorkflow.pacingWindowStart(now: now, rules: interestRules))
            let change = try InterestWorkflow.start(interest, facts: facts, rules: interestRules, now: now).get()
            return (try Self.save(change, inserting: true, outbox: outbox, db, now: now), nil)
        }
    }

    public func interest(_ id: UUID) async throws -> Interest? {
        try await database.read { db in try Interest.fetchOne(db, key: id.lowercasedText) }
    }

    public func interests(_ filter: InterestFilter, page: PageRequest) async throws -> Page<Interest> {
        try await database.read { db in try Interest.all().filter(filter).fetchPage(db, page, id: \.id) }
    }

    public func history(_ id: UUID) async throws -> [InterestEvent] {
        try await database.read { db in
            try InterestEventRecord.filter(InterestEventRecord.Columns.interestId == id.lowercasedText)
                .order(InterestEventRecord.Columns.id).fetchAll(db).map(\.event)
        }
    }

    public func answer(_ id: UUID, side: InterestSide, _ response: InterestResponse, by actor: Actor) async throws -> Interest {
        try await write { [outbox] db, now in
            guard let current = try Interest.fetchOne(db, key: id.lowercasedText) else { throw StoreError.notFound }
            let change =
                switch response {
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
            guard let current = try Interest.fetchOne(db, key: id.lowercasedText) else { throw StoreError.notFound }
            return (try Self.save(InterestWorkflow.withdraw(current, by: actor, now: now).get(), outbox: outbox, db, now: now), nil)
        }
    }

    public func consents(citizenId: UUID) async throws -> [Consent] {
        try await database.read { db in
            try Consent.filter(Consent.Columns.citizenId == citizenId.lowercasedText)
                .order(Consent.Columns.givenAt, Consent.Columns.id).fetchAll(db)
        }
    }

    public func consent(interestId: UUID) async throws -> Consent? {
        try await database.read { db in try Consent.filter(Consent.Columns.interestId == interestId.lowercasedText).fetchOne(db) }
    }

    public func revokeConsent(_ id: UUID, citizenId: UUID, by actor: Actor) async throws -> Consent {
        try await write { [outbox] db, now in
            guard
                let consent = try Consent.filter(key: id.lowercasedText)
                    .filter(Consent.Columns.citizenId == citizenId.lowercasedText).fetchOne(db),
                let interest = try Interest.fetchOne(db, key: consent.interestId.lowercasedText)
            else { throw StoreError.notFound }
            let change = InterestWorkflow.revoke(consent, interest: interest, now: now)
            try change.consent.update(db)
            try outbox.queue(change.events, db, now: now)
            return (change.consent, nil)
        }
    }

    public func interestStatistics(companyId: UUID) async throws -> InterestStatistics {
        try await database.read { db in try InterestStatistics.fetch(db, companyId: companyId) }
    }
}

extension SQLiteStore {
    public func append(_ entries: [AccessLogEntry]) async throws {
        guard !entries.isEmpty else { return }
        try await database.groupWrite { db in
            for entry in entries { try entry.append(db) }
            return Committable(value: ())
        }
    }

    public func accessLog(citizenId: UUID, page: PageRequest) async throws -> Page<AccessLogEntry> {
        try await database.read { db in
            try AccessLogEntry.filter(AccessLogEntry.Columns.citizenId == citizenId.lowercasedText).fetchNewestFirstPage(db, page)
        }
    }
}

extension SQLiteStore {
    public func emitDueEvents(now: Date) async throws -> Int {
        try await write { [outbox, interestRules, placementRules] db, _ in
            let pending = try Interest.all().pending(createdBefore: InterestWorkflow.dueCreatedBefore(now: now, rules: interestRules))
                .fetchAll(db)
            let interests = InterestWorkflow.due(pending, rules: interestRules, now: now)
            for change in interests { try Self.save(change, outbox: outbox, db, now: now) }
            let candidates = try PlacementFollowUps.fetchAll(
                db,
                Placement.all().followUpsUnsent(
                    startedBy: PlacementWorkflow.followUpStartedBy(now: now, rules: placementRules), plannedEndBy: now))
            let followUps = PlacementWorkflow.followUpsDue(candidates, rules: placementRules, now: now)
            for change in followUps {
                if let followUp = change.followUpSent { try change.placement.markFollowUpSent(db, followUp, at: now) }
                try outbox.queue(change.events, db, now: now)
            }
            try AccessLogEntry.filter(AccessLogEntry.Columns.at < AccessLogEntry.retentionCutoff(now: now, rules: interestRules))
                .deleteAll(db)
            return (interests.count + followUps.count, nil)
        }
    }
}

extension SQLiteStore {
    /// Writes an interest change in its transaction: the interest (`inserting` one just started,
    /// else updating it), its history and consent; then queues its events. Returns the interest.
    @discardableResult
    static func save(
        _ change: InterestChange, inserting: Bool = false, outbox: WebhookOutbox, _ db: Database,
        now: Date
    ) throws -> Interest {
        if inserting { try change.interest.insert(db) } else { try change.interest.update(db) }
        for event in change.history { try InterestEventRecord(interestId: change.interest.id, event: event).insert(db) }
        try change.consent?.insert(db)
        try outbox.queue(change.events, db, now: now)
        return change.interest
    }
}

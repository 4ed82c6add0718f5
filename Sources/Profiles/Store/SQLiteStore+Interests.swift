import Foundation
import GRDB
import MatchCore

extension SQLiteStore {
    public func start(_ interest: Interest) async throws -> Interest {
        try await write { [outbox, interestRules] db, now in
            let facts = try AppDatabase.pacingFacts(citizenId: interest.citizenId, vacancyId: interest.vacancyId,
                                                    companyId: interest.companyId,
                                                    since: now.addingTimeInterval(-interestRules.companyWindow), db)
            if let refusal = interestRules.check(facts, initiator: interest.initiator, now: now) { throw refusal }
            var started = interest
            started.createdAt = now
            try AppDatabase.insert(started, db)
            try AppDatabase.record(InterestEvent(at: now, change: .created, side: nil, actor: interest.createdBy, reason: nil),
                                   interestId: started.id, db)
            try outbox.interestChanged(db, started, .interestCreated, now: now)
            return (started, nil)
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
            let next: Interest
            let event: InterestEvent
            switch response {
            case .accept(let sharedNeeds):
                next = try current.accepting(side, at: now, sharedNeeds: sharedNeeds)
                event = InterestEvent(at: now, change: .accepted, side: side, actor: actor, reason: nil)
            case .decline(let reason, let text):
                next = try current.declining(side, reason: reason, text: text, at: now)
                event = InterestEvent(at: now, change: .declined, side: side, actor: actor, reason: reason)
            }
            try AppDatabase.update(next, db)
            try AppDatabase.record(event, interestId: id, db)
            switch next.state {
            case .accepted:
                try AppDatabase.insert(Consent(id: UUID(), citizenId: next.citizenId, companyId: next.companyId, interestId: next.id,
                                               sharedNeeds: next.sharedNeeds, givenAt: now, revokedAt: nil), db)
                try outbox.interestChanged(db, next, .interestAccepted, now: now)
            case .declined:
                try outbox.interestChanged(db, next, .interestDeclined, now: now)
            case .pending, .withdrawn, .expired:
                break
            }
            return (next, nil)
        }
    }

    public func withdraw(_ id: UUID, by actor: Actor) async throws -> Interest {
        try await write { [outbox] db, now in
            guard let current = try AppDatabase.interest(id, db) else { throw StoreError.notFound }
            let next = try current.withdrawing(at: now)
            try AppDatabase.update(next, db)
            try AppDatabase.record(InterestEvent(at: now, change: .withdrawn, side: nil, actor: actor, reason: nil), interestId: id, db)
            try outbox.interestChanged(db, next, .interestWithdrawn, now: now)
            return (next, nil)
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
            let before = try AppDatabase.consents(citizenId: citizenId, db).first { $0.id == id }
            guard let before, let revoked = try AppDatabase.revokeConsent(id, citizenId: citizenId, at: now, db) else {
                throw StoreError.notFound
            }
            if before.isActive, let interest = try AppDatabase.interest(revoked.interestId, db) {
                try outbox.consentRevoked(db, revoked, interest: interest, now: now)
            }
            return (revoked, nil)
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
            let emitted = try AppDatabase.dueInterestEvents(now: now, rules: interestRules, outbox: outbox, db)
                + AppDatabase.duePlacementEvents(now: now, rules: placementRules, outbox: outbox, db)
            _ = try AppDatabase.purgeAccessLog(before: now.addingTimeInterval(-interestRules.accessLogRetention), db)
            return (emitted, nil)
        }
    }
}

extension AppDatabase {
    /// Reminds the side that must answer an interest unanswered past the reminder delay, and
    /// expires those unanswered past the expiry delay; each once. Returns the events queued.
    static func dueInterestEvents(now: Date, rules: InterestRules, outbox: WebhookOutbox, _ db: Database) throws -> Int {
        var emitted = 0
        for interest in try pendingInterests(createdBefore: now.addingTimeInterval(-min(rules.reminderAfter, rules.expiresAfter)), db) {
            if let expired = interest.expiring(at: now, rules: rules) {
                try update(expired, db)
                try record(InterestEvent(at: now, change: .expired, side: nil, actor: nil, reason: nil), interestId: expired.id, db)
                try outbox.interestChanged(db, expired, .interestExpired, now: now)
                emitted += 1
            } else if let reminded = interest.reminding(at: now, rules: rules) {
                try update(reminded, db)
                for side in reminded.awaiting {
                    try record(InterestEvent(at: now, change: .reminded, side: side, actor: nil, reason: nil), interestId: reminded.id, db)
                    try outbox.interestReminder(db, reminded, waitingOn: side, now: now)
                }
                emitted += 1
            }
        }
        return emitted
    }
}

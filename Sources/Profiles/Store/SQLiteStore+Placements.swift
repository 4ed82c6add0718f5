import Foundation
import GRDB
import MatchCore

extension SQLiteStore {
    public func start(_ placement: Placement) async throws -> Placement {
        try await write { [outbox] db, now in
            guard try AppDatabase.fetch(Citizen.self, id: placement.citizenId, db) != nil,
                  var vacancy = try AppDatabase.fetch(Vacancy.self, id: placement.vacancyId, db)?.value else { throw StoreError.notFound }
            if let places = vacancy.places {
                // Counted inside the write transaction: of two placements for the last place, one wins.
                let placed = try AppDatabase.activePlacements(vacancyId: vacancy.id, db)
                guard places.occupiedOutside + placed < places.capacity else {
                    throw NoFreePlace(capacity: places.capacity, occupied: places.occupiedOutside + placed)
                }
            }
            var started = placement
            started.createdAt = now
            try AppDatabase.insert(started, db)
            try AppDatabase.recountPlaced(vacancyId: vacancy.id, db)
            vacancy = try AppDatabase.fetch(Vacancy.self, id: vacancy.id, db)?.value ?? vacancy
            try outbox.placementChanged(db, started, .placementStarted, now: now)
            return (started, vacancy.places == nil ? nil : .vacancy(vacancy))
        }
    }

    public func placement(_ id: UUID) async throws -> Placement? {
        try await database.read { db in try AppDatabase.placement(id, db) }
    }

    public func placements(_ filter: PlacementFilter, page: PageRequest) async throws -> Page<Placement> {
        try await database.read { db in try AppDatabase.placements(filter, page, db) }
    }

    public func update(_ placement: Placement, ifVersion: Int?) async throws -> Placement {
        try await write { db, _ in
            guard let current = try AppDatabase.placement(placement.id, db) else { throw StoreError.notFound }
            if let ifVersion, ifVersion != current.version { throw StoreError.versionMismatch(current: current.version) }
            guard current.state == .active else { throw PlacementConflict(message: "the placement has ended") }
            var next = current
            next.kind = placement.kind
            next.plannedEnd = placement.plannedEnd
            next.agreedHours = placement.agreedHours
            next.mentorName = placement.mentorName
            next.version += 1
            try AppDatabase.update(next, db)
            return (next, nil)
        }
    }

    public func progress(_ id: UUID, _ entry: ProgressEntry) async throws -> Placement {
        try await write { [outbox] db, now in
            guard var placement = try AppDatabase.placement(id, db) else { throw StoreError.notFound }
            guard placement.state == .active else { throw PlacementConflict(message: "the placement has ended") }
            let isLatest = placement.latest.map { entry.date >= $0.date } ?? true
            try AppDatabase.append(entry, placementId: id, db)
            placement.progress.append(entry)
            placement.progress.sort { $0.date < $1.date }
            placement.version += 1
            try AppDatabase.update(placement, db)
            try outbox.placementChanged(db, placement, .placementProgressed, now: now)
            guard isLatest, let stored = try AppDatabase.fetch(Citizen.self, id: placement.citizenId, db),
                  stored.value.hours.current != entry.weeklyHours else { return (placement, nil) }
            // The latest entry is the citizen's current weekly hours; the target is never below them.
            var citizen = stored.value
            citizen.hours = CitizenHours(current: entry.weeklyHours, target: max(citizen.hours.target, entry.weeklyHours))
            let updated = try AppDatabase.update(citizen, ifVersion: nil, now: now, db).current
            try AppDatabase.recordHours(citizen, at: now, db)
            try outbox.matchUpgrades(db, previous: stored.value, current: citizen, now: now)
            return (placement, .citizen(updated))
        }
    }

    public func end(_ id: UUID, on date: Date, outcome: PlacementOutcome, text: String?, closeOpening: Bool,
                    by actor: Actor) async throws -> Placement {
        try await write { [outbox] db, now in
            guard var placement = try AppDatabase.placement(id, db) else { throw StoreError.notFound }
            guard placement.state == .active else { throw PlacementConflict(message: "the placement has already ended") }
            placement.state = .ended
            placement.endDate = date
            placement.outcome = outcome
            placement.endText = text
            placement.endedBy = actor
            placement.version += 1
            try AppDatabase.update(placement, db)
            try AppDatabase.recountPlaced(vacancyId: placement.vacancyId, db)
            try outbox.placementChanged(db, placement, .placementEnded, now: now)
            guard var vacancy = try AppDatabase.fetch(Vacancy.self, id: placement.vacancyId, db)?.value else { return (placement, nil) }
            if closeOpening, outcome.isHired, vacancy.source == .opening, vacancy.status == .open {
                let previous = vacancy
                vacancy.status = .closed
                _ = try AppDatabase.update(vacancy, ifVersion: nil, now: now, db)
                try outbox.vacancyChanged(db, previous: previous, current: vacancy, now: now)
            }
            return (placement, .vacancy(vacancy))
        }
    }
}

/// A change a placement's state does not allow.
public struct PlacementConflict: Error, Sendable, Equatable {
    /// In words.
    public var message: String
}

extension AppDatabase {
    /// Queues each placement follow-up that has fallen due, once. Returns how many.
    static func duePlacementEvents(now: Date, rules: PlacementRules, outbox: WebhookOutbox, _ db: Database) throws -> Int {
        let due = try dueFollowUps(now: now, afterStart: rules.followUpAfterStart, db)
        for (placement, followUp) in due {
            try markFollowUpSent(placement.id, followUp, at: now, db)
            try outbox.followUpDue(db, placement, followUp, now: now)
        }
        return due.count
    }
}

import Foundation
import GRDB
import MatchCore
import Profiles

extension SQLiteStore {
    public func start(_ placement: Placement) async throws -> Placement {
        try await write { [outbox] db, now in
            guard try Stored<Citizen>.fetchOne(db, id: placement.citizenId) != nil,
                  let vacancy = try Stored<Vacancy>.fetchOne(db, id: placement.vacancyId)?.value else { throw StoreError.notFound }
            let active = try AppDatabase.activePlacements(vacancyId: vacancy.id, db)
            let change = try PlacementWorkflow.start(placement, vacancy: vacancy, activePlacements: active, now: now).get()
            try AppDatabase.insert(change.placement, db)
            try AppDatabase.recountPlaced(vacancyId: vacancy.id, db)
            let current = try Stored<Vacancy>.fetchOne(db, id: vacancy.id)?.value ?? vacancy
            try outbox.queue(change.events, db, now: now)
            return (change.placement, current.places == nil ? nil : .vacancy(current))
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
            let change = try PlacementWorkflow.update(current, terms: placement).get()
            try AppDatabase.update(change.placement, db)
            return (change.placement, nil)
        }
    }

    public func progress(_ id: UUID, _ entry: ProgressEntry) async throws -> Placement {
        try await write { [outbox] db, now in
            guard let placement = try AppDatabase.placement(id, db),
                  let citizen = try Stored<Citizen>.fetchOne(db, id: placement.citizenId)?.value else { throw StoreError.notFound }
            let change = try PlacementWorkflow.progress(placement, entry, citizen: citizen).get()
            try AppDatabase.append(entry, placementId: id, db)
            try AppDatabase.update(change.placement, db)
            var indexChange: IndexChange?
            if let moved = change.citizen {
                indexChange = .citizen(try Stored.update(db, moved, ifVersion: nil, now: now).current)
                try CitizenHoursEntry(citizenId: moved.id, at: now, hours: moved.hours).append(db)
            }
            try outbox.queue(change.events, db, now: now)
            return (change.placement, indexChange)
        }
    }

    public func end(_ id: UUID, on date: Date, outcome: PlacementOutcome, text: String?, closeOpening: Bool,
                    by actor: Actor) async throws -> Placement {
        try await write { [outbox] db, now in
            guard let placement = try AppDatabase.placement(id, db),
                  let vacancy = try Stored<Vacancy>.fetchOne(db, id: placement.vacancyId)?.value else { throw StoreError.notFound }
            let change = try PlacementWorkflow.end(placement, on: date, outcome: outcome, text: text, closeOpening: closeOpening,
                                                   by: actor, vacancy: vacancy).get()
            try AppDatabase.update(change.placement, db)
            try AppDatabase.recountPlaced(vacancyId: vacancy.id, db)
            if let closed = change.closedOpening { _ = try Stored.update(db, closed, ifVersion: nil, now: now) }
            try outbox.queue(change.events, db, now: now)
            let current = try Stored<Vacancy>.fetchOne(db, id: vacancy.id)?.value ?? vacancy
            return (change.placement, .vacancy(current))
        }
    }
}

import Foundation
import GRDB
import MatchCore
import Profiles

extension SQLiteStore {
    public func start(_ placement: Placement) async throws -> Placement {
        try await write { [outbox] db, now in
            guard try Stored<Citizen>.fetchOne(db, id: placement.citizenId) != nil,
                let vacancy = try Stored<Vacancy>.fetchOne(db, id: placement.vacancyId)?.value
            else { throw StoreError.notFound }
            let active = try Placement.filter(Placement.Columns.vacancyId == vacancy.id.lowercasedText).active().fetchCount(db)
            let change = try PlacementWorkflow.start(placement, vacancy: vacancy, activePlacements: active, now: now).get()
            try change.placement.insert(db)
            try Vacancy.recountPlaced(db, id: vacancy.id)
            let current = try Stored<Vacancy>.fetchOne(db, id: vacancy.id)?.value ?? vacancy
            try outbox.queue(change.events, db, now: now)
            return (change.placement, current.places == nil ? nil : .vacancy(current))
        }
    }

    public func placement(_ id: UUID) async throws -> Placement? {
        try await database.read { db in try Self.placement(db, id: id) }
    }

    public func placements(_ filter: PlacementFilter, page: PageRequest) async throws -> Page<Placement> {
        try await database.read { db in
            let placements = try Placement.all().filter(filter).fetchPage(db, page, id: \.id)
            return Page(items: try Placement.withProgress(db, placements.items), next: placements.next)
        }
    }

    public func update(_ placement: Placement, ifVersion: Int?) async throws -> Placement {
        try await write { db, _ in
            guard let current = try Self.placement(db, id: placement.id) else { throw StoreError.notFound }
            if let ifVersion, ifVersion != current.version { throw StoreError.versionMismatch(current: current.version) }
            let change = try PlacementWorkflow.update(current, terms: placement).get()
            try change.placement.update(db)
            return (change.placement, nil)
        }
    }

    public func progress(_ id: UUID, _ entry: ProgressEntry) async throws -> Placement {
        try await write { [outbox] db, now in
            guard let placement = try Self.placement(db, id: id),
                let citizen = try Stored<Citizen>.fetchOne(db, id: placement.citizenId)?.value
            else { throw StoreError.notFound }
            let change = try PlacementWorkflow.progress(placement, entry, citizen: citizen).get()
            try ProgressEntryRecord(placementId: id, entry: entry).insert(db)
            try change.placement.update(db)
            var indexChange: IndexChange?
            if let moved = change.citizen {
                indexChange = .citizen(try Stored.update(db, moved, ifVersion: nil, now: now).current)
                try CitizenHoursEntry(citizenId: moved.id, at: now, hours: moved.hours).insert(db)
            }
            try outbox.queue(change.events, db, now: now)
            return (change.placement, indexChange)
        }
    }

    public func end(
        _ id: UUID, on date: Date, outcome: PlacementOutcome, text: String?, closeOpening: Bool,
        by actor: Actor
    ) async throws -> Placement {
        try await write { [outbox] db, now in
            guard let placement = try Self.placement(db, id: id),
                let vacancy = try Stored<Vacancy>.fetchOne(db, id: placement.vacancyId)?.value
            else { throw StoreError.notFound }
            let change = try PlacementWorkflow.end(
                placement, on: date, outcome: outcome, text: text, closeOpening: closeOpening,
                by: actor, vacancy: vacancy
            ).get()
            try change.placement.update(db)
            try Vacancy.recountPlaced(db, id: vacancy.id)
            if let closed = change.closedOpening { _ = try Stored.update(db, closed, ifVersion: nil, now: now) }
            try outbox.queue(change.events, db, now: now)
            let current = try Stored<Vacancy>.fetchOne(db, id: vacancy.id)?.value ?? vacancy
            return (change.placement, .vacancy(current))
        }
    }

    /// One placement with its progression, or nil.
    private static func placement(_ db: Database, id: UUID) throws -> Placement? {
        try Placement.fetchOne(db, key: id.lowercasedText).map { try Placement.withProgress(db, [$0])[0] }
    }
}

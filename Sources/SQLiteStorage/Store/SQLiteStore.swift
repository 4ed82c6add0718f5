import Foundation
import GRDB
import MatchCore
import Profiles

/// The stores on SQLite (GRDB). Each write is one savepoint holding the change and the webhook
/// deliveries it causes, in a transaction it shares with the writes that arrived with it (group
/// commit, `GroupCommit`); once that commits, and before the next transaction can begin (GRDB's
/// `afterNextTransaction`, on the writer's serial queue), the match index follows each change
/// and `committed` is called (the relay's wake-up) — so index updates happen in commit order.
public struct SQLiteStore: MatchStore {
    /// The database.
    public let database: AppDatabase
    /// The live match index.
    public let index: LiveIndex
    /// Queues the webhook events of each change, inside its transaction.
    let outbox: WebhookOutbox
    /// Called after each commit that may have queued deliveries (wakes the relay).
    let committed: @Sendable () -> Void
    /// The clock (injected by tests).
    let now: @Sendable () -> Date
    /// Pacing and timing of interests.
    let interestRules: InterestRules
    /// Timing of placements' follow-ups.
    let placementRules: PlacementRules
    /// Committed citizens, decoded once: the match lists read their 20–100 citizens from here.
    let citizenCache = RecordCache<Citizen>(capacity: 100_000)

    /// Builds the match index from `database`. `committed` runs after each commit that may have
    /// queued webhook deliveries; `now` is the clock (injected by tests).
    public static func open(
        _ database: AppDatabase, taxonomy: Taxonomy, profile: ScoringProfile = .standard,
        policy: Visibility = Visibility(), interestRules: InterestRules = .standard,
        placementRules: PlacementRules = .standard,
        committed: @escaping @Sendable () -> Void = {},
        now: @escaping @Sendable () -> Date = Date.init
    ) async throws -> SQLiteStore {
        let index = try await LiveIndex.build(from: database, taxonomy: taxonomy, profile: profile)
        return SQLiteStore(
            database: database, index: index, outbox: WebhookOutbox(index: index, policy: policy),
            committed: committed, now: now, interestRules: interestRules, placementRules: placementRules)
    }

    /// Runs a write whose committed change the index must follow; extensions in other files
    /// (one per part of the workflow) write through it too.
    func write<T: Sendable>(_ change: @escaping @Sendable (Database, Date) throws -> (T, IndexChange?)) async throws -> T {
        let (index, citizenCache, committed, now) = (index, citizenCache, committed, now())
        return try await database.groupWrite { db in
            let (result, indexChange) = try change(db, now)
            return Committable(value: result, changes: indexChange?.sides ?? []) {
                if let indexChange {
                    index.apply(indexChange)
                    citizenCache.follow(indexChange)
                }
                committed()
            }
        }
    }

    // MARK: - Citizens

    public func citizen(_ id: UUID) async throws -> Stored<Citizen>? {
        try await citizens(ids: [id])[id]
    }

    /// From the cache of committed citizens; only those not cached are read (and then kept).
    public func citizens(ids: [UUID]) async throws -> [UUID: Stored<Citizen>] {
        let lookup = citizenCache.lookup(ids)
        guard !lookup.missing.isEmpty else { return lookup.found }
        let read = try await database.read { db in try Stored<Citizen>.fetchByID(db, ids: lookup.missing) }
        citizenCache.keep(read, readAfter: lookup.mark)
        return lookup.found.merging(read) { _, read in read }
    }

    public func citizens(_ filter: CitizenFilter, page: PageRequest) async throws -> Page<Stored<Citizen>> {
        try await database.read { db in
            var request = Stored<Citizen>.all()
            if let id = filter.id { request = request.filter(Citizen.Columns.id == id.lowercasedText) }
            if let code = filter.municipality { request = request.filter(Citizen.Columns.municipalityCode == code.description) }
            if let status = filter.status { request = request.filter(Citizen.Columns.status == status.rawValue) }
            if let visible = filter.visibleToCompanies { request = request.filter(Citizen.Columns.visibleToCompanies == visible) }
            return try request.fetchPage(db, page, id: \.value.id)
        }
    }

    public func create(_ citizen: Citizen) async throws -> Stored<Citizen> {
        try await write { [outbox] db, now in
            let stored = try Stored(created: citizen, at: now).inserted(db)
            try CitizenHoursEntry(citizenId: citizen.id, at: now, hours: citizen.hours).append(db)
            try outbox.citizenChanged(db, previous: nil, current: citizen, now: now)
            return (stored, .citizen(stored))
        }
    }

    public func update(_ citizen: Citizen, ifVersion: Int?) async throws -> Stored<Citizen> {
        try await write { [outbox] db, now in
            let (previous, current) = try Stored.update(db, citizen, ifVersion: ifVersion, now: now)
            if previous.value.hours != citizen.hours {
                try CitizenHoursEntry(citizenId: citizen.id, at: now, hours: citizen.hours).append(db)
            }
            try outbox.citizenChanged(db, previous: previous.value, current: citizen, now: now)
            try outbox.matchUpgrades(db, previous: previous.value, current: citizen, now: now)
            return (current, .citizen(current))
        }
    }

    public func deleteCitizen(_ id: UUID) async throws {
        try await write { db, _ in
            guard try Citizen.deleteOne(db, key: id.lowercasedText) else { throw StoreError.notFound }
            try AccessLogEntry.filter(AccessLogEntry.Columns.citizenId == id.lowercasedText).deleteAll(db)
            return ((), .removeCitizen(id))
        }
    }

    // MARK: - Companies

    public func company(_ id: UUID) async throws -> Stored<Company>? {
        try await database.read { db in try Stored<Company>.fetchOne(db, id: id) }
    }

    public func companies(ids: [UUID]) async throws -> [UUID: Stored<Company>] {
        try await database.read { db in try Stored<Company>.fetchByID(db, ids: ids) }
    }

    public func companies(_ filter: CompanyFilter, page: PageRequest) async throws -> Page<Stored<Company>> {
        try await database.read { db in
            var request = Stored<Company>.all()
            if let id = filter.id { request = request.filter(Company.Columns.id == id.lowercasedText) }
            if let code = filter.municipality { request = request.filter(Company.Columns.municipalityCode == code.description) }
            return try request.fetchPage(db, page, id: \.value.id)
        }
    }

    public func create(_ company: Company) async throws -> Stored<Company> {
        try await write { db, now in (try Stored(created: company, at: now).inserted(db), nil) }
    }

    public func update(_ company: Company, ifVersion: Int?) async throws -> Stored<Company> {
        try await write { db, now in (try Stored.update(db, company, ifVersion: ifVersion, now: now).current, nil) }
    }

    // MARK: - Vacancies

    public func vacancy(_ id: UUID) async throws -> Stored<Vacancy>? {
        try await database.read { db in try Stored<Vacancy>.fetchOne(db, id: id) }
    }

    public func vacancies(ids: [UUID]) async throws -> [UUID: Stored<Vacancy>] {
        try await database.read { db in try Stored<Vacancy>.fetchByID(db, ids: ids) }
    }

    public func vacancies(_ filter: VacancyFilter, page: PageRequest) async throws -> Page<Stored<Vacancy>> {
        try await database.read { db in
            var request = Stored<Vacancy>.all()
            if let source = filter.source { request = request.filter(Vacancy.Columns.source == source.rawValue) }
            if let id = filter.companyId { request = request.filter(Vacancy.Columns.companyId == id.lowercasedText) }
            if let status = filter.status { request = request.filter(Vacancy.Columns.status == status.rawValue) }
            if let kind = filter.kind { request = request.filter(Vacancy.Columns.kind == kind.rawValue) }
            if let code = filter.occupationCode { request = request.filter(Vacancy.Columns.occupationCode == code) }
            return try request.fetchPage(db, page, id: \.value.id)
        }
    }

    public func create(_ vacancy: Vacancy) async throws -> Stored<Vacancy> {
        try await write { [outbox] db, now in
            guard try Stored<Company>.fetchOne(db, id: vacancy.companyId) != nil else { throw StoreError.notFound }
            let stored = try Stored(created: vacancy, at: now).inserted(db)
            try outbox.vacancyChanged(db, previous: nil, current: vacancy, now: now)
            return (stored, .vacancy(vacancy))
        }
    }

    public func update(_ vacancy: Vacancy, ifVersion: Int?) async throws -> Stored<Vacancy> {
        try await write { [outbox] db, now in
            var (previous, current) = try Stored.update(db, vacancy, ifVersion: ifVersion, now: now)
            current.value = try ProfileWorkflow.update(vacancy, stored: previous.value).get()
            try outbox.vacancyChanged(db, previous: previous.value, current: current.value, now: now)
            return (current, .vacancy(current.value))
        }
    }

    // MARK: - Bulk

    public func load(_ records: RecordSet) async throws {
        try await write { db, now in
            do {
                for record in records.citizens {
                    try Stored(created: record, at: now).insert(db)
                    try CitizenHoursEntry(citizenId: record.id, at: now, hours: record.hours).append(db)
                }
                for record in records.companies { try Stored(created: record, at: now).insert(db) }
                for record in records.vacancies { try Stored(created: record, at: now).insert(db) }
                for record in records.history { try record.insert(db, now: now) }
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                throw StoreError.conflict(field: "data", message: "a record clashes with one already stored")
            }
            let vacancies =
                records.history.isEmpty
                ? records.vacancies
                : try Stored<Vacancy>.fetchByID(db, ids: records.vacancies.map(\.id)).values.map(\.value)
            if let problem = ProfileWorkflow.placementsProblem(vacancies) {
                throw StoreError.conflict(field: problem.field, message: problem.message)
            }
            return ((), .all(citizens: records.citizens, vacancies: vacancies))
        }
    }

    public func isReachable() async -> Bool {
        await database.isReachable()
    }

    // MARK: - Tokens

    public func createToken(for principal: Principal, label: String?) async throws -> IssuedToken {
        try await database.createToken(for: principal, label: label)
    }

    public func createToken(accountId: UUID, label: String?) async throws -> IssuedToken {
        try await database.createToken(accountId: accountId, label: label)
    }

    public func createToken(newAccount account: Account, label: String?) async throws -> IssuedToken {
        try await database.createToken(newAccount: account, label: label)
    }

    public func bearer(token: String) async throws -> Bearer? {
        try await database.bearer(token: token)
    }

    public func revokeToken(_ idOrToken: String) async throws -> Bool {
        try await database.revokeToken(idOrToken)
    }

    // MARK: - Webhooks

    public func create(_ webhook: Webhook) async throws {
        try await database.write { db in try webhook.insert(db) }
    }

    public func webhook(_ id: UUID) async throws -> Webhook? {
        try await database.read { db in try Webhook.fetchOne(db, key: id.lowercasedText) }
    }

    public func webhooks(ownedBy owner: Principal?, page: PageRequest) async throws -> Page<Webhook> {
        try await database.read { db in
            var request = Webhook.all()
            if let owner { request = request.owned(by: owner) }
            return try request.fetchPage(db, page, id: \.id)
        }
    }

    public func deleteWebhook(_ id: UUID) async throws {
        guard try await database.write({ db in try Webhook.deleteOne(db, key: id.lowercasedText) }) else { throw StoreError.notFound }
    }

    public func rotateSecret(_ id: UUID, to secret: String, previousValidUntil: Date) async throws {
        try await database.write { db in
            _ = try Webhook.filter(key: id.lowercasedText).updateAll(
                db, Webhook.Columns.previousSecret.set(to: Webhook.Columns.secret),
                Webhook.Columns.previousSecretExpiresAt.set(to: previousValidUntil), Webhook.Columns.secret.set(to: secret))
        }
    }

    public func setWebhookEnabled(_ id: UUID, _ enabled: Bool, reason: String?) async throws {
        try await database.write { db in
            _ = try Webhook.filter(key: id.lowercasedText).updateAll(
                db, Webhook.Columns.enabled.set(to: enabled), Webhook.Columns.disabledReason.set(to: enabled ? nil : reason))
        }
    }

    public func deliveries(webhookId: UUID, status: DeliveryStatus?, page: PageRequest) async throws -> Page<Delivery> {
        try await database.read { db in
            var request = Delivery.filter(Delivery.Columns.webhookId == webhookId.lowercasedText)
            if let status { request = request.filter(Delivery.Columns.status == status.rawValue) }
            let deliveries = try request.fetchNewestFirstPage(db, page)
            return Page(items: try Delivery.withAttempts(db, deliveries.items), next: deliveries.next)
        }
    }

    public func redeliver(webhookId: UUID, id: String, now: Date) async throws -> Delivery? {
        try await database.write { db in
            typealias Columns = Delivery.Columns
            let delivery = Delivery.filter(key: id).filter(Columns.webhookId == webhookId.lowercasedText)
            // The same `webhook-id`, due now; its schedule starts over.
            guard
                try delivery.updateAll(
                    db, Columns.status.set(to: DeliveryStatus.pending.rawValue), Columns.attemptCount.set(to: 0),
                    Columns.nextAttemptAt.set(to: now)) > 0,
                let redelivered = try delivery.fetchOne(db)
            else { return nil }
            return try Delivery.withAttempts(db, [redelivered]).first
        }
    }

    /// Counts of deliveries by status (tests).
    func deliveryCounts() async throws -> [DeliveryStatus: Int] {
        try await database.read { db in
            var counts: [DeliveryStatus: Int] = [:]
            let request = Delivery.select(Delivery.Columns.status, count(Delivery.Columns.id)).group(Delivery.Columns.status)
            for row in try Row.fetchAll(db, request) { counts[try row.raw(DeliveryStatus.self, "status")] = try row.decode(atIndex: 1) }
            return counts
        }
    }

    // MARK: - Outbox (relay)

    public func dueDeliveries(now: Date, limit: Int, excluding: Set<String>) async throws -> [DueDelivery] {
        try await database.read { db in
            try DueDelivery.fetchAll(db, Delivery.all().due(now: now, excluding: excluding).limit(limit))
        }
    }

    public func recordAttempts(_ results: [AttemptResult]) async throws -> [String] {
        guard !results.isEmpty else { return [] }
        return try await database.write { db in
            var notRecorded: [String] = []
            for result in results {
                // A savepoint per attempt: a row that fails rolls back alone.
                do {
                    var recorded = false
                    try db.inSavepoint {
                        recorded = try result.record(db)
                        return .commit
                    }
                    if !recorded { notRecorded.append(result.deliveryId) }
                } catch {
                    notRecorded.append(result.deliveryId)
                }
            }
            return notRecorded
        }
    }
}

extension RecordCache<Citizen> {
    /// Follows a committed change: keeps a created or changed citizen, forgets a deleted one.
    /// A bulk load only adds citizens that were not stored, so nothing cached changes.
    func follow(_ change: IndexChange) {
        switch change {
        case .citizen(let stored): committed(stored, id: stored.value.id)
        case .removeCitizen(let id): forget(id)
        case .vacancy, .all: break
        }
    }
}

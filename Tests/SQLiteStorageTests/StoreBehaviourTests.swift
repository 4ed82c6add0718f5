import Foundation
import MatchCore
import Synchronization
import Testing

@testable import Profiles
@testable import SQLiteStorage

/// The behaviour every `MatchStore` implementation must have, written once and run against
/// each implementation (`StoreKind`); a second store (PostgreSQL) joins by adding a case.
@Suite struct StoreBehaviourTests {
    /// The implementations under test.
    enum StoreKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case sqliteInMemory
        case sqliteFile

        var testDescription: String { rawValue }

        /// A fresh, empty store; `committed` counts the commits that reached the outbox.
        func make(committed: @escaping @Sendable () -> Void = {}) async throws -> StoreFixture {
            let taxonomy = try StoreFixture.taxonomy()
            switch self {
            case .sqliteInMemory:
                return StoreFixture(
                    store: try await SQLiteStore.open(AppDatabase.inMemory(), taxonomy: taxonomy, committed: committed),
                    folder: nil)
            case .sqliteFile:
                let folder = FileManager.default.temporaryDirectory.appendingPathComponent("matchd-store-\(UUID().uuidString)")
                let database = try AppDatabase.open(path: folder.appendingPathComponent("store.sqlite").path)
                return StoreFixture(
                    store: try await SQLiteStore.open(database, taxonomy: taxonomy, committed: committed),
                    folder: folder)
            }
        }
    }

    @Test(arguments: StoreKind.allCases)
    func citizensAreCreatedReadUpdatedByVersionAndDeleted(_ kind: StoreKind) async throws {
        let fixture = try await kind.make()
        defer { fixture.remove() }
        let store = fixture.store
        let citizen = StoreFixture.citizen()
        let created = try await store.create(citizen)
        #expect(created.version == 1 && created.value == citizen)
        let read = try #require(try await store.citizen(citizen.id))
        #expect(read.value == citizen && read.version == 1)
        #expect(abs(read.createdAt.timeIntervalSince(created.createdAt)) < 0.001, "times are kept to the millisecond")

        var changed = citizen
        changed.name = "Ny Navn"
        let updated = try await store.update(changed, ifVersion: 1)
        #expect(updated.version == 2 && abs(updated.createdAt.timeIntervalSince(created.createdAt)) < 0.001)
        #expect(try await store.citizen(citizen.id)?.value.name == "Ny Navn")
        await #expect(throws: StoreError.versionMismatch(current: 2)) { try await store.update(citizen, ifVersion: 1) }
        #expect(try await store.citizen(citizen.id)?.value.name == "Ny Navn", "a refused update changed the record")
        #expect(try await store.update(citizen, ifVersion: nil).version == 3)

        await #expect(throws: StoreError.conflict(field: "id", message: "a record with this id exists")) {
            try await store.create(citizen)
        }
        try await store.deleteCitizen(citizen.id)
        #expect(try await store.citizen(citizen.id) == nil)
        await #expect(throws: StoreError.notFound) { try await store.deleteCitizen(citizen.id) }
        await #expect(throws: StoreError.notFound) { try await store.update(citizen, ifVersion: nil) }
    }

    @Test(arguments: StoreKind.allCases)
    func listsFilterAndPageInIdOrderWithoutGapsOrRepeats(_ kind: StoreKind) async throws {
        let fixture = try await kind.make()
        defer { fixture.remove() }
        let store = fixture.store
        let horsens = MunicipalityCode(rawValue: 615)!
        let aarhus = MunicipalityCode(rawValue: 751)!
        var ids: [UUID] = []
        for i in 0..<23 {
            var citizen = StoreFixture.citizen()
            citizen.municipalityCode = i % 3 == 0 ? aarhus : horsens
            citizen.visibleToCompanies = i % 2 == 0
            _ = try await store.create(citizen)
            ids.append(citizen.id)
        }
        var seen: [UUID] = []
        var page = PageRequest(limit: 5)
        while true {
            let found = try await store.citizens(CitizenFilter(municipality: horsens), page: page)
            seen += found.items.map(\.value.id)
            #expect(found.items.allSatisfy { $0.value.municipalityCode == horsens })
            guard let next = found.next else { break }
            page.after = next
        }
        let expected = ids.enumerated().filter { $0.offset % 3 != 0 }.map(\.element)
        #expect(seen == expected.sorted { $0.uuidString.lowercased() < $1.uuidString.lowercased() })
        let visible = try await store.citizens(CitizenFilter(municipality: aarhus, visibleToCompanies: true), page: PageRequest(limit: 100))
        #expect(visible.items.count == ids.indices.filter { $0 % 3 == 0 && $0 % 2 == 0 }.count && visible.next == nil)
        let one = try await store.citizens(CitizenFilter(id: ids[4]), page: PageRequest(limit: 100))
        #expect(one.items.map(\.value.id) == [ids[4]])
        #expect(try await store.citizens(ids: [ids[0], ids[1], UUID()]).count == 2)
    }

    @Test(arguments: StoreKind.allCases)
    func companiesRefuseADuplicateCVR(_ kind: StoreKind) async throws {
        let fixture = try await kind.make()
        defer { fixture.remove() }
        let company = StoreFixture.company()
        _ = try await fixture.store.create(company)
        var other = StoreFixture.company()
        other.cvr = company.cvr
        await #expect(throws: StoreError.conflict(field: "cvr", message: "a company with this CVR number exists")) {
            try await fixture.store.create(other)
        }
        #expect(try await fixture.store.companies(CompanyFilter(), page: PageRequest(limit: 10)).items.count == 1)
    }

    @Test(arguments: StoreKind.allCases)
    func openingsAndSlotsAreOneRecordToldApartBySource(_ kind: StoreKind) async throws {
        let fixture = try await kind.make()
        defer { fixture.remove() }
        let store = fixture.store
        await #expect(throws: StoreError.notFound) { try await store.create(StoreFixture.opening(companyId: UUID())) }
        let company = try await store.create(StoreFixture.company()).value
        let opening = try await store.create(StoreFixture.opening(companyId: company.id)).value
        let slot = try await store.create(StoreFixture.slot(companyId: company.id)).value
        #expect(try await store.vacancy(slot.id)?.value.places == Places(capacity: 3, occupiedOutside: 1))
        #expect(try await store.vacancy(opening.id)?.value.places == nil)
        let slots = try await store.vacancies(VacancyFilter(source: .slot), page: PageRequest(limit: 10))
        #expect(slots.items.map(\.value.id) == [slot.id])
        var closed = opening
        closed.status = .closed
        _ = try await store.update(closed, ifVersion: 1)
        let open = try await store.vacancies(VacancyFilter(companyId: company.id, status: .open), page: PageRequest(limit: 10))
        #expect(open.items.map(\.value.id) == [slot.id])
    }

    @Test(arguments: StoreKind.allCases)
    func theIndexFollowsEveryCommittedWriteBeforeItReturns(_ kind: StoreKind) async throws {
        let commits = Mutex(0)
        let fixture = try await kind.make(committed: { commits.withLock { $0 += 1 } })
        defer { fixture.remove() }
        let store = fixture.store
        let citizen = StoreFixture.citizen()
        _ = try await store.create(citizen)
        #expect(store.index.read { $0.citizen(EntityID(citizen.id)) } != nil)
        var moved = citizen
        moved.hours = CitizenHours(current: 20, target: 30)
        _ = try await store.update(moved, ifVersion: nil)
        #expect(store.index.read { $0.citizen(EntityID(citizen.id))?.hours } == CitizenHours(current: 20, target: 30))
        let company = try await store.create(StoreFixture.company()).value
        var opening = try await store.create(StoreFixture.opening(companyId: company.id)).value
        #expect(store.index.read { $0.vacancy(EntityID(opening.id))?.isOpen } == true)
        opening.status = .closed
        _ = try await store.update(opening, ifVersion: nil)
        #expect(store.index.read { $0.vacancy(EntityID(opening.id))?.isOpen } == false)
        try await store.deleteCitizen(citizen.id)
        #expect(store.index.read { $0.citizen(EntityID(citizen.id)) } == nil)
        #expect(commits.withLock { $0 } == 6)
        await #expect(throws: StoreError.self) { try await store.update(moved, ifVersion: 1) }
        #expect(commits.withLock { $0 } == 6, "a refused write reached the outbox")
    }

    @Test(arguments: StoreKind.allCases)
    func concurrentWritesLeaveTheIndexAtTheLastCommittedVersion(_ kind: StoreKind) async throws {
        let fixture = try await kind.make()
        defer { fixture.remove() }
        let store = fixture.store
        let citizen = StoreFixture.citizen()
        _ = try await store.create(citizen)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for hours in 1...40 {
                group.addTask {
                    var changed = citizen
                    changed.hours = CitizenHours(current: Double(hours), target: 40)
                    _ = try await store.update(changed, ifVersion: nil)
                }
            }
            try await group.waitForAll()
        }
        let stored = try #require(try await store.citizen(citizen.id))
        #expect(stored.version == 41)
        #expect(store.index.read { $0.citizen(EntityID(citizen.id))?.hours } == stored.value.hours)
    }

    @Test(arguments: StoreKind.allCases)
    func aBulkLoadIsAllOrNothing(_ kind: StoreKind) async throws {
        let fixture = try await kind.make()
        defer { fixture.remove() }
        let store = fixture.store
        let company = StoreFixture.company()
        let records = RecordSet(
            citizens: [StoreFixture.citizen(), StoreFixture.citizen()], companies: [company],
            vacancies: [StoreFixture.opening(companyId: company.id), StoreFixture.slot(companyId: company.id)])
        try await store.load(records)
        #expect(store.index.read { ($0.citizenCount, $0.vacancyCount) } == (2, 2))
        let clash = RecordSet(citizens: [StoreFixture.citizen()], companies: [company], vacancies: [])
        await #expect(throws: StoreError.self) { try await store.load(clash) }
        #expect(try await store.citizens(CitizenFilter(), page: PageRequest(limit: 10)).items.count == 2)
        #expect(store.index.read { $0.citizenCount } == 2)
    }

    @Test(arguments: StoreKind.allCases)
    func tokensStandForTheirPrincipalUntilRevoked(_ kind: StoreKind) async throws {
        let fixture = try await kind.make()
        defer { fixture.remove() }
        let store = fixture.store
        let consultant = Principal(role: .consultant, municipalityCode: MunicipalityCode(rawValue: 615))
        let issued = try await store.createToken(for: consultant, label: "VK Horsens")
        #expect(issued.token.hasPrefix("mt_"))
        #expect(
            try await store.bearer(token: issued.token)
                == Bearer(credentialId: issued.id, accountId: issued.accountId, principal: consultant))
        #expect(try await store.bearer(token: issued.token + "x")?.principal == nil)
        #expect(try await store.revokeToken(issued.token))
        #expect(try await store.bearer(token: issued.token)?.principal == nil)
        #expect(try await !store.revokeToken(issued.id.uuidString))
        await #expect(throws: StoreError.self) {
            try await store.createToken(for: Principal(role: .citizen, citizenId: UUID()), label: nil)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func deliveriesAreQueuedInTheWriteAndAttemptsRecordedOneByOne(_ kind: StoreKind) async throws {
        let fixture = try await kind.make()
        defer { fixture.remove() }
        let store = fixture.store
        let owner = Principal(role: .admin)
        let keep = StoreFixture.webhook(owner: owner)
        let drop = StoreFixture.webhook(owner: owner)
        try await store.create(keep)
        try await store.create(drop)
        #expect(try await store.webhooks(ownedBy: nil, page: PageRequest(limit: 10)).items.count == 2)
        #expect(try await store.webhooks(ownedBy: Principal(role: .citizen, citizenId: UUID()), page: PageRequest(limit: 10)).items.isEmpty)

        let company = try await store.create(StoreFixture.company()).value
        _ = try await store.create(StoreFixture.opening(companyId: company.id))
        let due = try await store.dueDeliveries(now: Date().addingTimeInterval(1), limit: 10, excluding: [])
        #expect(due.count == 2 && due.allSatisfy { $0.delivery.eventType == .openingCreated })
        #expect(
            try await store.dueDeliveries(
                now: Date().addingTimeInterval(1), limit: 10,
                excluding: [due[0].delivery.id]
            ).map(\.delivery.id) == [due[1].delivery.id])

        // One subscription is deleted while its delivery is in flight: its result is dropped,
        // the other's is recorded.
        try await store.deleteWebhook(drop.id)
        let attempt = DeliveryAttempt(attemptedAt: Date(), httpStatus: 204, durationMs: 3, error: nil)
        let results = due.map { AttemptResult(deliveryId: $0.delivery.id, attempt: attempt, outcome: .delivered) }
        let dropped = try await store.recordAttempts(results)
        #expect(dropped == due.filter { $0.webhook.id == drop.id }.map(\.delivery.id))
        let log = try await store.deliveries(webhookId: keep.id, status: nil, page: PageRequest(limit: 10))
        #expect(log.items.map(\.status) == [.delivered] && log.items.first?.attempts.map(\.httpStatus) == [204])
        #expect(try await store.deliveryCounts() == [.delivered: 1])

        let again = try #require(try await store.redeliver(webhookId: keep.id, id: log.items[0].id, now: Date()))
        #expect(again.status == .pending && again.attemptCount == 0 && again.attempts.count == 1)
        await #expect(throws: StoreError.invalidCursor) {
            try await store.deliveries(webhookId: keep.id, status: nil, page: PageRequest(limit: 10, after: "x"))
        }
    }
}

/// A store under test and what to clean up after it.
struct StoreFixture: Sendable {
    let store: SQLiteStore
    let folder: URL?

    func remove() {
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    private static let loaded = Result { try DataDirectory.taxonomy(in: DataDirectory.locate()) }

    /// The shipped taxonomy, loaded once per test process.
    static func taxonomy() throws -> Taxonomy { try loaded.get() }

    static func citizen() -> Citizen {
        Citizen(
            id: UUID(), municipalityCode: MunicipalityCode(rawValue: 615)!, name: "Test Borger", email: "t@example.dk",
            phone: nil, status: .flexJobApproved, hours: CitizenHours(current: 10, target: 15),
            competencies: [HeldCompetencyCode(code: "cleaning.daily-cleaning", level: 2)], jobGoals: [],
            needs: [NeedCode(code: "fixed-routines", required: true, shared: false)], acceptedKinds: [.flexJob, .workTrial],
            location: GeoPoint(lat: 55.86, lon: 9.85), maxCommuteKm: 25, visibleToCompanies: true)
    }

    /// A company with a random CVR number (stores do not validate; the handlers do).
    static func company() -> Company {
        Company(
            id: UUID(), cvr: String(Int.random(in: 10_000_000...99_999_999)), name: "Test ApS", industry: "521000",
            municipalityCode: MunicipalityCode(rawValue: 615)!, location: GeoPoint(lat: 55.86, lon: 9.85),
            contactEmail: "hr@example.dk")
    }

    static func opening(companyId: UUID) -> Vacancy {
        Vacancy(
            id: UUID(), companyId: companyId, source: .opening, title: "Rengøring", description: "", occupationCode: nil,
            kind: .flexJob, status: .open, hours: HoursBand(min: 8, max: 15),
            competencies: [RequirementCode(code: "cleaning.daily-cleaning", level: 1, essential: true)], offers: [],
            demands: [], location: GeoPoint(lat: 55.86, lon: 9.85), remote: false)
    }

    static func slot(companyId: UUID) -> Vacancy {
        Vacancy(
            id: UUID(), companyId: companyId, source: .slot, title: "Virksomhedscenter", description: "", occupationCode: nil,
            kind: .workTrial, status: .open, places: Places(capacity: 3, occupiedOutside: 1), hours: HoursBand(min: 2, max: 15),
            competencies: [], offers: ["mentor"], demands: [], location: GeoPoint(lat: 55.86, lon: 9.85), remote: false)
    }

    static func webhook(owner: Principal) -> Webhook {
        Webhook(
            id: UUID(), owner: owner, url: "https://example.com/hook", events: [.openingCreated], minScore: 70,
            description: nil, secret: "whsec_test", createdAt: Date())
    }
}

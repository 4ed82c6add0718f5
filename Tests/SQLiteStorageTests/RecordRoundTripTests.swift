import Foundation
import GRDB
import Testing

@testable import MatchCore
@testable import Profiles
@testable import SQLiteStorage

/// Every table's record type writes a row it reads back equal: insert, fetch, compare. Optional
/// fields are tried both set and nil.
@Suite struct RecordRoundTripTests {
    static let now = Date(timeIntervalSince1970: 1_740_992_400)
    static let citizen = StoreFixture.citizen()
    static let company = StoreFixture.company()
    static let opening = StoreFixture.opening(companyId: company.id)
    static let actor = Actor(role: .consultant, scope: "615", tokenId: UUID())

    /// An empty database holding `citizen`, `company` and `opening`, which the records refer to.
    static func database() async throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        try await database.write { db in
            try Stored(created: company, at: now).insert(db)
            try Stored(created: citizen, at: now).insert(db)
            try Stored(created: opening, at: now).insert(db)
        }
        return database
    }

    /// Inserts `records` into their empty table and expects to read them back, in order.
    static func expectRoundTrip<R: FetchableRecord & PersistableRecord & Equatable & Sendable>(
        _ records: [R], _ database: AppDatabase, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let read = try await database.write { db in
            for record in records { try record.insert(db) }
            return try R.fetchAll(db)
        }
        #expect(read == records, sourceLocation: sourceLocation)
    }
}

extension RecordRoundTripTests {
    @Test func hoursHistoryRoundTripsInsertedOrAppended() async throws {
        let database = try await Self.database()
        let entries = [
            CitizenHoursEntry(citizenId: Self.citizen.id, at: Self.now, hours: CitizenHours(current: 12.5, target: 20)),
            CitizenHoursEntry(
                citizenId: Self.citizen.id, at: Self.now.addingTimeInterval(0.25), hours: CitizenHours(current: 0, target: 0)),
        ]
        try await Self.expectRoundTrip(entries, database)
        let appended = try await database.write { db in
            try CitizenHoursEntry.deleteAll(db)
            for entry in entries { try entry.append(db) }
            return try CitizenHoursEntry.fetchAll(db)
        }
        #expect(appended == entries)
    }
}

extension RecordRoundTripTests {
    static func interest(state: InterestState = .pending) -> Interest {
        let explanation = MatchExplanation(
            citizenId: EntityID(citizen.id), vacancyId: EntityID(opening.id), source: .opening, score: 71.5,
            components: [ComponentScore(name: .hours, weight: 1, value: 0.715, contribution: 71.5)], passed: [.vacancyOpen],
            toConfirm: ["fixed-routines"], gaps: MatchGaps(missingEssentialCompetencies: [], competenciesBelowLevel: [], hoursShort: 2),
            growInto: true, distanceKm: 2.25)
        var interest = Interest(
            id: UUID(), citizenId: citizen.id, vacancyId: opening.id, source: .opening, companyId: company.id, initiator: .consultant,
            createdBy: actor, message: "Hej æøå", snapshot: MatchSnapshot(explanation), state: state, citizenAnswer: .pending,
            companyAnswer: .pending, sharedNeeds: [], createdAt: now)
        if state == .declined {
            interest.citizenAnswer = .accepted
            interest.companyAnswer = .declined
            interest.citizenAnsweredAt = now.addingTimeInterval(60)
            interest.companyAnsweredAt = now.addingTimeInterval(120)
            interest.sharedNeeds = ["fixed-routines"]
            interest.declineReason = .tooFar
            interest.declineText = "for langt"
            interest.remindedAt = now.addingTimeInterval(30)
            interest.closedAt = now.addingTimeInterval(120)
        }
        return interest
    }

    @Test func interestsTheirHistoryConsentsAndAccessLogRoundTrip() async throws {
        let database = try await Self.database()
        let pending = Self.interest()
        let declined = Self.interest(state: .declined)
        try await Self.expectRoundTrip([pending, declined], database)
        try await Self.expectRoundTrip(
            [
                InterestEventRecord(interestId: declined.id, event: InterestEvent(at: Self.now, change: .created, actor: Self.actor)),
                InterestEventRecord(interestId: declined.id, event: InterestEvent(at: Self.now, change: .reminded, side: .company)),
                InterestEventRecord(
                    interestId: declined.id,
                    event: InterestEvent(
                        at: Self.now, change: .declined, side: .company, actor: Actor(role: .company, scope: nil, tokenId: nil),
                        reason: .tooFar)),
            ], database)
        try await Self.expectRoundTrip(
            [
                Consent(
                    id: UUID(), citizenId: Self.citizen.id, companyId: Self.company.id, interestId: pending.id, sharedNeeds: [],
                    givenAt: Self.now),
                Consent(
                    id: UUID(), citizenId: Self.citizen.id, companyId: Self.company.id, interestId: declined.id,
                    sharedNeeds: ["fixed-routines"], givenAt: Self.now, revokedAt: Self.now.addingTimeInterval(1)),
            ], database)
        try await Self.expectRoundTrip(
            [
                AccessLogEntry(
                    at: Self.now, actor: Self.actor, citizenId: Self.citizen.id, kinds: [.identity, .needs],
                    route: "GET /v1/citizens/{id}", requestId: "r1"),
                AccessLogEntry(
                    at: Self.now, actor: Actor(role: .company, scope: nil, tokenId: nil), citizenId: Self.citizen.id,
                    kinds: [], route: "GET /v1/x", requestId: "r2"),
            ], database)
        let appended = try await database.write { db in
            let entries = try AccessLogEntry.fetchAll(db)
            try AccessLogEntry.deleteAll(db)
            for entry in entries { try entry.append(db) }
            return (entries, try AccessLogEntry.fetchAll(db))
        }
        #expect(appended.1 == appended.0)
    }
}

extension RecordRoundTripTests {
    @Test func placementsTheirProgressionAndUpgradesRoundTrip() async throws {
        let database = try await Self.database()
        let active = Placement(
            id: UUID(), citizenId: Self.citizen.id, vacancyId: Self.opening.id, source: .opening, companyId: Self.company.id,
            kind: .flexJob, startDate: Self.now, plannedEnd: nil, agreedHours: 10, mentorName: nil, interestId: nil,
            createdBy: Actor(role: .admin, scope: nil, tokenId: nil), createdAt: Self.now)
        var ended = Placement(
            id: UUID(), citizenId: Self.citizen.id, vacancyId: Self.opening.id, source: .opening, companyId: Self.company.id,
            kind: .workTrial, startDate: Self.now, plannedEnd: Self.now.addingTimeInterval(86_400 * 30), agreedHours: 6,
            mentorName: "Mette", interestId: nil, createdBy: Self.actor, createdAt: Self.now)
        ended.state = .ended
        ended.endDate = Self.now.addingTimeInterval(86_400 * 20)
        ended.outcome = .hiredFlexJob
        ended.endedBy = Self.actor
        ended.endText = "ansat"
        ended.version = 3
        try await Self.expectRoundTrip([active, ended], database)
        try await Self.expectRoundTrip(
            [
                ProgressEntryRecord(
                    placementId: ended.id,
                    entry: ProgressEntry(
                        date: Self.now, weeklyHours: 12, paidHours: 2, note: "godt",
                        recordedBy: Self.actor)),
                ProgressEntryRecord(
                    placementId: ended.id,
                    entry: ProgressEntry(
                        date: Self.now, weeklyHours: 14, paidHours: 0, note: "",
                        recordedBy: nil)),
            ], database)
        let upgrade = MatchUpgrade(citizenId: Self.citizen.id, vacancyId: Self.opening.id, at: Self.now)
        try await Self.expectRoundTrip([upgrade], database)
        let marked = try await database.write { db in
            try MatchUpgrade.deleteAll(db)
            return (try upgrade.insertIfNew(db), try upgrade.insertIfNew(db), try MatchUpgrade.fetchAll(db))
        }
        #expect(marked.0 && !marked.1 && marked.2 == [upgrade])
    }
}

extension RecordRoundTripTests {
    @Test func webhooksDeliveriesAttemptsAndNotificationsRoundTrip() async throws {
        let database = try await Self.database()
        let plain = Webhook(
            id: UUID(), owner: Principal(role: .admin), url: "https://example.com/a", events: [.matchCreated],
            minScore: 70, description: nil, secret: "whsec_a", createdAt: Self.now)
        let owned = Webhook(
            id: UUID(), owner: Principal(role: .company, companyId: Self.company.id), url: "https://example.com/b",
            events: [.interestCreated, .placementStarted], minScore: 12.5, description: "hook", secret: "whsec_b",
            previousSecret: "whsec_old", previousSecretExpiresAt: Self.now, enabled: false,
            disabledReason: "the receiver answered 410 Gone", createdAt: Self.now)
        let consultant = Webhook(
            id: UUID(), owner: Principal(role: .consultant, municipalityCode: MunicipalityCode(rawValue: 615)),
            url: "https://example.com/c", events: WebhookEventType.interestEvents, minScore: 0,
            description: nil, secret: "whsec_c", createdAt: Self.now)
        try await Self.expectRoundTrip([plain, owned, consultant], database)
        let pending = Delivery(
            id: "msg_1", webhookId: plain.id, eventType: .matchCreated, payload: #"{"type":"match.created"}"#,
            status: .pending, attemptCount: 0, nextAttemptAt: Self.now, createdAt: Self.now, attempts: [])
        let failed = Delivery(
            id: "msg_2", webhookId: owned.id, eventType: .interestCreated, payload: "{}", status: .failed,
            attemptCount: 7, createdAt: Self.now, attempts: [])
        try await Self.expectRoundTrip([pending, failed], database)
        try await Self.expectRoundTrip(
            [
                DeliveryAttemptRecord(
                    deliveryId: failed.id,
                    attempt: DeliveryAttempt(
                        attemptedAt: Self.now, httpStatus: 500, durationMs: 12,
                        error: nil)),
                DeliveryAttemptRecord(
                    deliveryId: failed.id,
                    attempt: DeliveryAttempt(
                        attemptedAt: Self.now, httpStatus: nil, durationMs: 0,
                        error: "timeout")),
            ], database)
        let queued = try #require(
            try await database.write { db in
                try Delivery.enqueue(db, webhookId: plain.id, eventType: .matchCreated, payload: pending.payload, now: Self.now)
                return try Delivery.filter(Delivery.Columns.id != pending.id && Delivery.Columns.id != failed.id).fetchOne(db)
            })
        #expect(
            queued
                == Delivery(
                    id: queued.id, webhookId: plain.id, eventType: .matchCreated, payload: pending.payload,
                    status: .pending, attemptCount: 0, nextAttemptAt: Self.now, createdAt: Self.now, attempts: []))
        #expect(queued.id.hasPrefix("msg_"))
        let notification = MatchNotification(webhookId: plain.id, citizenId: Self.citizen.id, vacancyId: Self.opening.id)
        try await Self.expectRoundTrip([notification], database)
        let marked = try await database.write { db in
            try MatchNotification.deleteAll(db)
            return (try notification.insertIfNew(db), try notification.insertIfNew(db), try MatchNotification.fetchAll(db))
        }
        #expect(marked.0 && !marked.1 && marked.2 == [notification])
    }
}

extension RecordRoundTripTests {
    @Test func tokensRoundTripAndReadAsTheirAccountsBearer() async throws {
        let database = try await Self.database()
        let accounts = [
            Account(
                id: UUID(), principal: Principal(role: .consultant, municipalityCode: MunicipalityCode(rawValue: 615)),
                email: "vk@horsens.dk", name: "VK Horsens"),
            Account(
                id: UUID(), principal: Principal(role: .citizen, citizenId: Self.citizen.id), email: nil, name: "Borger", language: .en),
            Account(
                id: UUID(), principal: Principal(role: .company, companyId: Self.company.id), email: nil, name: "Kontakt",
                lastSignInAt: Self.now, disabledAt: nil),
        ]
        try await database.write { db in for account in accounts { try Stored(created: account, at: Self.now).insert(db) } }
        let stored = try await database.read { db in try accounts.map { try Stored<Account>.fetchOne(db, id: $0.id)?.value } }
        #expect(stored == accounts)
        let consultant = APIToken(
            id: UUID(), tokenHash: String(repeating: "a", count: 64), accountId: accounts[0].id, label: "VK Horsens", createdAt: Self.now)
        let citizen = APIToken(
            id: UUID(), tokenHash: String(repeating: "b", count: 64), accountId: accounts[1].id, label: nil, createdAt: Self.now,
            revokedAt: Self.now.addingTimeInterval(1))
        let company = APIToken(
            id: UUID(), tokenHash: String(repeating: "c", count: 64), accountId: accounts[2].id, label: nil, createdAt: Self.now)
        try await Self.expectRoundTrip([consultant, citizen, company], database)
        let bearers = try await database.read { db in
            try ["a", "b", "c"].map { try Bearer.fetchOne(db, tokenHash: String(repeating: $0, count: 64)) }
        }
        #expect(
            bearers == [
                Bearer(credentialId: consultant.id, accountId: accounts[0].id, principal: accounts[0].principal), nil,
                Bearer(credentialId: company.id, accountId: accounts[2].id, principal: accounts[2].principal),
            ])
    }
}

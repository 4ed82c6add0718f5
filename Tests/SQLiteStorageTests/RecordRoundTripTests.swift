import Foundation
import GRDB
@testable import MatchCore
@testable import Profiles
import Testing
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
        let entries = [CitizenHoursEntry(citizenId: Self.citizen.id, at: Self.now, hours: CitizenHours(current: 12.5, target: 20)),
                       CitizenHoursEntry(citizenId: Self.citizen.id, at: Self.now.addingTimeInterval(0.25), hours: CitizenHours(current: 0, target: 0))]
        try await Self.expectRoundTrip(entries, database)
        let appended = try await database.write { db in
            try CitizenHoursEntry.deleteAll(db)
            for entry in entries { try entry.append(db) }
            return try CitizenHoursEntry.fetchAll(db)
        }
        #expect(appended == entries)
    }
}

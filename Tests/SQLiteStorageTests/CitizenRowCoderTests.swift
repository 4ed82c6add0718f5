import Foundation
import GRDB
import MatchCore
import Testing

@testable import Profiles
@testable import SQLiteStorage

/// Start-up codes citizens straight from the SQLite statement (`CitizenRowCoder`), falling back
/// to `Citizen(indexRow:)` for rows it does not read: either way the features must be those
/// `FeatureEncoder` makes of the whole record.
@Suite struct CitizenRowCoderTests {
    /// Per citizen, in table order: its features as start-up reads them
    /// (`Citizen.forEachIndexFeatures`), whether the coder read its row itself, and the
    /// features of its whole record (`Citizen(row:)`); a row that cannot be read gives nil.
    static func featuresBothWays(_ database: AppDatabase) async throws -> [(
        read: CitizenFeatures?, direct: Bool, expected: CitizenFeatures?
    )] {
        let coder = CitizenRowCoder(encoder: FeatureEncoder(taxonomy: try StoreFixture.taxonomy()))
        return try await database.read { db in
            try Row.fetchAll(db, sql: "SELECT rowid, * FROM citizen ORDER BY rowid").map { record in
                let rowid: Int64 = record[0]
                var read: [CitizenFeatures] = []
                try? Citizen.forEachIndexFeatures(db, rows: rowid...rowid, coder: coder) { read.append($0) }
                #expect(read.count <= 1)
                let statement = try db.makeStatement(sql: "SELECT \(Citizen.indexColumns) FROM citizen WHERE rowid = ?")
                let rows = try Row.fetchCursor(statement, arguments: [rowid])
                let direct = try rows.next() != nil && coder.features(statement.sqliteStatement) != nil
                return (read.first, direct, try? coder.encoder.features(Citizen(row: record)))
            }
        }
    }

    @Test func theDemoCitizensAreCodedFromTheirRowsAsFromTheirRecords() async throws {
        let database = try AppDatabase.inMemory()
        _ = try await database.importRecords(
            from: RecordImportTests.demoFolder, validator: RecordValidator(taxonomy: StoreFixture.taxonomy()))
        let both = try await Self.featuresBothWays(database)
        #expect(both.count == 400)
        #expect(both.allSatisfy { $0.direct && $0.read != nil && $0.read == $0.expected })
    }

    @Test func unusualRowsAreCodedAsTheirRecordsAre() async throws {
        let database = try AppDatabase.inMemory()
        // (the change to the stored row, whether the coder reads it itself)
        let cases: [(set: String, direct: Bool)] = [
            ("competencies = '[]', jobGoals = '[]', needs = '[]'", true),
            (#"competencies = '[{"code":"no.such-code","level":2},{"code":"cleaning.daily-cleaning","level":3}]'"#, true),
            (#"competencies = '[{"code":"cleaning.daily-cleaning","level":1},{"code":"cleaning.daily-cleaning","level":3}]'"#, true),
            (#"competencies = ' [ { "level" : 2 , "code" : "cleaning.daily-cleaning" } ] '"#, true),
            (
                #"jobGoals = '["shop-assistant","no-such-goal","shop-assistant"]', needs = '[{"shared":true,"code":"no-such-need","required":false}]'"#,
                true
            ),
            (#"acceptedKinds = '["wageSubsidy","flexJob","wageSubsidy"]', visibleToCompanies = 0"#, true),
            ("id = upper(id), hoursCurrent = 0, hoursTarget = 48, maxCommuteKm = 0", true),
            (#"competencies = '[{"code":"cleaning.daily-\u0063leaning","level":2}]'"#, false),
            (#"jobGoals = '["shop-assistant","kørekort"]'"#, false),
            (#"competencies = '[{"code":"cleaning.daily-cleaning","level":2.0}]'"#, false),
            (#"needs = '[{"code":"fixed-routines","required":true,"shared":false,"shared":true}]'"#, false),
            (#"jobGoals = '[null]'"#, false),
            (#"acceptedKinds = '["flexJob","noSuchKind"]'"#, false),
            ("status = 'unknown'", false),
        ]
        try await database.writer.write { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            for (set, _) in cases {
                let citizen = try Stored(created: StoreFixture.citizen(), at: Date()).inserted(db).value
                try db.execute(sql: "UPDATE citizen SET \(set) WHERE id = ?", arguments: [citizen.id.lowercasedText])
            }
        }
        let both = try await Self.featuresBothWays(database)
        #expect(both.count == cases.count)
        for (index, features) in both.enumerated() {
            #expect(features.direct == cases[index].direct, "\(cases[index].set)")
            #expect(features.read == features.expected, "\(cases[index].set)")
        }
        #expect(both.contains { $0.read == nil } && both.contains { $0.read != nil && !$0.direct })
    }
}

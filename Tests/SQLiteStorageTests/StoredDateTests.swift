import Foundation
import GRDB
import Testing

@testable import Profiles
@testable import SQLiteStorage

/// Dates are stored as the text GRDB writes; `storedText` writes the same bytes without a
/// `DateFormatter`.
@Suite struct StoredDateTests {
    @Test func storedTextIsWhatGRDBStores() throws {
        var generator = SystemRandomNumberGenerator()
        var dates = [
            Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: 951_782_400),  // 2000-02-29
            Date(timeIntervalSince1970: 4_107_542_399.999), Date(timeIntervalSince1970: 1_700_000_000.0005),
            Date(timeIntervalSince1970: 1_700_000_000.9999), Date(timeIntervalSince1970: -1),
            Date(timeIntervalSince1970: 253_402_300_799.999), Date(timeIntervalSince1970: 253_402_300_800), Date(),
        ]
        for _ in 0..<20_000 {
            dates.append(Date(timeIntervalSince1970: Double.random(in: 0..<4_200_000_000, using: &generator)))
        }
        for _ in 0..<2_000 {  // whole and half milliseconds, where rounding would show
            let milliseconds = Double(Int64.random(in: 0..<4_200_000_000_000, using: &generator))
            dates.append(Date(timeIntervalSince1970: milliseconds / 1000))
            dates.append(Date(timeIntervalSince1970: (milliseconds + 0.5) / 1000))
        }
        let mismatches = dates.filter { $0.storedText != String.fromDatabaseValue($0.databaseValue) }
            .prefix(5).map { "\($0.timeIntervalSince1970): \($0.storedText) (GRDB \(String.fromDatabaseValue($0.databaseValue) ?? ""))" }
        #expect(mismatches.count == 0, "\(mismatches)")
    }

    @Test func storedTextReadsBackAsTheSameMillisecond() throws {
        let date = Date(timeIntervalSince1970: 1_763_900_000.123)
        let read = try #require(Date.fromDatabaseValue(date.storedText.databaseValue))
        #expect(abs(read.timeIntervalSince(date)) < 0.001)
        #expect(date.storedText == "2025-11-23 12:13:20.123")
    }
}

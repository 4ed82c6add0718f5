import Foundation
import GRDB
import Profiles

extension Date {
    /// The text GRDB stores for this date — "yyyy-MM-dd HH:mm:ss.SSS" in UTC, the same bytes as
    /// `databaseValue` — written by arithmetic. GRDB formats dates with a `DateFormatter`, which
    /// took 2 % of a profile write's CPU (two dates a row); reading is unchanged. Dates outside the years 1970–9999 take GRDB's formatter.
    var storedText: String {
        // The milliseconds since 1970 as Foundation hands them to ICU, rounded as the formatter does.
        let milliseconds = ((timeIntervalSinceReferenceDate + Date.timeIntervalBetween1970AndReferenceDate) * 1000).rounded()
        guard milliseconds >= 0, milliseconds < 253_402_300_800_000, let milliseconds = Int64(exactly: milliseconds) else {
            return String.fromDatabaseValue(databaseValue) ?? ""
        }
        return Self.storedText(milliseconds: milliseconds)
    }

    /// "yyyy-MM-dd HH:mm:ss.SSS" of a count of milliseconds since 1970 in [0, year 10000).
    static func storedText(milliseconds: Int64) -> String {
        let days = milliseconds / 86_400_000
        let inDay = milliseconds % 86_400_000
        // Civil date from days since 1970-01-01 (proleptic Gregorian, H. Hinnant's algorithm).
        let z = days + 719_468
        let era = z / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return String(unsafeUninitializedCapacity: 23) { text in
            func put(_ value: Int64, at offset: Int, width: Int) {
                var value = value
                for position in (offset..<offset + width).reversed() {
                    text[position] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
            }
            put(year, at: 0, width: 4)
            text[4] = UInt8(ascii: "-")
            put(month, at: 5, width: 2)
            text[7] = UInt8(ascii: "-")
            put(day, at: 8, width: 2)
            text[10] = UInt8(ascii: " ")
            put(inDay / 3_600_000, at: 11, width: 2)
            text[13] = UInt8(ascii: ":")
            put(inDay / 60_000 % 60, at: 14, width: 2)
            text[16] = UInt8(ascii: ":")
            put(inDay / 1000 % 60, at: 17, width: 2)
            text[19] = UInt8(ascii: ".")
            put(inDay % 1000, at: 20, width: 3)
            return 23
        }
    }
}

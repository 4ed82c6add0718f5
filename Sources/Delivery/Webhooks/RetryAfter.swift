import Foundation

/// Parsing of the `Retry-After` response header (RFC 9110 §10.2.3).
///
/// Receivers use it on 429 and 503 responses to ask for a later retry; the
/// delivery scheduler honours it, so it is turned into a plain delay here.
public enum RetryAfter {
    /// Parses `value` as delta-seconds (`120`) or as an HTTP-date in any of the
    /// three formats recipients must accept (IMF-fixdate
    /// `Sun, 06 Nov 1994 08:49:37 GMT`, RFC 850 `Sunday, 06-Nov-94 08:49:37 GMT`,
    /// asctime `Sun Nov  6 08:49:37 1994`). A date is converted to the delay from
    /// `now`, zero if it is in the past. Returns nil for anything else.
    public static func parse(_ value: String, now: Date = Date()) -> Duration? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty, trimmed.utf8.allSatisfy({ (0x30...0x39).contains($0) }) {
            guard let seconds = Int64(trimmed) else { return nil }
            return .seconds(seconds)
        }
        guard let date = httpDate(trimmed) else { return nil }
        let delay = date.timeIntervalSince(now)
        return .seconds(max(0, Int64(delay.rounded(.up))))
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// Parses the three HTTP-date formats by their tokens: a weekday name, a
    /// month name, a `hh:mm:ss` time, then day and year as the first and second
    /// number (in that order in all three formats), and an optional `GMT`.
    static func httpDate(_ text: String) -> Date? {
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" }).map { $0.lowercased() }
        guard let weekday = tokens.first, weekdays.contains(where: { weekday.hasPrefix($0) }) else { return nil }
        var month: Int?
        var time: [Int]?
        var numbers: [(value: Int, digits: Int)] = []
        for token in tokens.dropFirst() {
            if let index = months.firstIndex(of: token) {
                guard month == nil else { return nil }
                month = index + 1
            } else if token.contains(":") {
                let parts = token.split(separator: ":", omittingEmptySubsequences: false)
                guard time == nil, parts.count == 3, parts.allSatisfy({ $0.count == 2 }) else { return nil }
                time = parts.compactMap { Int($0) }
            } else if token == "gmt" {
                continue
            } else if token.allSatisfy(\.isASCII), let number = Int(token) {
                numbers.append((number, token.count))
            } else {
                return nil
            }
        }
        guard let month, let time, time.count == 3, numbers.count == 2 else { return nil }
        let day = numbers[0].value
        var year = numbers[1].value
        if numbers[1].digits == 2 {
            year += year < 70 ? 2000 : 1900
        }
        guard (1...31).contains(day), (0...23).contains(time[0]), (0...59).contains(time[1]), (0...60).contains(time[2]) else {
            return nil
        }
        let days = daysSinceEpoch(year: year, month: month, day: day)
        let seconds = days * 86_400 + time[0] * 3600 + time[1] * 60 + time[2]
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// Days from 1970-01-01 to the given proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
    private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

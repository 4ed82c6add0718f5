import Foundation

/// The RFC 5322 `Date` header text in UTC (`Tue, 04 Mar 2025 09:00:00 +0000`), written by
/// arithmetic so it does not depend on a locale or a formatter's settings.
enum MailDate {
    private static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The header text of `date`, to the whole second.
    static func text(_ date: Date) -> String {
        let parts = utcParts(date)
        return "\(days[parts.weekday]), \(two(parts.day)) \(months[parts.month - 1]) \(parts.year) "
            + "\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second)) +0000"
    }

    /// `yyyyMMdd-HHmmss` in UTC, for file names.
    static func compact(_ date: Date) -> String {
        let parts = utcParts(date)
        return "\(parts.year)\(two(parts.month))\(two(parts.day))-\(two(parts.hour))\(two(parts.minute))\(two(parts.second))"
    }

    private static func utcParts(_ date: Date) -> (year: Int, month: Int, day: Int, weekday: Int, hour: Int, minute: Int, second: Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let c = calendar.dateComponents([.year, .month, .day, .weekday, .hour, .minute, .second], from: date)
        return (c.year ?? 1970, c.month ?? 1, c.day ?? 1, (c.weekday ?? 1) - 1, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }

    private static func two(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}

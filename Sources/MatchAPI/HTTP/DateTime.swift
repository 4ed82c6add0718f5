import Foundation
import OpenAPIRuntime

/// RFC 3339 date-times as the spec's `format: date-time` allows them: with or without
/// fractional seconds, `Z` or any numeric offset.
enum RFC3339 {
    private static let whole = Date.ISO8601FormatStyle()
    private static let fractional = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    /// The date `text` names, or nil when it is not an RFC 3339 date-time.
    static func date(_ text: String) -> Date? {
        (try? whole.parse(text)) ?? (try? fractional.parse(text))
    }
}

/// Reads request dates with `RFC3339` (the runtime's default refuses fractional seconds) and
/// writes them as before: `2026-01-31T12:00:00Z`.
struct RFC3339DateTranscoder: DateTranscoder {
    func encode(_ date: Date) throws -> String {
        date.formatted(Date.ISO8601FormatStyle())
    }

    func decode(_ text: String) throws -> Date {
        guard let date = RFC3339.date(text) else { throw InvalidDateTime() }
        return date
    }
}

/// A request's date-time value is not RFC 3339 (the value is not kept: it may be anything).
struct InvalidDateTime: Error {}

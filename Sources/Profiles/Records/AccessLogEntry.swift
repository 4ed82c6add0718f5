import Foundation

/// The kinds of protected data a read can show.
public enum ProtectedData: String, Codable, Sendable, CaseIterable, Comparable {
    /// The name.
    case identity
    /// E-mail and phone.
    case contact
    /// Accommodation needs (health data, GDPR art. 9).
    case needs

    public static func < (lhs: ProtectedData, rhs: ProtectedData) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One read that showed a company or a consultant a citizen's protected data (GDPR art. 15).
public struct AccessLogEntry: Sendable, Equatable {
    /// When.
    public var at: Date
    /// Who.
    public var actor: Actor
    /// Whose data.
    public var citizenId: UUID
    /// Which kinds.
    public var kinds: [ProtectedData]
    /// The route (method and path template).
    public var route: String
    /// The request id.
    public var requestId: String

    /// Creates an entry.
    public init(at: Date, actor: Actor, citizenId: UUID, kinds: [ProtectedData], route: String, requestId: String) {
        self.at = at
        self.actor = actor
        self.citizenId = citizenId
        self.kinds = kinds
        self.route = route
        self.requestId = requestId
    }
}

extension AccessLogEntry {
    /// Entries from before this instant are past `rules.accessLogRetention` and are purged.
    public static func retentionCutoff(now: Date, rules: InterestRules) -> Date {
        now.addingTimeInterval(-rules.accessLogRetention)
    }
}

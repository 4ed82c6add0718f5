import Foundation

/// When a placement's follow-ups fall due.
public struct PlacementRules: Sendable, Equatable {
    /// The first follow-up, after the start (default two weeks); the second is at the planned end.
    public var followUpAfterStart: TimeInterval

    /// Creates rules.
    public init(followUpAfterStart: TimeInterval = 14 * 86_400) {
        self.followUpAfterStart = followUpAfterStart
    }

    /// Two weeks after the start, and at the planned end.
    public static let standard = PlacementRules()
}

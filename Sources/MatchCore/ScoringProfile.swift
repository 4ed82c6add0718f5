/// The named components a match score is made of.
public enum ScoreComponent: String, CaseIterable, Codable, Sendable {
    /// Coverage of the vacancy's competencies, essentials weighing most.
    case competencies
    /// Fit with the citizen's own job goals.
    case jobGoals
    /// Fit of the citizen's current weekly hours with the vacancy's range.
    case hours
    /// How well the workplace meets the citizen's accommodation needs.
    case accommodations
    /// Closeness of the workplace to the citizen's home.
    case distance
}

/// The weights of the score components (summing to 1) and the engine's tunable constants,
/// kept in one place so a job centre can configure them.
public struct ScoringProfile: Hashable, Sendable, Codable {
    /// Weight of `ScoreComponent.competencies`.
    public let competencies: Double
    /// Weight of `ScoreComponent.jobGoals`.
    public let jobGoals: Double
    /// Weight of `ScoreComponent.hours`.
    public let hours: Double
    /// Weight of `ScoreComponent.accommodations`.
    public let accommodations: Double
    /// Weight of `ScoreComponent.distance`.
    public let distance: Double
    /// Distance in km at which the distance component has fallen to one half.
    public let distanceHalfKm: Double

    /// The default: competencies and the citizen's own goals carry the match.
    public static let standard = try! ScoringProfile(
        competencies: 0.35, jobGoals: 0.25, hours: 0.15, accommodations: 0.15, distance: 0.10)

    /// Creates a profile; the weights must be non-negative and sum to 1 (±1e-6).
    public init(
        competencies: Double, jobGoals: Double, hours: Double, accommodations: Double,
        distance: Double, distanceHalfKm: Double = 10
    ) throws(ScoringProfileError) {
        let weights = [competencies, jobGoals, hours, accommodations, distance]
        guard weights.allSatisfy({ $0 >= 0 && $0.isFinite }) else {
            throw ScoringProfileError("weights must be finite and non-negative")
        }
        let sum = weights.reduce(0, +)
        guard abs(sum - 1) <= 1e-6 else { throw ScoringProfileError("weights must sum to 1, they sum to \(sum)") }
        guard distanceHalfKm > 0 && distanceHalfKm.isFinite else {
            throw ScoringProfileError("distanceHalfKm must be positive")
        }
        self.competencies = competencies
        self.jobGoals = jobGoals
        self.hours = hours
        self.accommodations = accommodations
        self.distance = distance
        self.distanceHalfKm = distanceHalfKm
    }

    /// Decodes and validates like `init(competencies:…)`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            competencies: container.decode(Double.self, forKey: .competencies),
            jobGoals: container.decode(Double.self, forKey: .jobGoals),
            hours: container.decode(Double.self, forKey: .hours),
            accommodations: container.decode(Double.self, forKey: .accommodations),
            distance: container.decode(Double.self, forKey: .distance),
            distanceHalfKm: container.decodeIfPresent(Double.self, forKey: .distanceHalfKm) ?? 10)
    }

    /// The weight of one component.
    public func weight(_ component: ScoreComponent) -> Double {
        switch component {
        case .competencies: competencies
        case .jobGoals: jobGoals
        case .hours: hours
        case .accommodations: accommodations
        case .distance: distance
        }
    }
}

/// A scoring profile that is not usable, with the reason.
public struct ScoringProfileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public let message: String

    /// Creates the error.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}

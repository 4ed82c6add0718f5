/// A hard rule a pair must pass to be a match at all; the explanation lists those passed.
public enum HardRule: String, CaseIterable, Codable, Sendable {
    /// The opening or slot is open.
    case vacancyOpen
    /// The slot has a free place.
    case placeAvailable
    /// The citizen accepts the vacancy's employment kind.
    case kindAccepted
    /// A fleksjob goes to a fleksjob-approved citizen.
    case flexJobEligible
    /// The citizen's target hours reach the vacancy's minimum.
    case hoursReachable
    /// The workplace is within the citizen's maximum commute (or the work is remote).
    case withinCommute
    /// No required need of the citizen meets a conflicting demand of the work.
    case needsCompatible
}

/// One component of a score: its weight, the 0–1 fit, and the points it adds.
public struct ComponentScore: Hashable, Sendable {
    /// Which component.
    public let name: ScoreComponent
    /// Its weight in the scoring profile.
    public let weight: Double
    /// The fit, 0–1.
    public let value: Double
    /// `100 × weight × value`, rounded to hundredths; the contributions sum to the score.
    public let contribution: Double
}

/// What stands between the citizen and the vacancy, for the consultant to act on.
public struct MatchGaps: Hashable, Sendable {
    /// Essential competencies the citizen does not hold (codes).
    public let missingEssentialCompetencies: [String]
    /// Competencies held below the level asked for (codes).
    public let competenciesBelowLevel: [String]
    /// Weekly hours the citizen is short of the minimum today (grow-into matches), else nil.
    public let hoursShort: Double?
}

/// A scored pair with its full explanation.
public struct MatchExplanation: Hashable, Sendable {
    /// The citizen.
    public let citizenId: EntityID
    /// The opening or slot.
    public let vacancyId: EntityID
    /// Whether `vacancyId` is an opening or a slot.
    public let source: VacancySource
    /// 0–100, the sum of the components' contributions.
    public let score: Double
    /// The weighted components, in `ScoreComponent` order.
    public let components: [ComponentScore]
    /// The hard rules the pair passed.
    public let passed: [HardRule]
    /// Required needs neither explicitly met nor in conflict: to confirm with the workplace (codes).
    public let toConfirm: [String]
    /// What is missing.
    public let gaps: MatchGaps
    /// The citizen's hours today are below the minimum but the target reaches it.
    public let growInto: Bool
    /// Distance between home and workplace in km; nil for remote work.
    public let distanceKm: Double?
}

/// The result of scoring one pair: a match with its explanation, or the first hard rule failed.
public enum MatchOutcome: Hashable, Sendable {
    /// The pair passed every hard rule.
    case match(MatchExplanation)
    /// The pair is excluded by this rule.
    case excluded(HardRule)
}

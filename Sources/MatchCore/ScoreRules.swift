/// The scoring rules as small pure functions over plain numbers. Every path that scores a pair
/// (one pair with explanation, the ranker in either direction, the index) calls these, so the
/// same pair always gets the same score.
public enum ScoreRules {
    /// Credit units for one competency requirement: 8 is full credit.
    public static let fullCredit = 8

    /// Credit for a requirement at `wanted` level when the citizen holds it at `held` (0 = not held),
    /// or holds a competency related to it (`related`: same group, or both typical of one
    /// occupation; see `CompetencyRelation`).
    @inline(__always)
    public static func competencyCredit(held: Int, wanted: Int, related: Bool) -> Int {
        if held > 0 {
            switch wanted - held {
            case ...0: return 8
            case 1: return 6
            default: return 4
            }
        }
        return related ? 3 : 0
    }

    /// The competency component from summed credits: essentials weigh 3/4 when both kinds exist;
    /// a vacancy asking for nothing fits fully.
    @inline(__always)
    public static func competencyValue(
        essentialCredit: Int, essentialCount: Int,
        optionalCredit: Int, optionalCount: Int
    ) -> Double {
        let essential = essentialCount > 0 ? Double(essentialCredit) / Double(fullCredit * essentialCount) : -1
        let optional = optionalCount > 0 ? Double(optionalCredit) / Double(fullCredit * optionalCount) : -1
        switch (essentialCount > 0, optionalCount > 0) {
        case (true, true): return 0.75 * essential + 0.25 * optional
        case (true, false): return essential
        case (false, true): return optional
        case (false, false): return 1
        }
    }

    /// Job-goal fit of one goal: same occupation 1, same ISCO unit group 0.6, same sub-major group 0.3.
    @inline(__always)
    public static func jobGoalFit(goal: Int, goalIsco: Int, occupation: Int, occupationIsco: Int) -> Double {
        if goal == occupation { return 1 }
        if goalIsco == occupationIsco { return sameUnitGroupFit }
        if goalIsco / 100 == occupationIsco / 100 { return sameSubMajorGroupFit }
        return 0
    }

    /// Fit of a goal in the vacancy occupation's ISCO unit group.
    public static let sameUnitGroupFit = 0.6
    /// Fit of a goal in the vacancy occupation's ISCO sub-major group only.
    public static let sameSubMajorGroupFit = 0.3

    /// Fit for a citizen without goals, or a vacancy without an occupation: neither for nor against.
    public static let neutralJobGoalFit = 0.5

    /// Hours: whether reachable at all, whether a grow-into match, and the component's value.
    /// Current within the range fits fully; above the maximum nearly so (fewer hours than the
    /// capacity); below the minimum with the target reaching it is a grow-into match, 0.3–0.7
    /// by how far current has come.
    @inline(__always)
    public static func hours(current: Double, target: Double, min: Double, max: Double)
        -> (reachable: Bool, growInto: Bool, value: Double)
    {
        if target < min { return (false, false, 0) }
        if current >= min { return (true, false, current <= max ? 1 : 0.8) }
        return (true, true, 0.3 + 0.4 * (current / min))
    }

    /// Accommodations from need masks: excluded when a required need meets a conflicting demand;
    /// otherwise satisfied needs count fully, neither-nor needs half, conflicting preferred needs
    /// nothing, with required needs weighing double. No needs fits fully.
    @inline(__always)
    public static func accommodations(required: UInt64, preferred: UInt64, satisfied: UInt64, conflicting: UInt64)
        -> (allowed: Bool, toConfirm: UInt64, value: Double)
    {
        if required & conflicting != 0 { return (false, 0, 0) }
        let requiredCount = required.nonzeroBitCount
        let preferredCount = preferred.nonzeroBitCount
        if requiredCount + preferredCount == 0 { return (true, 0, 1) }
        let toConfirm = required & ~satisfied
        let requiredPoints = 4 * (required & satisfied).nonzeroBitCount + 2 * toConfirm.nonzeroBitCount
        let openPreferred = preferred & ~satisfied & ~conflicting
        let preferredPoints = 2 * (preferred & satisfied).nonzeroBitCount + openPreferred.nonzeroBitCount
        let value = Double(requiredPoints + preferredPoints) / Double(4 * requiredCount + 2 * preferredCount)
        return (true, toConfirm, value)
    }

    /// Distance: 1 at the door, one half at `halfKm`, falling toward 0 further out.
    @inline(__always)
    public static func distanceValue(km: Double, halfKm: Double) -> Double {
        let ratio = km / halfKm
        return 1 / (1 + ratio * ratio)
    }

    /// One component's contribution to the 0–100 score, rounded to hundredths so the listed
    /// contributions add up exactly to the score.
    @inline(__always)
    public static func contribution(weight: Double, value: Double) -> Double {
        (100 * weight * value * 100).rounded() / 100
    }

    /// The score: the sum of the rounded contributions, in component order.
    @inline(__always)
    public static func score(
        profile: ScoringProfile, competencies: Double, jobGoals: Double, hours: Double,
        accommodations: Double, distance: Double
    ) -> Double {
        let sum =
            contribution(weight: profile.competencies, value: competencies)
            + contribution(weight: profile.jobGoals, value: jobGoals)
            + contribution(weight: profile.hours, value: hours)
            + contribution(weight: profile.accommodations, value: accommodations)
            + contribution(weight: profile.distance, value: distance)
        return (sum * 100).rounded() / 100
    }

    /// An upper bound of `score` for the same values that rounds nothing, for the scans to skip
    /// rows cheaply: each of the six roundings raises its sum by at most half a hundredth, so
    /// the unrounded sum plus 0.031 is never below the score.
    @inline(__always)
    static func scoreBound(
        profile: ScoringProfile, competencies: Double, jobGoals: Double, hours: Double,
        accommodations: Double, distance: Double
    ) -> Double {
        100
            * (profile.competencies * competencies + profile.jobGoals * jobGoals + profile.hours * hours
                + profile.accommodations * accommodations + profile.distance * distance) + 0.031
    }
}

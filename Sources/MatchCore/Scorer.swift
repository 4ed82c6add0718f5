/// Scores one citizen against one opening or slot, with the full explanation. The ranker and the
/// index score through the same `ScoreRules`, so their scores equal this one's.
public struct Scorer: Sendable {
    /// The taxonomy the features are coded against.
    public let taxonomy: Taxonomy
    /// The weights.
    public let profile: ScoringProfile

    /// Creates a scorer.
    public init(taxonomy: Taxonomy, profile: ScoringProfile = .standard) {
        self.taxonomy = taxonomy
        self.profile = profile
    }

    /// Scores the pair, or names the first hard rule that excludes it.
    public func evaluate(citizen: CitizenFeatures, vacancy: VacancyFeatures) -> MatchOutcome {
        let citizen = citizen.normalized()
        let vacancy = vacancy.normalized()
        var passed: [HardRule] = []
        guard vacancy.isOpen else { return .excluded(.vacancyOpen) }
        passed.append(.vacancyOpen)
        if let capacity = vacancy.capacity {
            guard vacancy.occupied < capacity else { return .excluded(.placeAvailable) }
            passed.append(.placeAvailable)
        }
        guard citizen.acceptedKinds.contains(vacancy.kind) else { return .excluded(.kindAccepted) }
        passed.append(.kindAccepted)
        if vacancy.kind == .flexJob {
            guard citizen.status == .flexJobApproved else { return .excluded(.flexJobEligible) }
            passed.append(.flexJobEligible)
        }
        let hours = ScoreRules.hours(
            current: citizen.hours.current, target: citizen.hours.target,
            min: vacancy.hours.min, max: vacancy.hours.max)
        guard hours.reachable else { return .excluded(.hoursReachable) }
        passed.append(.hoursReachable)
        var distanceKm: Double?
        if !vacancy.remote {
            let km = citizen.location.distanceKm(to: vacancy.location)
            guard km <= citizen.maxCommuteKm else { return .excluded(.withinCommute) }
            distanceKm = km
        }
        passed.append(.withinCommute)
        let masks = needMasks(citizen)
        let accommodations = ScoreRules.accommodations(
            required: masks.required, preferred: masks.preferred,
            satisfied: taxonomy.satisfiedNeeds(offers: vacancy.offers),
            conflicting: taxonomy.conflictingNeeds(demands: vacancy.demands))
        guard accommodations.allowed else { return .excluded(.needsCompatible) }
        passed.append(.needsCompatible)

        let competencies = competencyFit(citizen: citizen, vacancy: vacancy)
        let jobGoals = jobGoalValue(citizen: citizen, vacancy: vacancy)
        let distance = distanceKm.map { ScoreRules.distanceValue(km: $0, halfKm: profile.distanceHalfKm) } ?? 1
        let components = ScoreComponent.allCases.map { name in
            let weight = profile.weight(name)
            let value =
                switch name {
                case .competencies: competencies.value
                case .jobGoals: jobGoals
                case .hours: hours.value
                case .accommodations: accommodations.value
                case .distance: distance
                }
            return ComponentScore(
                name: name, weight: weight, value: value,
                contribution: ScoreRules.contribution(weight: weight, value: value))
        }
        let score = ScoreRules.score(
            profile: profile, competencies: competencies.value, jobGoals: jobGoals,
            hours: hours.value, accommodations: accommodations.value, distance: distance)
        let toConfirm = (0..<Taxonomy.maxNeeds).filter { accommodations.toConfirm & (1 << UInt64($0)) != 0 }
        return .match(
            MatchExplanation(
                citizenId: citizen.id, vacancyId: vacancy.id, source: vacancy.source, score: score,
                components: components, passed: passed, toConfirm: toConfirm.map(taxonomy.needCode),
                gaps: MatchGaps(
                    missingEssentialCompetencies: competencies.missing,
                    competenciesBelowLevel: competencies.belowLevel,
                    hoursShort: hours.growInto ? vacancy.hours.min - citizen.hours.current : nil),
                growInto: hours.growInto, distanceKm: distanceKm))
    }

    /// The citizen's required and preferred needs as masks.
    func needMasks(_ citizen: CitizenFeatures) -> (required: UInt64, preferred: UInt64) {
        citizen.needs.reduce((UInt64(0), UInt64(0))) { masks, need in
            need.required ? (masks.0 | 1 << UInt64(need.need), masks.1) : (masks.0, masks.1 | 1 << UInt64(need.need))
        }
    }

    private func competencyFit(citizen: CitizenFeatures, vacancy: VacancyFeatures)
        -> (value: Double, missing: [String], belowLevel: [String])
    {
        var essentialCredit = 0
        var essentialCount = 0
        var optionalCredit = 0
        var optionalCount = 0
        var missing: [String] = []
        var belowLevel: [String] = []
        for requirement in vacancy.requirements {
            let level = citizen.competencies.first { $0.competency == requirement.competency }?.level ?? 0
            let related = citizen.competencies.contains {
                taxonomy.relatedCompetencies.contains($0.competency, requirement.competency)
            }
            let credit = ScoreRules.competencyCredit(held: level, wanted: requirement.level, related: related)
            if requirement.essential {
                essentialCredit += credit
                essentialCount += 1
                if level == 0 { missing.append(taxonomy.competencyCode(requirement.competency)) }
            } else {
                optionalCredit += credit
                optionalCount += 1
            }
            if level > 0 && level < requirement.level {
                belowLevel.append(taxonomy.competencyCode(requirement.competency))
            }
        }
        let value = ScoreRules.competencyValue(
            essentialCredit: essentialCredit, essentialCount: essentialCount,
            optionalCredit: optionalCredit, optionalCount: optionalCount)
        return (value, missing, belowLevel)
    }

    private func jobGoalValue(citizen: CitizenFeatures, vacancy: VacancyFeatures) -> Double {
        guard let occupation = vacancy.occupation, !citizen.jobGoals.isEmpty else {
            return ScoreRules.neutralJobGoalFit
        }
        let isco = taxonomy.occupationIsco[occupation]
        return citizen.jobGoals.reduce(0.0) { best, goal in
            max(
                best,
                ScoreRules.jobGoalFit(
                    goal: goal, goalIsco: taxonomy.occupationIsco[goal],
                    occupation: occupation, occupationIsco: isco))
        }
    }
}

extension CitizenFeatures {
    /// The same citizen with each competency once (at its highest level), each goal once and each
    /// need once (required wins), so every scoring path sees the same lists.
    public func normalized() -> CitizenFeatures {
        var copy = self
        var levels: [Int: Int] = [:]
        for held in competencies { levels[held.competency] = max(levels[held.competency] ?? 0, held.level) }
        copy.competencies = levels.keys.sorted().map { HeldCompetency(competency: $0, level: levels[$0]!) }
        var seenGoals = Set<Int>()
        copy.jobGoals = jobGoals.filter { seenGoals.insert($0).inserted }
        var byNeed: [Int: AccommodationNeed] = [:]
        for need in needs {
            if let earlier = byNeed[need.need] {
                byNeed[need.need] = AccommodationNeed(need: need.need, required: earlier.required || need.required,
                                                      shared: earlier.shared && need.shared)
            } else {
                byNeed[need.need] = need
            }
        }
        copy.needs = byNeed.keys.sorted().map { byNeed[$0]! }
        return copy
    }
}

extension VacancyFeatures {
    /// The same vacancy with each requirement once (the first given wins) and at most
    /// `maxRequirements` of them, so every scoring path sees the same list.
    public func normalized() -> VacancyFeatures {
        var copy = self
        var seen = Set<Int>()
        copy.requirements = Array(requirements.filter { seen.insert($0.competency).inserted }
            .prefix(VacancyFeatures.maxRequirements))
        return copy
    }
}

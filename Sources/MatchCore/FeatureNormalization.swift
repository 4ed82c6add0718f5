extension CitizenFeatures {
    /// The same citizen with each competency once (at its highest level), each goal once and each
    /// need once (required wins), so every scoring path sees the same lists.
    /// Lists already in that form (as the index's own rows are) are kept as they are, and
    /// competencies are merged by sorting, so normalizing a million citizens hashes nothing.
    public func normalized() -> CitizenFeatures {
        var copy = self
        if !competencies.isStrictlyIncreasing(by: \.competency) {
            var merged: [HeldCompetency] = []
            merged.reserveCapacity(competencies.count)
            for held in competencies.sorted(by: { $0.competency < $1.competency }) {
                if let last = merged.last, last.competency == held.competency {
                    merged[merged.count - 1].level = max(last.level, held.level)
                } else {
                    merged.append(held)
                }
            }
            copy.competencies = merged
        }
        if jobGoals.count > 1 && !(jobGoals.count <= 16 && jobGoals.indices.allSatisfy { !jobGoals[..<$0].contains(jobGoals[$0]) }) {
            var seenGoals = Set<Int>()
            copy.jobGoals = jobGoals.filter { seenGoals.insert($0).inserted }
        }
        if !needs.isStrictlyIncreasing(by: \.need) {
            var byNeed: [Int: AccommodationNeed] = [:]
            for need in needs {
                if let earlier = byNeed[need.need] {
                    byNeed[need.need] = AccommodationNeed(
                        need: need.need, required: earlier.required || need.required,
                        shared: earlier.shared && need.shared)
                } else {
                    byNeed[need.need] = need
                }
            }
            copy.needs = byNeed.keys.sorted().map { byNeed[$0]! }
        }
        return copy
    }
}

extension Array {
    /// Whether `key` strictly increases along the array: sorted, and no key twice.
    fileprivate func isStrictlyIncreasing(by key: (Element) -> Int) -> Bool {
        indices.dropFirst().allSatisfy { key(self[$0 - 1]) < key(self[$0]) }
    }
}

extension VacancyFeatures {
    /// The same vacancy with each requirement once (the first given wins) and at most
    /// `maxRequirements` of them, so every scoring path sees the same list.
    public func normalized() -> VacancyFeatures {
        var copy = self
        let normal =
            requirements.count <= VacancyFeatures.maxRequirements
            && requirements.indices.allSatisfy { index in
                !requirements[..<index].contains { $0.competency == requirements[index].competency }
            }
        if !normal {
            var seen = Set<Int>()
            copy.requirements = Array(
                requirements.filter { seen.insert($0.competency).inserted }
                    .prefix(VacancyFeatures.maxRequirements))
        }
        return copy
    }
}

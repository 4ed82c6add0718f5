/// The live match index: compact features of every active citizen, opening and slot, ranked
/// in either direction by a scan that applies the hard rules first and scores only what
/// passes. Citizens and vacancies are inserted, updated and removed one at a time, without a
/// rebuild. A value type: the daemon keeps one behind a lock and swaps in updates.
public struct MatchIndex: Sendable {
    /// Scores pairs with explanations; the scans compute the same scores through `ScoreRules`.
    public let scorer: Scorer
    var citizens = CitizenTable()
    var vacancies = VacancyTable()

    /// Creates an empty index.
    public init(taxonomy: Taxonomy, profile: ScoringProfile = .standard) {
        scorer = Scorer(taxonomy: taxonomy, profile: profile)
    }

    /// The taxonomy features are coded against.
    public var taxonomy: Taxonomy { scorer.taxonomy }

    /// Number of citizens held.
    public var citizenCount: Int { citizens.count }

    /// Number of openings and slots held.
    public var vacancyCount: Int { vacancies.count }

    /// Reserves room for `citizens` citizens, to load many without regrowing.
    public mutating func reserveCitizens(_ count: Int) {
        citizens.reserve(count)
    }

    // MARK: - Changes

    /// Inserts a citizen or replaces the one with the same id.
    public mutating func upsert(_ citizen: CitizenFeatures) {
        citizens.upsert(citizen.normalized(), taxonomy: taxonomy)
    }

    /// Inserts an opening or slot or replaces the one with the same id.
    public mutating func upsert(_ vacancy: VacancyFeatures) {
        vacancies.upsert(vacancy.normalized(), taxonomy: taxonomy)
    }

    /// Removes a citizen; false when unknown.
    @discardableResult
    public mutating func removeCitizen(_ id: EntityID) -> Bool {
        citizens.remove(id)
    }

    /// Removes an opening or slot; false when unknown.
    @discardableResult
    public mutating func removeVacancy(_ id: EntityID) -> Bool {
        vacancies.remove(id)
    }

    // MARK: - Reads

    /// The citizen's features as held, or nil.
    public func citizen(_ id: EntityID) -> CitizenFeatures? {
        citizens.rowOf[id].map { citizens.features(row: Int($0)) }
    }

    /// The opening's or slot's features as held, or nil.
    public func vacancy(_ id: EntityID) -> VacancyFeatures? {
        vacancies.rowOf[id].map { vacancies.features(row: Int($0)) }
    }

    /// Scores one pair; nil when either is unknown.
    public func evaluate(citizen citizenId: EntityID, vacancy vacancyId: EntityID) -> MatchOutcome? {
        guard let citizen = citizen(citizenId), let vacancy = vacancy(vacancyId) else { return nil }
        return scorer.evaluate(citizen: citizen, vacancy: vacancy)
    }

    /// The best citizens for an opening or slot, best first, explained; nil when the vacancy is unknown.
    public func topCitizens(for vacancyId: EntityID, query: MatchQuery) -> [MatchExplanation]? {
        guard let vacancyRow = vacancies.rowOf[vacancyId].map(Int.init) else { return nil }
        guard vacancies.isAvailable(row: vacancyRow),
              query.kinds.map({ $0.contains(vacancies.kind[vacancyRow]) }) ?? true,
              query.source.map({ $0 == vacancies.source[vacancyRow] }) ?? true
        else { return [] }
        let vacancy = vacancies.features(row: vacancyRow)
        return rankCitizens(probe: vacancies, row: vacancyRow, query: query).compactMap { entry in
            explain(scorer.evaluate(citizen: citizens.features(row: Int(entry.row)), vacancy: vacancy))
        }
    }

    /// The best openings and slots for a citizen, best first, explained; nil when the citizen is unknown.
    public func topVacancies(for citizenId: EntityID, query: MatchQuery) -> [MatchExplanation]? {
        guard let citizenRow = citizens.rowOf[citizenId].map(Int.init) else { return nil }
        let citizen = citizens.features(row: citizenRow)
        return rankVacancies(probe: citizens, row: citizenRow, query: query).compactMap { entry in
            explain(scorer.evaluate(citizen: citizen, vacancy: vacancies.features(row: Int(entry.row))))
        }
    }

    /// The best citizens for an opening or slot that need not be in the index (its state about
    /// to be written, say), explained.
    public func topCitizens(forProbe vacancy: VacancyFeatures, query: MatchQuery) -> [MatchExplanation] {
        let vacancy = vacancy.normalized()
        guard vacancy.isAvailable, query.kinds.map({ $0.contains(vacancy.kind) }) ?? true else { return [] }
        var probe = VacancyTable()
        probe.upsert(vacancy, taxonomy: taxonomy)
        return rankCitizens(probe: probe, row: 0, query: query).compactMap { entry in
            explain(scorer.evaluate(citizen: citizens.features(row: Int(entry.row)), vacancy: vacancy))
        }
    }

    /// The best openings and slots for a citizen who need not be in the index, explained.
    public func topVacancies(forProbe citizen: CitizenFeatures, query: MatchQuery) -> [MatchExplanation] {
        var probe = CitizenTable()
        probe.upsert(citizen.normalized(), taxonomy: taxonomy)
        let citizen = probe.features(row: 0)
        return rankVacancies(probe: probe, row: 0, query: query).compactMap { entry in
            explain(scorer.evaluate(citizen: citizen, vacancy: vacancies.features(row: Int(entry.row))))
        }
    }

    private func explain(_ outcome: MatchOutcome) -> MatchExplanation? {
        if case .match(let explanation) = outcome { return explanation }
        return nil
    }

    // MARK: - Scans

    /// Ranks every citizen for the vacancy in row `v` of `vacancies` (the index's own table or a
    /// one-row probe). Mirrors `Scorer.evaluate` rule for rule.
    func rankCitizens(probe vacancies: VacancyTable, row v: Int, query: MatchQuery) -> [TopK.Entry] {
        let taxonomy = taxonomy
        let profile = scorer.profile
        let kind = vacancies.kind[v]
        let kindBit = kind.bit
        let needsFlexJobApproval = kind == .flexJob
        let minHours = vacancies.minHours[v], maxHours = vacancies.maxHours[v]
        let vLat = vacancies.lat[v], vLon = vacancies.lon[v], vCos = vacancies.cosLat[v]
        let remote = vacancies.remote[v]
        let satisfied = vacancies.satisfiedNeeds[v], conflicting = vacancies.conflictingNeeds[v]
        let occupation = Int(vacancies.occupation[v])
        let occupationIsco = occupation >= 0 ? taxonomy.occupationIsco[occupation] : 0
        let maxKm = query.maxKm ?? .infinity
        let onlyVisible = query.onlyVisibleCitizens
        let municipality = query.municipality?.rawValue
        let minScore = query.minScore

        var slotOf = [UInt8](repeating: 0xFF, count: taxonomy.competencyCount)
        // Bit `slot` of `relatedSlots[c]`: holding competency c earns related credit for that slot.
        var relatedSlots = [UInt64](repeating: 0, count: taxonomy.competencyCount)
        var wantedLevel: [Int] = []
        var essentialMask: UInt64 = 0
        for (slot, entry) in vacancies.requirements.entries(row: v).enumerated() {
            let competency = Int(entry >> 3)
            slotOf[competency] = UInt8(slot)
            wantedLevel.append(Int(entry & 3))
            if entry & 4 != 0 { essentialMask |= 1 << UInt64(slot) }
            for (word, bits) in taxonomy.relatedCompetencies.row(competency).enumerated() {
                var bits = bits
                while bits != 0 {
                    relatedSlots[(word << 6) | bits.trailingZeroBitCount] |= 1 << UInt64(slot)
                    bits &= bits - 1
                }
            }
        }
        let requirementCount = wantedLevel.count
        let allMask: UInt64 = requirementCount == 64 ? ~0 : (1 << UInt64(requirementCount)) - 1
        let essentialCount = essentialMask.nonzeroBitCount
        let optionalCount = requirementCount - essentialCount

        let table = citizens
        let arena = table.competencies.storage, arenaStart = table.competencies.start
        let arenaCount = table.competencies.count
        let goals = table.goals.storage, goalStart = table.goals.start, goalCount = table.goals.count
        let isco = taxonomy.occupationIsco
        var top = TopK(k: query.limit)
        for row in 0..<table.ids.count {
            let flags = table.flags[row]
            if flags & CitizenTable.alive == 0 { continue }
            if onlyVisible && flags & CitizenTable.visible == 0 { continue }
            if let municipality, table.municipality[row] != municipality { continue }
            if table.kinds[row] & kindBit == 0 { continue }
            if needsFlexJobApproval && table.status[row] != .flexJobApproved { continue }
            let target = table.target[row]
            if target < minHours { continue }
            let required = table.requiredNeeds[row]
            if required & conflicting != 0 { continue }
            var distance = 1.0
            if !remote {
                let km = Geo.distanceKm(lat1: table.lat[row], lon1: table.lon[row], cosLat1: table.cosLat[row],
                                        lat2: vLat, lon2: vLon, cosLat2: vCos)
                if km > table.maxCommute[row] || km > maxKm { continue }
                distance = ScoreRules.distanceValue(km: km, halfKm: profile.distanceHalfKm)
            }

            var jobGoals = ScoreRules.neutralJobGoalFit
            let goalBase = Int(goalStart[row]), goals_n = Int(goalCount[row])
            if occupation >= 0 && goals_n > 0 {
                jobGoals = 0
                for index in goalBase..<goalBase + goals_n {
                    let goal = Int(goals[index])
                    jobGoals = max(jobGoals, ScoreRules.jobGoalFit(goal: goal, goalIsco: isco[goal],
                                                                   occupation: occupation, occupationIsco: occupationIsco))
                }
            }
            let hours = ScoreRules.hours(current: table.current[row], target: target, min: minHours, max: maxHours)
            let accommodations = ScoreRules.accommodations(
                required: required, preferred: table.preferredNeeds[row], satisfied: satisfied, conflicting: conflicting)
            // The best this row can score is with full competency credit; skip the competency
            // lists (scattered in memory) when even that cannot enter the ranking.
            let bound = ScoreRules.score(profile: profile, competencies: 1, jobGoals: jobGoals,
                                         hours: hours.value, accommodations: accommodations.value, distance: distance)
            if bound < minScore || bound < top.threshold { continue }
            var essentialCredit = 0, optionalCredit = 0
            var hit: UInt64 = 0, related: UInt64 = 0
            let start = Int(arenaStart[row])
            for index in start..<start + Int(arenaCount[row]) {
                let entry = arena[index]
                related |= relatedSlots[Int(entry >> 2)]
                let slot = slotOf[Int(entry >> 2)]
                if slot == 0xFF { continue }
                let bit: UInt64 = 1 << UInt64(slot)
                let credit = ScoreRules.competencyCredit(held: Int(entry & 3), wanted: wantedLevel[Int(slot)], related: false)
                if essentialMask & bit != 0 { essentialCredit += credit } else { optionalCredit += credit }
                hit |= bit
            }
            var relatedMissing = allMask & ~hit & related
            while relatedMissing != 0 {
                let slot = relatedMissing.trailingZeroBitCount
                relatedMissing &= relatedMissing - 1
                let credit = ScoreRules.competencyCredit(held: 0, wanted: wantedLevel[slot], related: true)
                if essentialMask & (1 << UInt64(slot)) != 0 { essentialCredit += credit } else { optionalCredit += credit }
            }
            let competencies = ScoreRules.competencyValue(
                essentialCredit: essentialCredit, essentialCount: essentialCount,
                optionalCredit: optionalCredit, optionalCount: optionalCount)

            let score = ScoreRules.score(profile: profile, competencies: competencies, jobGoals: jobGoals,
                                         hours: hours.value, accommodations: accommodations.value, distance: distance)
            if score < minScore || score < top.threshold { continue }
            top.insert(TopK.Entry(score: score, id: table.ids[row], row: Int32(row)))
        }
        return top.sorted()
    }

    /// Ranks every opening and slot for the citizen in row `c` of `citizen` (the index's own
    /// table or a one-row probe). Mirrors `Scorer.evaluate` rule for rule.
    func rankVacancies(probe citizen: CitizenTable, row c: Int, query: MatchQuery) -> [TopK.Entry] {
        let taxonomy = taxonomy
        let profile = scorer.profile
        let kinds = citizen.kinds[c]
        let flexJobApproved = citizen.status[c] == .flexJobApproved
        let current = citizen.current[c], target = citizen.target[c]
        let cLat = citizen.lat[c], cLon = citizen.lon[c], cCos = citizen.cosLat[c]
        let maxCommute = citizen.maxCommute[c]
        let required = citizen.requiredNeeds[c], preferred = citizen.preferredNeeds[c]
        let relation = taxonomy.relatedCompetencies
        var levelOf = [UInt8](repeating: 0, count: taxonomy.competencyCount)
        // The competencies related to one the citizen holds, as a bit set.
        var relatedHeld = [UInt64](repeating: 0, count: relation.wordsPerRow)
        for entry in citizen.competencies.entries(row: c) {
            levelOf[Int(entry >> 2)] = UInt8(entry & 3)
            for (word, bits) in relation.row(Int(entry >> 2)).enumerated() { relatedHeld[word] |= bits }
        }
        let goals = citizen.goals.entries(row: c).map { Int($0) }
        let isco = taxonomy.occupationIsco
        let maxKm = query.maxKm ?? .infinity
        let kindFilter = query.kinds?.rawValue ?? 0xFF
        let minScore = query.minScore

        let table = self.vacancies
        let arena = table.requirements.storage, arenaStart = table.requirements.start
        let arenaCount = table.requirements.count
        var top = TopK(k: query.limit)
        for row in 0..<table.ids.count {
            if !table.isAvailable(row: row) { continue }
            if let source = query.source, table.source[row] != source { continue }
            let kind = table.kind[row]
            if kinds & kind.bit == 0 || kindFilter & kind.bit == 0 { continue }
            if kind == .flexJob && !flexJobApproved { continue }
            let minHours = table.minHours[row]
            if target < minHours { continue }
            let conflicting = table.conflictingNeeds[row]
            if required & conflicting != 0 { continue }
            var distance = 1.0
            if !table.remote[row] {
                let km = Geo.distanceKm(lat1: cLat, lon1: cLon, cosLat1: cCos,
                                        lat2: table.lat[row], lon2: table.lon[row], cosLat2: table.cosLat[row])
                if km > maxCommute || km > maxKm { continue }
                distance = ScoreRules.distanceValue(km: km, halfKm: profile.distanceHalfKm)
            }

            var jobGoals = ScoreRules.neutralJobGoalFit
            let occupation = Int(table.occupation[row])
            if occupation >= 0 && !goals.isEmpty {
                let occupationIsco = isco[occupation]
                jobGoals = 0
                for goal in goals {
                    jobGoals = max(jobGoals, ScoreRules.jobGoalFit(goal: goal, goalIsco: isco[goal],
                                                                   occupation: occupation, occupationIsco: occupationIsco))
                }
            }
            let hours = ScoreRules.hours(current: current, target: target, min: minHours, max: table.maxHours[row])
            let accommodations = ScoreRules.accommodations(
                required: required, preferred: preferred, satisfied: table.satisfiedNeeds[row], conflicting: conflicting)
            // The best this row can score is with full competency credit; skip the competency
            // lists (scattered in memory) when even that cannot enter the ranking.
            let bound = ScoreRules.score(profile: profile, competencies: 1, jobGoals: jobGoals,
                                         hours: hours.value, accommodations: accommodations.value, distance: distance)
            if bound < minScore || bound < top.threshold { continue }
            var essentialCredit = 0, essentialCount = 0, optionalCredit = 0, optionalCount = 0
            let start = Int(arenaStart[row])
            for index in start..<start + Int(arenaCount[row]) {
                let entry = arena[index]
                let competency = Int(entry >> 3)
                let held = Int(levelOf[competency])
                let related = held == 0 && relatedHeld[competency >> 6] & (1 << UInt64(competency & 63)) != 0
                let credit = ScoreRules.competencyCredit(held: held, wanted: Int(entry & 3), related: related)
                if entry & 4 != 0 {
                    essentialCredit += credit
                    essentialCount += 1
                } else {
                    optionalCredit += credit
                    optionalCount += 1
                }
            }
            let competencies = ScoreRules.competencyValue(
                essentialCredit: essentialCredit, essentialCount: essentialCount,
                optionalCredit: optionalCredit, optionalCount: optionalCount)

            let score = ScoreRules.score(profile: profile, competencies: competencies, jobGoals: jobGoals,
                                         hours: hours.value, accommodations: accommodations.value, distance: distance)
            if score < minScore || score < top.threshold { continue }
            top.insert(TopK.Entry(score: score, id: table.ids[row], row: Int32(row)))
        }
        return top.sorted()
    }
}

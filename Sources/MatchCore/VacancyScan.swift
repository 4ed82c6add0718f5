/// One ranking of openings and slots for one citizen: the citizen's rules as plain values and
/// competencies as lookup tables, computed once; a bound from a block's summary; and the scan of
/// a block's rows, which mirrors `Scorer.evaluate` rule for rule through `ScoreRules`.
struct VacancyScan: Sendable {
    let profile: ScoringProfile
    let kinds: UInt8
    let kindFilter: UInt8
    let source: VacancySource?
    let flexJobApproved: Bool
    let current: Double, target: Double
    let lat: Double, lon: Double, cosLat: Double
    let maxCommute: Double
    let required: UInt64, preferred: UInt64
    let levelOf: [UInt8]
    /// The competencies related to one the citizen holds, as a bit set.
    let relatedHeld: [UInt64]
    let goals: [Int]
    let isco: [Int]
    let maxKm: Double
    let minScore: Double

    init(taxonomy: Taxonomy, profile: ScoringProfile, citizens: CitizenTable, row c: Int, query: MatchQuery) {
        self.profile = profile
        let rules = citizens.rules[c]
        kinds = rules.kinds
        kindFilter = query.kinds?.rawValue ?? 0xFF
        source = query.source
        flexJobApproved = citizens.status[c] == .flexJobApproved
        current = rules.current
        target = rules.target
        lat = rules.lat
        lon = rules.lon
        cosLat = rules.cosLat
        maxCommute = rules.maxCommute
        required = rules.requiredNeeds
        preferred = rules.preferredNeeds
        let relation = taxonomy.relatedCompetencies
        var levelOf = [UInt8](repeating: 0, count: taxonomy.competencyCount)
        var relatedHeld = [UInt64](repeating: 0, count: relation.wordsPerRow)
        for entry in citizens.competencies.entries(row: c) {
            levelOf[Int(entry >> 2)] = UInt8(entry & 3)
            for (word, bits) in relation.row(Int(entry >> 2)).enumerated() { relatedHeld[word] |= bits }
        }
        self.levelOf = levelOf
        self.relatedHeld = relatedHeld
        goals = citizens.goals.entries(row: c).map { Int($0) }
        isco = taxonomy.occupationIsco
        maxKm = query.maxKm ?? .infinity
        minScore = query.minScore
    }

    /// The highest score any member of the block could reach, or nil when none can pass the
    /// kind, hours and commute rules or reach `minScore`: every component but distance at most 1,
    /// distance from the block's nearest point.
    func bound(_ summary: VacancyBlockSummary) -> Double? {
        if summary.kinds & kinds & kindFilter == 0 || target < summary.minMinHours { return nil }
        var distance = 1.0
        if !summary.remote {
            let km = summary.box.minDistanceKm(lat: lat, lon: lon, cosLat: cosLat)
            if km > maxCommute || km > maxKm { return nil }
            distance = ScoreRules.distanceValue(km: km, halfKm: profile.distanceHalfKm)
        }
        let bound = ScoreRules.score(
            profile: profile, competencies: 1, jobGoals: 1, hours: 1, accommodations: 1,
            distance: distance)
        return bound < minScore ? nil : bound
    }

    /// Scores every row of `table` (block `block`) that passes the hard rules and could enter `top`.
    /// `table` is never written: it is `inout` only so the caller's table is passed by address,
    /// where a copy of it would retain and release each of its columns for every block scanned.
    func scan(_ table: inout VacancyTable, block: Int32, into top: inout TopK) {
        let arena = table.requirements.storage
        let arenaStart = table.requirements.start
        let arenaCount = table.requirements.count
        for row in 0..<table.ids.count {
            if !table.isAvailable(row: row) { continue }
            if let source, table.source[row] != source { continue }
            let kind = table.kind[row]
            if kinds & kind.bit == 0 || kindFilter & kind.bit == 0 { continue }
            if kind == .flexJob && !flexJobApproved { continue }
            let minHours = table.minHours[row]
            if target < minHours { continue }
            let conflicting = table.conflictingNeeds[row]
            if required & conflicting != 0 { continue }
            var distance = 1.0
            if !table.remote[row] {
                let km = Geo.distanceKm(
                    lat1: lat, lon1: lon, cosLat1: cosLat,
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
                    jobGoals = max(
                        jobGoals,
                        ScoreRules.jobGoalFit(
                            goal: goal, goalIsco: isco[goal],
                            occupation: occupation, occupationIsco: occupationIsco))
                }
            }
            let hours = ScoreRules.hours(current: current, target: target, min: minHours, max: table.maxHours[row])
            let accommodations = ScoreRules.accommodations(
                required: required, preferred: preferred, satisfied: table.satisfiedNeeds[row], conflicting: conflicting)
            // The best this row can score is with full competency credit; skip the requirement
            // list when even that cannot enter the ranking.
            let bound = ScoreRules.scoreBound(
                profile: profile, competencies: 1, jobGoals: jobGoals,
                hours: hours.value, accommodations: accommodations.value, distance: distance)
            if bound < minScore || bound < top.threshold { continue }
            var essentialCredit = 0
            var essentialCount = 0
            var optionalCredit = 0
            var optionalCount = 0
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

            let score = ScoreRules.score(
                profile: profile, competencies: competencies, jobGoals: jobGoals,
                hours: hours.value, accommodations: accommodations.value, distance: distance)
            if score < minScore || score < top.threshold { continue }
            top.insert(TopK.Entry(score: score, id: table.ids[row], block: block, row: Int32(row)))
        }
    }
}

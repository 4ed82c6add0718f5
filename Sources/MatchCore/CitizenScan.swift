/// One ranking of citizens for one opening or slot: the vacancy's rules as plain values and its
/// requirements as lookup tables, computed once; an upper bound of the score of every member of
/// a block from the block's summary; and the scan of a block's rows, which mirrors
/// `Scorer.evaluate` rule for rule through `ScoreRules`.
struct CitizenScan: Sendable {
    let profile: ScoringProfile
    let kindBit: UInt8
    let needsFlexJobApproval: Bool
    /// The `CitizenRules.gate` bits a row must all have: alive, the vacancy's kind, fleksjob
    /// approval for a fleksjob, visibility when the query asks for it.
    let gate: UInt8
    let minHours: Double, maxHours: Double
    let lat: Double, lon: Double, cosLat: Double
    let remote: Bool
    let satisfied: UInt64, conflicting: UInt64
    /// Occupation index and ISCO unit group, -1 and 0 when none.
    let occupation: Int, occupationIsco: Int
    let isco: [Int]
    let maxKm: Double
    let onlyVisible: Bool
    let municipality: UInt16?
    let minScore: Double
    /// Requirement slot of each competency, 0xFF when not asked for.
    let slotOf: [UInt8]
    /// Bit `slot` of `relatedSlots[c]`: holding competency c earns related credit for that slot.
    let relatedSlots: [UInt64]
    let requirements: [Int]
    let wantedLevel: [Int]
    let essentialMask: UInt64, allMask: UInt64
    let essentialCount: Int, optionalCount: Int
    /// Bit `c % 64` of each requirement `c`, as `CitizenRules.competencySignature`.
    let requirementSignature: UInt64
    /// Per bit `b` of `CitizenRules.competencySignature`, the essential and the optional
    /// requirements `c` with `c % 64 == b`.
    let essentialPerBit: [UInt8], optionalPerBit: [UInt8]
    /// `heldBounds[e * (optionalCount + 1) + o]`: the competency component with full credit for
    /// `e` essential and `o` optional requirements and related credit for the others, the most a
    /// row can reach when its signature has the bits of only that many requirements.
    let heldBounds: [Double]
    /// The occupation's bit in `CitizenRules.goalGroupSignature`.
    let occupationGroupBit: UInt64
    let layout: CitizenBlockLayout
    /// Per block rule class (`CitizenCell.ruleClasses`), the farthest its cell's nearest point
    /// may be for a member to pass the hard rules: -1 when the class refuses every member on
    /// fleksjob readiness or target hours, else the upper end of its commute-limit bucket
    /// (infinity for the last bucket or remote work).
    let classReachKm: [Double]

    init(
        taxonomy: Taxonomy, profile: ScoringProfile, layout: CitizenBlockLayout,
        vacancies: VacancyTable, row v: Int, query: MatchQuery
    ) {
        self.profile = profile
        self.layout = layout
        let kind = vacancies.kind[v]
        kindBit = kind.bit
        needsFlexJobApproval = kind == .flexJob
        gate =
            CitizenRules.alive | kind.bit << CitizenRules.kindShift
            | (kind == .flexJob ? CitizenRules.flexJobApproved : 0)
            | (query.onlyVisibleCitizens ? CitizenRules.visible : 0)
        minHours = vacancies.minHours[v]
        maxHours = vacancies.maxHours[v]
        lat = vacancies.lat[v]
        lon = vacancies.lon[v]
        cosLat = vacancies.cosLat[v]
        remote = vacancies.remote[v]
        satisfied = vacancies.satisfiedNeeds[v]
        conflicting = vacancies.conflictingNeeds[v]
        occupation = Int(vacancies.occupation[v])
        occupationIsco = occupation >= 0 ? taxonomy.occupationIsco[occupation] : 0
        isco = taxonomy.occupationIsco
        maxKm = query.maxKm ?? .infinity
        onlyVisible = query.onlyVisibleCitizens
        municipality = query.municipality?.rawValue
        minScore = query.minScore
        var slotOf = [UInt8](repeating: 0xFF, count: taxonomy.competencyCount)
        var relatedSlots = [UInt64](repeating: 0, count: taxonomy.competencyCount)
        var requirements: [Int] = []
        var wantedLevel: [Int] = []
        var essentialMask: UInt64 = 0
        for (slot, entry) in vacancies.requirements.entries(row: v).enumerated() {
            let competency = Int(entry >> 3)
            slotOf[competency] = UInt8(slot)
            requirements.append(competency)
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
        self.slotOf = slotOf
        self.relatedSlots = relatedSlots
        self.requirements = requirements
        self.wantedLevel = wantedLevel
        self.essentialMask = essentialMask
        allMask = requirements.count == 64 ? ~0 : (1 << UInt64(requirements.count)) - 1
        essentialCount = essentialMask.nonzeroBitCount
        optionalCount = requirements.count - essentialCount
        requirementSignature = requirements.reduce(0) { $0 | 1 << UInt64($1 & 63) }
        var essentialPerBit = [UInt8](repeating: 0, count: 64)
        var optionalPerBit = [UInt8](repeating: 0, count: 64)
        for (slot, competency) in requirements.enumerated() {
            if essentialMask & (1 << UInt64(slot)) != 0 {
                essentialPerBit[competency & 63] += 1
            } else {
                optionalPerBit[competency & 63] += 1
            }
        }
        self.essentialPerBit = essentialPerBit
        self.optionalPerBit = optionalPerBit
        let relatedCredit = ScoreRules.competencyCredit(held: 0, wanted: 1, related: true)
        heldBounds = (0...essentialCount).flatMap { [essentialCount, optionalCount] essential in
            (0...optionalCount).map { optional in
                ScoreRules.competencyValue(
                    essentialCredit: ScoreRules.fullCredit * essential + relatedCredit * (essentialCount - essential),
                    essentialCount: essentialCount,
                    optionalCredit: ScoreRules.fullCredit * optional + relatedCredit * (optionalCount - optional),
                    optionalCount: optionalCount)
            }
        }
        occupationGroupBit = 1 << UInt64(occupationIsco / 100 & 63)
        classReachKm = (0..<256).map { [minHours = vacancies.minHours[v], remote = vacancies.remote[v]] ruleClass in
            let target = ruleClass >> 3 & 7
            let commute = ruleClass & 7
            if kind == .flexJob && ruleClass & CitizenBlocks.flexJobClass == 0 { return -1 }
            // Every member's target is below the bucket's upper end.
            if target < CitizenBlocks.targetBuckets.count && CitizenBlocks.targetBuckets[target] <= minHours { return -1 }
            return remote || commute >= CitizenBlocks.commuteBuckets.count ? .infinity : CitizenBlocks.commuteBuckets[commute]
        }
    }

    /// An upper bound of the competency component of a row whose `CitizenRules.competencySignature`
    /// is `signature`: a requirement whose bit is not in it is not held (related credit at
    /// most); one whose bit is may be held (full credit at most).
    @inline(__always)
    func competencyBound(signature: UInt64) -> Double {
        var bits = signature & requirementSignature
        var essential = 0
        var optional = 0
        while bits != 0 {
            let bit = bits.trailingZeroBitCount
            essential += Int(essentialPerBit[bit])
            optional += Int(optionalPerBit[bit])
            bits &= bits - 1
        }
        return heldBounds[essential * (optionalCount + 1) + optional]
    }

    /// The distance to the cell's nearest point (0 for remote work), or nil when it is beyond
    /// every member's commute or the query's distance, so no member could be within reach.
    func reach(_ cell: CitizenCell) -> Double? {
        if remote { return 0 }
        let km = cell.box.minDistanceKm(lat: lat, lon: lon, cosLat: cosLat)
        return km <= cell.maxCommute && km <= maxKm ? km : nil
    }

    /// Whether a member of a block of rule class `ruleClass` in a cell whose nearest point is
    /// `cellKm` away (`reach`) could pass the hard rules on fleksjob readiness, target hours and
    /// commute: each member's computed distance is at least `cellKm`, and their commute limit at
    /// most their bucket's upper end.
    @inline(__always)
    func admits(ruleClass: UInt8, cellKm: Double) -> Bool {
        cellKm <= classReachKm[Int(ruleClass)]
    }

    /// An upper bound of the score of every member of the block (the unrounded `scoreBound`, so
    /// no rounding is paid for each of the hundreds of blocks a ranking looks at), or nil when no
    /// member can pass the hard rules (kind, fleksjob approval, hours, commute, visibility) or
    /// reach `minScore`.
    /// Each component is bounded by the best any member could do: competencies from those held
    /// or related to one held, job goals from the members' goals, hours from their most current
    /// hours, distance from the nearest point of the block; accommodations at most 1.
    ///
    /// Also the bound of the members whose goals all miss the occupation's ISCO sub-major group
    /// (job-goal fit 0), who the scan can pass over without reading when it is below the
    /// ranking's threshold (the bound itself when the vacancy has no occupation).
    func bound(_ summary: CitizenBlockSummary, bits: UnsafeBufferPointer<UInt64>) -> (any: Double, withoutFit: Double)? {
        if summary.kinds & kindBit == 0 || summary.maxTarget < minHours { return nil }
        if needsFlexJobApproval && !summary.anyFlexJobReady { return nil }
        if onlyVisible && !summary.anyVisible { return nil }
        var distance = 1.0
        if !remote {
            let km = summary.box.minDistanceKm(lat: lat, lon: lon, cosLat: cosLat)
            if km > summary.maxCommute || km > maxKm { return nil }
            distance = ScoreRules.distanceValue(km: km, halfKm: profile.distanceHalfKm)
        }
        var essentialCredit = 0
        var optionalCredit = 0
        for (slot, competency) in requirements.enumerated() {
            let word = competency >> 6
            let bit: UInt64 = 1 << UInt64(competency & 63)
            let credit =
                bits[word] & bit != 0
                ? ScoreRules.fullCredit
                : bits[layout.related + word] & bit != 0 ? ScoreRules.competencyCredit(held: 0, wanted: 1, related: true) : 0
            if essentialMask & (1 << UInt64(slot)) != 0 { essentialCredit += credit } else { optionalCredit += credit }
        }
        let competencies = ScoreRules.competencyValue(
            essentialCredit: essentialCredit, essentialCount: essentialCount,
            optionalCredit: optionalCredit, optionalCount: optionalCount)
        var jobGoals = ScoreRules.neutralJobGoalFit
        if occupation >= 0 {
            jobGoals = summary.anyWithoutGoals ? ScoreRules.neutralJobGoalFit : 0
            let unit = layout.unitOf[occupation]
            let subMajor = layout.subMajorOf[occupation]
            if bits[layout.goals + occupation >> 6] & (1 << UInt64(occupation & 63)) != 0 {
                jobGoals = 1
            } else if bits[layout.units + unit >> 6] & (1 << UInt64(unit & 63)) != 0 {
                jobGoals = max(jobGoals, ScoreRules.sameUnitGroupFit)
            } else if bits[layout.subMajors + subMajor >> 6] & (1 << UInt64(subMajor & 63)) != 0 {
                jobGoals = max(jobGoals, ScoreRules.sameSubMajorGroupFit)
            }
        }
        let hours =
            summary.maxCurrent >= minHours
            ? 1
            : ScoreRules.hours(current: summary.maxCurrent, target: minHours, min: minHours, max: maxHours).value
        let bound = ScoreRules.scoreBound(
            profile: profile, competencies: competencies, jobGoals: jobGoals,
            hours: hours, accommodations: 1, distance: distance)
        if bound < minScore { return nil }
        let withoutFit = ScoreRules.scoreBound(
            profile: profile, competencies: competencies, jobGoals: 0,
            hours: hours, accommodations: 1, distance: distance)
        return (bound, occupation >= 0 ? withoutFit : bound)
    }

    /// Scores every row of `table` (block `block`) that passes the hard rules and could enter `top`.
    ///
    /// When even `withoutFit` (the block's bound for members with no fitting goal) cannot enter
    /// the ranking, only the rows listed under the occupation's goal group or without goals are
    /// read; each is checked to still be so, as lists keep rewritten rows.
    ///
    /// `table` is never written: it is `inout` only so the caller's table is passed by address,
    /// where a copy of it would retain and release each of its columns for every block scanned.
    func scan(_ table: inout CitizenTable, block: Int32, withoutFit: Double, into top: inout TopK) {
        table.rules.withUnsafeBufferPointer { rules in
            guard occupation >= 0 && (withoutFit < minScore || withoutFit < top.threshold) else {
                for row in rules.indices { scan(&table, rules: rules[row], row: row, block: block, into: &top) }
                return
            }
            let goalCount = table.goals.count
            for row in table.goalGroupRows[occupationIsco / 100 & 63].lazy.map(Int.init)
            where rules[row].goalGroupSignature & occupationGroupBit != 0 {
                scan(&table, rules: rules[row], row: row, block: block, into: &top)
            }
            for row in table.goalGroupRows[64].lazy.map(Int.init) where goalCount[row] == 0 {
                scan(&table, rules: rules[row], row: row, block: block, into: &top)
            }
        }
    }

    /// Scores row `row` of `table`, whose rules record is `rules`, when it passes the hard rules
    /// and could enter `top` (`table` `inout` only to be passed by address, as above).
    @inline(__always)
    private func scan(_ table: inout CitizenTable, rules: CitizenRules, row: Int, block: Int32, into top: inout TopK) {
        if rules.gate & gate != gate { return }
        let target = rules.target
        if target < minHours { return }
        if let municipality, table.municipality[row] != municipality { return }
        let arena = table.competencies.storage
        let arenaStart = table.competencies.start
        let arenaCount = table.competencies.count
        let goals = table.goals.storage
        let goalStart = table.goals.start
        let goalCount = table.goals.count
        let required = rules.requiredNeeds
        if required & conflicting != 0 { return }
        var distance = 1.0
        if !remote {
            let km = Geo.distanceKm(
                lat1: rules.lat, lon1: rules.lon, cosLat1: rules.cosLat,
                lat2: lat, lon2: lon, cosLat2: cosLat)
            if km > rules.maxCommute || km > maxKm { return }
            distance = ScoreRules.distanceValue(km: km, halfKm: profile.distanceHalfKm)
        }

        var jobGoals = ScoreRules.neutralJobGoalFit
        let goalBase = Int(goalStart[row])
        let goalsHeld = Int(goalCount[row])
        if occupation >= 0 && goalsHeld > 0 {
            // Only a goal in the occupation's ISCO sub-major group fits at all.
            jobGoals = 0
            if rules.goalGroupSignature & occupationGroupBit != 0 {
                for index in goalBase..<goalBase + goalsHeld {
                    let goal = Int(goals[index])
                    jobGoals = max(
                        jobGoals,
                        ScoreRules.jobGoalFit(
                            goal: goal, goalIsco: isco[goal],
                            occupation: occupation, occupationIsco: occupationIsco))
                }
            }
        }
        let hours = ScoreRules.hours(current: rules.current, target: target, min: minHours, max: maxHours)
        let accommodations = ScoreRules.accommodations(
            required: required, preferred: rules.preferredNeeds, satisfied: satisfied, conflicting: conflicting)
        // The best this row can score is with full credit for the requirements it may hold
        // (by its signature) and related credit for the others; skip the competency list when
        // even that cannot enter the ranking.
        let competencyBound = competencyBound(signature: rules.competencySignature)
        let bound = ScoreRules.scoreBound(
            profile: profile, competencies: competencyBound, jobGoals: jobGoals,
            hours: hours.value, accommodations: accommodations.value, distance: distance)
        if bound < minScore || bound < top.threshold { return }
        var essentialCredit = 0
        var optionalCredit = 0
        var hit: UInt64 = 0
        var related: UInt64 = 0
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

        let score = ScoreRules.score(
            profile: profile, competencies: competencies, jobGoals: jobGoals,
            hours: hours.value, accommodations: accommodations.value, distance: distance)
        if score < minScore || score < top.threshold { return }
        top.insert(TopK.Entry(score: score, id: table.ids[row], block: block, row: Int32(row)))
    }
}

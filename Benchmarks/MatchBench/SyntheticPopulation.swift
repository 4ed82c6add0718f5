import MatchCore

/// Generates citizens and vacancies coded against the real taxonomy, deterministically from a
/// seed, with distributions meant to resemble a Danish job centre's caseload, so the benchmark
/// exercises the same rejection rates and scoring paths as production would.
///
/// Modelling choices (rough, but documented):
/// - Locations: a municipality's main town drawn by approximate population (`townWeights`,
///   thousands of inhabitants, 2024; unlisted municipalities count 45), then scattered with a
///   Gaussian-ish offset of σ = 10 km in each direction.
/// - Citizens: 70 % fleksjob-approved, 10 % each of the other statuses; 1–3 job goals; 2–10
///   competencies, three in four drawn from the goals' occupations; current hours 10 % in
///   0.5–2, 75 % in 2–15, 15 % in 15–37; target ≥ current; 60 % with 1–4 needs (each 70 %
///   required, 60 % shared); commute limit 5–40 km skewed short; 85 % visible.
/// - Vacancies: 85 % openings (flexJob 55 %, ordinary hours 25 %, wage subsidy 20 %), 15 %
///   slots (work trial 75 %, wage subsidy 25 %) with capacity 2–6 and a free place; an
///   occupation with 2–8 of its competencies as requirements, the first 1–3 essential; hours
///   minimum 2–20 and maximum above it; 0–4 offers, 0–3 demands; 3 % remote.
struct SyntheticPopulation {
    /// Approximate populations in thousands for the larger (and a few tiny) municipalities.
    static let townWeights: [String: Double] = [
        "101": 660, "751": 367, "851": 222, "461": 207, "630": 121, "561": 115, "147": 104,
        "615": 99, "730": 99, "740": 98, "791": 98, "621": 95, "265": 90, "657": 90, "370": 84,
        "330": 80, "157": 75, "540": 74, "316": 73, "159": 70, "217": 64, "860": 64, "746": 64,
        "259": 62, "376": 60, "580": 59, "813": 59, "230": 57, "169": 57, "173": 56, "510": 55,
        "167": 54, "219": 52, "607": 52, "400": 39, "155": 14, "482": 12, "492": 6, "741": 4,
        "563": 3.5, "825": 2,
    ]
    /// Weight of a municipality missing from `townWeights`.
    static let defaultTownWeight = 45.0
    /// Kilometres per degree of latitude.
    static let kmPerDegree = 111.2
    /// Companies the vacancies are spread over.
    static let companyCount = 20_000

    private var rng: Xoshiro256
    private let townLat: [Double]
    private let townLon: [Double]
    private let townCumulative: [Double]
    /// Dense competency indexes of each occupation, in the taxonomy's order.
    private let occupationCompetencies: [[Int]]
    private let competencyCount: Int
    private let needCount: Int
    private let offerCount: Int
    private let demandCount: Int

    /// Prepares the lookup tables from `taxonomy`; `seed` fixes the whole sequence.
    init(taxonomy: Taxonomy, seed: UInt64) {
        rng = Xoshiro256(seed: seed)
        let towns = taxonomy.source.municipalities
        townLat = towns.map(\.lat)
        townLon = towns.map(\.lon)
        var total = 0.0
        townCumulative = towns.map { town in
            total += SyntheticPopulation.townWeights[town.code.description] ?? SyntheticPopulation.defaultTownWeight
            return total
        }
        occupationCompetencies = taxonomy.source.occupations.occupations.map { occupation in
            occupation.competencies.compactMap { taxonomy.competencyIndex[$0] }
        }
        competencyCount = taxonomy.competencyCount
        needCount = taxonomy.needIndex.count
        offerCount = taxonomy.offerIndex.count
        demandCount = taxonomy.demandIndex.count
    }

    /// The next `count` citizens.
    mutating func citizens(_ count: Int) -> [CitizenFeatures] {
        (0..<count).map { _ in citizen() }
    }

    /// The next `count` vacancies.
    mutating func vacancies(_ count: Int) -> [VacancyFeatures] {
        (0..<count).map { _ in vacancy() }
    }

    /// One citizen (see the type's documentation for the distributions).
    mutating func citizen() -> CitizenFeatures {
        let id = EntityID(high: rng.next(), low: rng.next())
        let status = pickStatus()
        let current = currentHours()
        let target = rng.chance(0.25) ? current : min(37, current + (37 - current) * rng.unit() * rng.unit())
        let goals = distinct(rng.int(in: 1...3), below: occupationCompetencies.count)
        let goalPool = goals.flatMap { occupationCompetencies[$0] }
        let wanted = rng.int(in: 2...10)
        var held: [Int] = []
        for _ in 0..<wanted * 3 where held.count < wanted {
            let competency = !goalPool.isEmpty && rng.chance(0.75)
                ? goalPool[rng.below(goalPool.count)] : rng.below(competencyCount)
            if !held.contains(competency) { held.append(competency) }
        }
        let needs = rng.chance(0.6) ? distinct(rng.int(in: 1...4), below: needCount) : []
        let u = rng.unit()
        return CitizenFeatures(
            id: id, status: status, hours: CitizenHours(current: current, target: target),
            competencies: held.map { HeldCompetency(competency: $0, level: level(basic: 0.35, intermediate: 0.45)) },
            jobGoals: goals,
            needs: needs.map { AccommodationNeed(need: $0, required: rng.chance(0.7), shared: rng.chance(0.6)) },
            acceptedKinds: acceptedKinds(status: status), location: location(),
            maxCommuteKm: 5 + 35 * u * u, visibleToCompanies: rng.chance(0.85))
    }

    /// One opening or slot (see the type's documentation for the distributions).
    mutating func vacancy() -> VacancyFeatures {
        let id = EntityID(high: rng.next(), low: rng.next())
        let company = EntityID(high: 0xC0, low: UInt64(rng.below(SyntheticPopulation.companyCount)))
        let isSlot = rng.chance(0.15)
        let kind: EmploymentKind
        if isSlot {
            kind = rng.chance(0.75) ? .workTrial : .wageSubsidy
        } else {
            let draw = rng.unit()
            kind = draw < 0.55 ? .flexJob : draw < 0.80 ? .ordinaryHours : .wageSubsidy
        }
        let capacity = isSlot ? rng.int(in: 2...6) : nil
        let occupation = rng.below(occupationCompetencies.count)
        let chosen = rng.sample(occupationCompetencies[occupation], count: rng.int(in: 2...8))
        let essentials = rng.int(in: 1...3)
        let requirements = chosen.enumerated().map { position, competency in
            CompetencyRequirement(competency: competency, level: level(basic: 0.40, intermediate: 0.45),
                                  essential: position < essentials)
        }
        let minHours = (rng.double(in: 2...20) * 2).rounded() / 2
        let maxHours = min(37, minHours + (rng.double(in: 0...20) * 2).rounded() / 2)
        return VacancyFeatures(
            id: id, companyId: company, source: isSlot ? .slot : .opening, kind: kind, isOpen: true,
            capacity: capacity, occupied: capacity.map { rng.below($0) } ?? 0,
            hours: HoursBand(min: minHours, max: maxHours), occupation: occupation,
            requirements: requirements,
            offers: distinct(rng.int(in: 0...4), below: offerCount),
            demands: distinct(rng.int(in: 0...3), below: demandCount),
            location: location(), remote: rng.chance(0.03))
    }

    /// 70 % fleksjob-approved, the rest evenly over the other statuses.
    private mutating func pickStatus() -> CitizenStatus {
        let draw = rng.unit()
        return draw < 0.7 ? .flexJobApproved : draw < 0.8 ? .resourceProgramme : draw < 0.9 ? .activityReady : .jobReady
    }

    /// Weekly hours today, skewed low: most citizens in a fleksjob context work 2–15 hours.
    private mutating func currentHours() -> Double {
        let draw = rng.unit()
        let hours = draw < 0.10 ? rng.double(in: 0.5...2) : draw < 0.85 ? rng.double(in: 2...15) : rng.double(in: 15...37)
        return max(0.5, (hours * 2).rounded() / 2)
    }

    /// Employment kinds by status: fleksjob-approved citizens nearly all accept flexJob; those
    /// further from the labour market mostly work trials; job-ready citizens ordinary hours.
    /// Never empty.
    private mutating func acceptedKinds(status: CitizenStatus) -> KindSet {
        let odds: [(EmploymentKind, Double)]
        switch status {
        case .flexJobApproved:
            odds = [(.flexJob, 0.95), (.ordinaryHours, 0.25), (.workTrial, 0.35), (.wageSubsidy, 0.15)]
        case .resourceProgramme:
            odds = [(.workTrial, 0.90), (.ordinaryHours, 0.10), (.wageSubsidy, 0.30)]
        case .activityReady:
            odds = [(.workTrial, 0.80), (.ordinaryHours, 0.30), (.wageSubsidy, 0.50)]
        case .jobReady:
            odds = [(.ordinaryHours, 0.90), (.workTrial, 0.40), (.wageSubsidy, 0.60)]
        }
        let kinds = odds.filter { rng.chance($0.1) }.map(\.0)
        return KindSet(kinds.isEmpty ? [odds[0].0] : kinds)
    }

    /// A level 1–3 with the given odds for 1 and 2 (3 takes the rest).
    private mutating func level(basic: Double, intermediate: Double) -> Int {
        let draw = rng.unit()
        return draw < basic ? 1 : draw < basic + intermediate ? 2 : 3
    }

    /// A point near a population-weighted municipality town (σ ≈ 10 km per axis).
    private mutating func location() -> GeoPoint {
        let town = rng.weightedIndex(cumulative: townCumulative)
        let lat = townLat[town] + rng.gaussian() * 10 / SyntheticPopulation.kmPerDegree
        let kmPerLonDegree = SyntheticPopulation.kmPerDegree * Geo.cosine(degrees: townLat[town])
        return GeoPoint(lat: lat, lon: townLon[town] + rng.gaussian() * 10 / kmPerLonDegree)
    }

    /// `count` distinct integers below `bound` (fewer when `bound` is smaller).
    private mutating func distinct(_ count: Int, below bound: Int) -> [Int] {
        var values: [Int] = []
        while values.count < min(count, bound) {
            let value = rng.below(bound)
            if !values.contains(value) { values.append(value) }
        }
        return values
    }
}

import Foundation
import MatchCore
import Profiles

/// Generates citizens, companies, openings and slots as the API's records, coded against the real
/// taxonomy, deterministically from a seed, with the spread of a national caseload (issue #11):
///
/// - Citizens: a home competency group (groups weighted by how many occupations they lead);
///   3–12 competencies (mean 7.5) drawn with Zipf skew (s = 1.1, most typical first) — 65 % from
///   the home group, of the rest three in four from `general`, the others from any group —
///   at levels 1/2/3 with 45/35/20 %; 0–3 job goals (10/45/35/10 %), 85 % from the home group's
///   occupations; 60 % fleksjob-approved; current hours log-normal around 10 (2–36.5), target
///   = current for 30 %, else current + 1–15; 0–4 needs (mean 1.3), 60 % required, 75 % shared;
///   homes in all 98 municipalities weighted by population with ≈ 8 km jitter; commute limit
///   5–60 km skewed short; 90 % visible.
/// - Companies: in a population-weighted town with ≈ 3 km jitter, a valid CVR, no two alike
///   (the database refuses a second company with a CVR).
/// - Vacancies: 85 % openings, 15 % slots (capacity 2–6, a free place); an occupation and 2–8 of
///   its typical competencies (the first 1–3 essential); hours bands by kind; 0–4 offers and
///   0–3 demands from the catalogue; at the company; 5 % remote.
struct RealisticPopulation {
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
    /// Groups that are nobody's trade: drawn as "general", never as a home group.
    static let generalGroups: Set<String> = ["general", "languages", "licences"]
    /// DB07 industry codes given to companies.
    static let industries = ["813000", "521000", "471100", "881000", "561010", "433200", "692000", "012000", "862100"]

    private var rng: Xoshiro256
    private let taxonomy: Taxonomy
    private let towns: [MunicipalityEntry]
    private let townCumulative: [Double]
    /// Competency codes of each group, most typical (listed by most occupations) first.
    private let groupCompetencies: [[String]]
    /// Zipf weights (running totals) for each group's competencies.
    private let groupZipf: [[Double]]
    /// Home groups (indexes into `groupCompetencies`) and their running weights.
    private let homeGroups: [Int]
    private let homeCumulative: [Double]
    /// Occupations (dense indexes) led by each group.
    private let groupOccupations: [[Int]]
    private let general: Int
    private var companies: [Company] = []
    /// The CVR numbers given so far: 25,000 random ones would repeat a few dozen times.
    private var cvrs: Set<String> = []

    /// Prepares the lookup tables; `seed` fixes every record drawn.
    init(taxonomy: Taxonomy, seed: UInt64) {
        rng = Xoshiro256(seed: seed)
        self.taxonomy = taxonomy
        towns = taxonomy.source.municipalities
        var total = 0.0
        townCumulative = towns.map { town in
            total += RealisticPopulation.townWeights[town.code.description] ?? RealisticPopulation.defaultTownWeight
            return total
        }
        let source = taxonomy.source
        let groupCodes = source.competencies.groups.map(\.code)
        var listed: [String: Int] = [:]
        for occupation in source.occupations.occupations {
            for code in occupation.competencies { listed[code, default: 0] += 1 }
        }
        var members = [[String]](repeating: [], count: groupCodes.count)
        let groupOf = Dictionary(uniqueKeysWithValues: groupCodes.enumerated().map { ($1, $0) })
        for entry in source.competencies.competencies { members[groupOf[entry.group]!].append(entry.code) }
        groupCompetencies = members.map { codes in
            codes.enumerated().sorted { (listed[$0.element] ?? 0, -$0.offset) > (listed[$1.element] ?? 0, -$1.offset) }
                .map(\.element)
        }
        groupZipf = groupCompetencies.map { codes in
            var sum = 0.0
            return codes.indices.map { rank in
                sum += 1 / pow(Double(rank + 1), 1.1)
                return sum
            }
        }
        // An occupation is led by the group most of its typical competencies are in (ties: first).
        var led = [[Int]](repeating: [], count: groupCodes.count)
        for (index, occupation) in source.occupations.occupations.enumerated() {
            var counts: [Int: Int] = [:]
            var order: [Int] = []
            for code in occupation.competencies {
                guard let entry = taxonomy.competencyIndex[code],
                    !RealisticPopulation.generalGroups.contains(source.competencies.competencies[entry].group)
                else { continue }
                let group = groupOf[source.competencies.competencies[entry].group]!
                if counts[group] == nil { order.append(group) }
                counts[group, default: 0] += 1
            }
            if let lead = order.max(by: { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && $0 > $1) }) {
                led[lead].append(index)
            }
        }
        groupOccupations = led
        homeGroups = led.indices.filter { !led[$0].isEmpty }
        var weight = 0.0
        homeCumulative = homeGroups.map { group in
            weight += Double(led[group].count)
            return weight
        }
        general = groupOf["general"] ?? 0
    }

    // MARK: - Records

    /// The next citizen.
    mutating func citizen(_ number: Int) -> Citizen {
        let id = uuid()
        let home = homeGroups[rng.weightedIndex(cumulative: homeCumulative)]
        let status: CitizenStatus =
            rng.chance(0.6)
            ? .flexJobApproved
            : [CitizenStatus.resourceProgramme, .activityReady, .jobReady][rng.below(3)]
        var codes: [String] = []
        let wanted = rng.int(in: 3...12)
        for _ in 0..<wanted * 4 where codes.count < wanted {
            let group = rng.chance(0.65) ? home : rng.chance(0.75) ? general : rng.below(groupCompetencies.count)
            let code = zipf(group)
            if !codes.contains(code) { codes.append(code) }
        }
        let goalCount = pick([0.10, 0.45, 0.35, 0.10])
        var goals: [String] = []
        for _ in 0..<goalCount * 4 where goals.count < goalCount {
            let occupation =
                rng.chance(0.85)
                ? groupOccupations[home][rng.below(groupOccupations[home].count)]
                : rng.below(taxonomy.occupationIsco.count)
            let code = taxonomy.occupationCode(occupation)
            if !goals.contains(code) { goals.append(code) }
        }
        let current = halfHours(min(36.5, max(2, 10 * exp(0.55 * rng.gaussian()))))
        let target = rng.chance(0.3) ? current : min(48, current + halfHours(rng.double(in: 1...15)))
        let needCodes = distinct(pick([0.32, 0.30, 0.20, 0.11, 0.07]), of: taxonomy.source.accommodations.needs.map(\.code))
        let town = rng.weightedIndex(cumulative: townCumulative)
        let u = rng.unit()
        return Citizen(
            id: id, municipalityCode: towns[town].code, name: "Borger \(number)", status: status,
            hours: CitizenHours(current: current, target: target),
            competencies: codes.map { HeldCompetencyCode(code: $0, level: pick([0.45, 0.35, 0.20]) + 1) },
            jobGoals: goals,
            needs: needCodes.map { NeedCode(code: $0, required: rng.chance(0.6), shared: rng.chance(0.75)) },
            acceptedKinds: acceptedKinds(status: status), location: near(town, km: 8),
            maxCommuteKm: (5 + 55 * u * u).rounded(), visibleToCompanies: rng.chance(0.9))
    }

    /// The next company.
    mutating func company(_ number: Int) -> Company {
        let id = uuid()
        let town = rng.weightedIndex(cumulative: townCumulative)
        return Company(
            id: id, cvr: cvr(), name: "Virksomhed \(number) ApS",
            industry: RealisticPopulation.industries[rng.below(RealisticPopulation.industries.count)],
            municipalityCode: towns[town].code, location: near(town, km: 3))
    }

    /// The next opening or slot, at one of `companies`.
    mutating func vacancy(companies: [Company]) -> Vacancy {
        let id = uuid()
        let company = companies[rng.below(companies.count)]
        let isSlot = rng.chance(0.15)
        let kind: EmploymentKind
        if isSlot {
            kind = rng.chance(0.75) ? .workTrial : .wageSubsidy
        } else {
            let draw = rng.unit()
            kind = draw < 0.55 ? .flexJob : draw < 0.80 ? .ordinaryHours : .wageSubsidy
        }
        let occupation = rng.below(taxonomy.occupationIsco.count)
        let entry = taxonomy.source.occupations.occupations[occupation]
        let chosen = rng.sample(Array(entry.competencies.indices), count: rng.int(in: 2...8)).map { entry.competencies[$0] }
        let essentials = rng.int(in: 1...3)
        let hours = hoursBand(kind)
        let capacity = rng.int(in: 2...6)
        let catalogue = taxonomy.source.accommodations
        return Vacancy(
            id: id, companyId: company.id, source: isSlot ? .slot : .opening, title: entry.da, description: "",
            occupationCode: entry.code, kind: kind, status: .open,
            places: isSlot ? Places(capacity: capacity, occupiedOutside: rng.below(capacity)) : nil, hours: hours,
            competencies: chosen.enumerated().map { position, code in
                RequirementCode(code: code, level: pick([0.40, 0.45, 0.15]) + 1, essential: position < essentials)
            },
            offers: distinct(rng.int(in: 0...4), of: catalogue.offers.map(\.code)),
            demands: distinct(rng.int(in: 0...3), of: catalogue.demands.map(\.code)),
            location: company.location, remote: rng.chance(0.05))
    }

    // MARK: - Draws

    /// A competency of `group`, by Zipf rank.
    private mutating func zipf(_ group: Int) -> String {
        groupCompetencies[group][rng.weightedIndex(cumulative: groupZipf[group])]
    }

    /// An index drawn with the given probabilities (summing to 1).
    private mutating func pick(_ odds: [Double]) -> Int {
        var draw = rng.unit()
        for (index, odd) in odds.enumerated() {
            if draw < odd { return index }
            draw -= odd
        }
        return odds.count - 1
    }

    /// `count` distinct codes of `pool`.
    private mutating func distinct(_ count: Int, of pool: [String]) -> [String] {
        rng.sample(Array(pool.indices), count: count).map { pool[$0] }
    }

    /// Hours rounded to the half hour.
    private func halfHours(_ hours: Double) -> Double { (hours * 2).rounded() / 2 }

    /// Hours bands by kind: fleksjob few hours, ordinary and wage subsidy toward full time, work
    /// trials short and open-ended.
    private mutating func hoursBand(_ kind: EmploymentKind) -> HoursBand {
        let min: Double
        let max: Double
        switch kind {
        case .flexJob:
            min = halfHours(rng.double(in: 2...15))
            max = Swift.min(37, min + halfHours(rng.double(in: 0...20)))
        case .ordinaryHours, .wageSubsidy:
            min = halfHours(rng.double(in: 15...30))
            max = 37
        case .workTrial:
            min = halfHours(rng.double(in: 2...10))
            max = Swift.max(min, halfHours(rng.double(in: 10...30)))
        }
        return HoursBand(min: min, max: max)
    }

    /// Employment kinds by status; never empty.
    private mutating func acceptedKinds(status: CitizenStatus) -> [EmploymentKind] {
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
        return kinds.isEmpty ? [odds[0].0] : kinds
    }

    /// A point near town `town` (σ = `km` per axis), inside Denmark's bounding box.
    private mutating func near(_ town: Int, km: Double) -> GeoPoint {
        let lat = towns[town].lat + rng.gaussian() * km / RealisticPopulation.kmPerDegree
        let kmPerLonDegree = RealisticPopulation.kmPerDegree * Geo.cosine(degrees: towns[town].lat)
        let lon = towns[town].lon + rng.gaussian() * km / kmPerLonDegree
        func clamp(_ value: Double, _ range: ClosedRange<Double>) -> Double {
            (Swift.min(range.upperBound, Swift.max(range.lowerBound, value)) * 1e5).rounded() / 1e5
        }
        return GeoPoint(lat: clamp(lat, Limits.latitude), lon: clamp(lon, Limits.longitude))
    }

    /// A random version-4 UUID from the generator.
    private mutating func uuid() -> UUID {
        let high = rng.next() & 0xFFFF_FFFF_FFFF_0FFF | 0x4000
        let low = rng.next() & 0x3FFF_FFFF_FFFF_FFFF | 0x8000_0000_0000_0000
        return EntityID(high: high, low: low).uuid
    }

    /// A CVR number with a valid modulus-11 check.
    private mutating func cvr() -> String {
        let weights = [2, 7, 6, 5, 4, 3, 2]
        while true {
            let digits = [rng.int(in: 1...9)] + (0..<6).map { _ in rng.below(10) }
            let check = (11 - zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 } % 11) % 11
            let cvr = (digits + [check]).map(String.init).joined()
            if check < 10, cvrs.insert(cvr).inserted { return cvr }
        }
    }
}

import MatchCore

/// A small literal taxonomy and builders for citizens and vacancies, so each test states only
/// what it is about.
enum Fixture {
    static let source = TaxonomySource(
        competencies: CompetencyFile(
            groups: [
                LabelEntry(code: "cleaning", da: "Rengøring", en: "Cleaning"),
                LabelEntry(code: "warehouse", da: "Lager", en: "Warehouse"),
                LabelEntry(code: "office", da: "Kontor", en: "Office"),
            ],
            competencies: [
                CompetencyEntry(
                    code: "cleaning.floor-care", group: "cleaning", da: "Gulvpleje", en: "Floor care",
                    synonymsDa: ["gulvvask"], synonymsEn: ["floor cleaning"]),
                CompetencyEntry(code: "cleaning.windows", group: "cleaning", da: "Vinduespudsning", en: "Window cleaning"),
                CompetencyEntry(code: "warehouse.picking", group: "warehouse", da: "Plukning", en: "Order picking"),
                CompetencyEntry(code: "warehouse.forklift", group: "warehouse", da: "Truckkørsel", en: "Forklift driving"),
                CompetencyEntry(code: "office.filing", group: "office", da: "Arkivering", en: "Filing"),
            ]),
        occupations: OccupationFile(occupations: [
            OccupationEntry(code: "cleaner", iscoGroup: "9112", da: "Rengøringsassistent", en: "Cleaner"),
            OccupationEntry(code: "hotel-cleaner", iscoGroup: "9112", da: "Stuepige", en: "Hotel cleaner"),
            OccupationEntry(code: "window-cleaner", iscoGroup: "9122", da: "Vinduespudser", en: "Window cleaner"),
            // Typical competencies of two groups: picking and filing are related through it.
            OccupationEntry(
                code: "warehouse-worker", iscoGroup: "9333", da: "Lagermedarbejder", en: "Warehouse worker",
                competencies: ["warehouse.picking", "office.filing"]),
            OccupationEntry(code: "office-clerk", iscoGroup: "4110", da: "Kontorassistent", en: "Office clerk"),
        ]),
        accommodations: AccommodationFile(
            needs: [
                NeedEntry(
                    code: "no-heavy-lifting", da: "Ingen tunge løft", en: "No heavy lifting",
                    satisfiedBy: ["lifting-aids"], conflictsWith: ["heavy-lifting"]),
                NeedEntry(
                    code: "quiet-surroundings", da: "Rolige omgivelser", en: "Quiet surroundings",
                    satisfiedBy: ["quiet-room"], conflictsWith: ["noisy-environment"]),
                NeedEntry(
                    code: "day-shift-only", da: "Kun dagvagter", en: "Day shifts only",
                    satisfiedBy: ["day-shifts"], conflictsWith: ["evening-shifts"]),
            ],
            offers: [
                LabelEntry(code: "lifting-aids", da: "Løftehjælpemidler", en: "Lifting aids"),
                LabelEntry(code: "quiet-room", da: "Stillerum", en: "Quiet room"),
                LabelEntry(code: "day-shifts", da: "Dagvagter", en: "Day shifts"),
            ],
            demands: [
                LabelEntry(code: "heavy-lifting", da: "Tunge løft", en: "Heavy lifting"),
                LabelEntry(code: "noisy-environment", da: "Støjende miljø", en: "Noisy environment"),
                LabelEntry(code: "evening-shifts", da: "Aftenvagter", en: "Evening shifts"),
            ]),
        municipalities: [
            MunicipalityEntry(code: MunicipalityCode("615")!, name: "Horsens", region: "Midtjylland", lat: 55.86, lon: 9.85),
            MunicipalityEntry(code: MunicipalityCode("751")!, name: "Aarhus", region: "Midtjylland", lat: 56.16, lon: 10.20),
        ])

    static let taxonomy = try! Taxonomy(source: source)
    static let scorer = Scorer(taxonomy: taxonomy)
    static let horsens = GeoPoint(lat: 55.86, lon: 9.85)

    static func id(_ n: UInt64) -> EntityID { EntityID(high: 0, low: n) }
    static func competency(_ code: String) -> Int { taxonomy.competencyIndex[code]! }
    static func occupation(_ code: String) -> Int { taxonomy.occupationIndex[code]! }
    static func need(_ code: String) -> Int { taxonomy.needIndex[code]! }
    static func offer(_ code: String) -> Int { taxonomy.offerIndex[code]! }
    static func demand(_ code: String) -> Int { taxonomy.demandIndex[code]! }

    static func citizen(
        _ n: UInt64 = 1, status: CitizenStatus = .flexJobApproved, current: Double = 10, target: Double = 15,
        competencies: [(String, Int)] = [("cleaning.floor-care", 2)], goals: [String] = ["cleaner"],
        needs: [(String, required: Bool)] = [], kinds: [EmploymentKind] = [.flexJob, .workTrial],
        location: GeoPoint = horsens, maxCommuteKm: Double = 20, visible: Bool = true
    ) -> CitizenFeatures {
        CitizenFeatures(
            id: id(n), status: status, hours: CitizenHours(current: current, target: target),
            competencies: competencies.map { HeldCompetency(competency: competency($0.0), level: $0.1) },
            jobGoals: goals.map(occupation),
            needs: needs.map { AccommodationNeed(need: need($0.0), required: $0.required, shared: true) },
            acceptedKinds: KindSet(kinds), location: location, maxCommuteKm: maxCommuteKm, visibleToCompanies: visible)
    }

    static func vacancy(
        _ n: UInt64 = 100, source: VacancySource = .opening, kind: EmploymentKind = .flexJob, isOpen: Bool = true,
        capacity: Int? = nil, occupied: Int = 0, min: Double = 8, max: Double = 15,
        occupation: String? = "cleaner", requirements: [(String, Int, essential: Bool)] = [("cleaning.floor-care", 2, true)],
        offers: [String] = [], demands: [String] = [], location: GeoPoint = horsens, remote: Bool = false
    ) -> VacancyFeatures {
        VacancyFeatures(
            id: id(n), companyId: id(10_000), source: source, kind: kind, isOpen: isOpen, capacity: capacity,
            occupied: occupied, hours: HoursBand(min: min, max: max), occupation: occupation.map(Fixture.occupation),
            requirements: requirements.map { CompetencyRequirement(competency: competency($0.0), level: $0.1, essential: $0.essential) },
            offers: offers.map(offer), demands: demands.map(demand), location: location, remote: remote)
    }

    static func explanation(_ outcome: MatchOutcome) -> MatchExplanation? {
        if case .match(let explanation) = outcome { return explanation }
        return nil
    }

    static func value(_ explanation: MatchExplanation?, _ component: ScoreComponent) -> Double? {
        explanation?.components.first { $0.name == component }?.value
    }
}

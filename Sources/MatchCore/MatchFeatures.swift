/// A citizen's weekly hours: what they can work today and what they are working toward.
public struct CitizenHours: Hashable, Sendable, Codable {
    /// Hours a week the citizen can work now.
    public var current: Double
    /// Hours a week the citizen aims to reach.
    public var target: Double

    /// Creates the range.
    public init(current: Double, target: Double) {
        self.current = current
        self.target = target
    }
}

/// The weekly hours an opening or slot offers.
public struct HoursBand: Hashable, Sendable, Codable {
    /// Fewest hours a week the workplace can use.
    public var min: Double
    /// Most hours a week the workplace offers.
    public var max: Double

    /// Creates the band.
    public init(min: Double, max: Double) {
        self.min = min
        self.max = max
    }
}

/// A competency a citizen holds, at a level 1 (basic) to 3 (expert).
public struct HeldCompetency: Hashable, Sendable {
    /// Dense competency index in the taxonomy.
    public var competency: Int
    /// Level 1–3.
    public var level: Int

    /// Creates the pair.
    public init(competency: Int, level: Int) {
        self.competency = competency
        self.level = level
    }
}

/// A competency an opening or slot asks for.
public struct CompetencyRequirement: Hashable, Sendable {
    /// Dense competency index in the taxonomy.
    public var competency: Int
    /// Level wanted, 1–3.
    public var level: Int
    /// Essential requirements weigh most; the rest are optional.
    public var essential: Bool

    /// Creates the requirement.
    public init(competency: Int, level: Int, essential: Bool) {
        self.competency = competency
        self.level = level
        self.essential = essential
    }
}

/// An accommodation need (skånebehov) of a citizen.
public struct AccommodationNeed: Hashable, Sendable {
    /// Dense need index (bit position) in the catalogue.
    public var need: Int
    /// Required needs are hard constraints; preferred ones only move the score.
    public var required: Bool
    /// Whether the citizen lets companies see this need.
    public var shared: Bool

    /// Creates the need.
    public init(need: Int, required: Bool, shared: Bool) {
        self.need = need
        self.required = required
        self.shared = shared
    }
}

/// What the engine knows of a citizen, coded against the taxonomy.
public struct CitizenFeatures: Hashable, Sendable {
    /// The citizen's id.
    public var id: EntityID
    /// Case category; only fleksjob-approved citizens match fleksjob openings.
    public var status: CitizenStatus
    /// Weekly hours now and as target.
    public var hours: CitizenHours
    /// Competencies held, each at most once.
    public var competencies: [HeldCompetency]
    /// Job goals as dense occupation indexes.
    public var jobGoals: [Int]
    /// Accommodation needs.
    public var needs: [AccommodationNeed]
    /// Employment kinds the citizen accepts.
    public var acceptedKinds: KindSet
    /// Where the citizen lives.
    public var location: GeoPoint
    /// The longest commute the citizen accepts, in km.
    public var maxCommuteKm: Double
    /// Whether companies may see the citizen's card.
    public var visibleToCompanies: Bool
    /// The municipality holding the case, so a consultant's query can keep to their own
    /// caseload; nil when unknown (such a citizen is in no consultant's caseload).
    public var municipality: MunicipalityCode?

    /// Creates the features.
    public init(
        id: EntityID, status: CitizenStatus, hours: CitizenHours, competencies: [HeldCompetency],
        jobGoals: [Int], needs: [AccommodationNeed], acceptedKinds: KindSet, location: GeoPoint,
        maxCommuteKm: Double, visibleToCompanies: Bool, municipality: MunicipalityCode? = nil
    ) {
        self.id = id
        self.status = status
        self.hours = hours
        self.competencies = competencies
        self.jobGoals = jobGoals
        self.needs = needs
        self.acceptedKinds = acceptedKinds
        self.location = location
        self.maxCommuteKm = maxCommuteKm
        self.visibleToCompanies = visibleToCompanies
        self.municipality = municipality
    }
}

/// Whether a vacancy is a company's job opening or a virksomhedscenter slot.
public enum VacancySource: String, Codable, Sendable {
    /// A job opening (one position).
    case opening
    /// Virksomhedscenter places with a capacity.
    case slot
}

/// An opening or a slot as the engine sees it: anything a citizen can be matched to.
public struct VacancyFeatures: Hashable, Sendable {
    /// The opening's or slot's id.
    public var id: EntityID
    /// The company offering it.
    public var companyId: EntityID
    /// Opening or slot.
    public var source: VacancySource
    /// The employment kind offered.
    public var kind: EmploymentKind
    /// False for a closed opening or slot.
    public var isOpen: Bool
    /// Places in total (slots); nil for an opening.
    public var capacity: Int?
    /// Places taken (slots).
    public var occupied: Int
    /// Weekly hours offered.
    public var hours: HoursBand
    /// The occupation, as a dense index, when given.
    public var occupation: Int?
    /// Competencies asked for (at most 64).
    public var requirements: [CompetencyRequirement]
    /// Offers, as dense offer indexes.
    public var offers: [Int]
    /// Demands, as dense demand indexes.
    public var demands: [Int]
    /// Where the work is.
    public var location: GeoPoint
    /// Remote work: distance neither excludes nor scores.
    public var remote: Bool

    /// Creates the features.
    public init(
        id: EntityID, companyId: EntityID, source: VacancySource, kind: EmploymentKind, isOpen: Bool,
        capacity: Int? = nil, occupied: Int = 0, hours: HoursBand, occupation: Int?,
        requirements: [CompetencyRequirement], offers: [Int], demands: [Int],
        location: GeoPoint, remote: Bool
    ) {
        self.id = id
        self.companyId = companyId
        self.source = source
        self.kind = kind
        self.isOpen = isOpen
        self.capacity = capacity
        self.occupied = occupied
        self.hours = hours
        self.occupation = occupation
        self.requirements = requirements
        self.offers = offers
        self.demands = demands
        self.location = location
        self.remote = remote
    }

    /// The most requirements a vacancy may carry (one bit each in the ranker's hit mask).
    public static let maxRequirements = 64

    /// Whether a citizen can be offered this vacancy now (open, and a slot with a free place).
    public var isAvailable: Bool {
        isOpen && (capacity.map { occupied < $0 } ?? true)
    }
}

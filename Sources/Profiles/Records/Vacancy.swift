import Foundation
import MatchCore

/// Whether an opening or slot takes applicants.
public enum VacancyStatus: String, Codable, Sendable, CaseIterable {
    /// Takes applicants.
    case open
    /// Closed: not matched any more.
    case closed
}

/// A competency an opening or slot asks for, by code.
public struct RequirementCode: Codable, Sendable, Equatable, Hashable {
    /// Competency code from the taxonomy.
    public var code: String
    /// Level wanted, 1–3.
    public var level: Int
    /// Essential requirements weigh most.
    public var essential: Bool

    /// Creates the requirement.
    public init(code: String, level: Int, essential: Bool) {
        self.code = code
        self.level = level
        self.essential = essential
    }
}

/// A virksomhedscenter's places: how many citizens it hosts at a time and how many are there.
/// Places are taken by active placements recorded in matchd (`placed`, kept by the store in the
/// placement's transaction) and by citizens placed outside it (`occupiedOutside`, typed by the
/// job centre). The two are separate fields so that a slot read and written back unchanged
/// stays unchanged: the API shows their sum as the read-only `occupied`.
public struct Places: Codable, Sendable, Equatable, Hashable {
    /// Places in total.
    public var capacity: Int
    /// Places taken by citizens not placed through matchd.
    public var occupiedOutside: Int
    /// Places taken by active placements.
    public var placed: Int

    /// Creates the places.
    public init(capacity: Int, occupiedOutside: Int, placed: Int = 0) {
        self.capacity = capacity
        self.occupiedOutside = occupiedOutside
        self.placed = placed
    }

    /// Places taken in all.
    public var taken: Int { occupiedOutside + placed }

    /// What is wrong when the places do not hold the active placements and those taken outside
    /// matchd: the capacity below the active placements, or more places taken outside than the
    /// placements leave. Nil when they fit.
    public var placementProblem: FieldError? {
        if capacity < placed {
            return FieldError(field: "capacity", message: "must be at least the active placements (\(placed))")
        }
        if occupiedOutside > capacity - placed {
            return FieldError(
                field: "occupiedOutside",
                message: "must be between 0 and the places the active placements leave (\(capacity - placed))")
        }
        return nil
    }
    /// Free places.
    public var free: Int { max(0, capacity - taken) }
}

/// Something a citizen can be matched to: a company's job opening (one position) or its
/// virksomhedscenter slot (standing places with a mentor). One record for both, told apart by
/// `source`; only a slot has `places`. The API keeps openings and slots as separate resources.
public struct Vacancy: Sendable, Equatable {
    /// Stable id.
    public var id: UUID
    /// The company offering it.
    public var companyId: UUID
    /// Opening or slot.
    public var source: VacancySource
    /// Short title.
    public var title: String
    /// Free-text description.
    public var description: String
    /// Occupation code, when given.
    public var occupationCode: String?
    /// Employment kind offered.
    public var kind: EmploymentKind
    /// Open or closed.
    public var status: VacancyStatus
    /// A slot's places; nil for an opening.
    public var places: Places?
    /// Weekly hours offered.
    public var hours: HoursBand
    /// Competencies asked for.
    public var competencies: [RequirementCode]
    /// What the workplace provides (offer codes).
    public var offers: [String]
    /// What the work requires (demand codes).
    public var demands: [String]
    /// Where the work is.
    public var location: GeoPoint
    /// Remote work.
    public var remote: Bool

    /// Creates a vacancy; `places` must be given for a slot and nil for an opening.
    public init(
        id: UUID, companyId: UUID, source: VacancySource, title: String, description: String,
        occupationCode: String?, kind: EmploymentKind, status: VacancyStatus, places: Places? = nil,
        hours: HoursBand, competencies: [RequirementCode], offers: [String], demands: [String],
        location: GeoPoint, remote: Bool
    ) {
        self.id = id
        self.companyId = companyId
        self.source = source
        self.title = title
        self.description = description
        self.occupationCode = occupationCode
        self.kind = kind
        self.status = status
        self.places = places
        self.hours = hours
        self.competencies = competencies
        self.offers = offers
        self.demands = demands
        self.location = location
        self.remote = remote
    }
}

extension CodingUserInfoKey {
    /// The `VacancySource` of the records in a file of openings (`openings.json`) or slots
    /// (`slots.json`), whose records do not carry a `source` field.
    public static let vacancySource = CodingUserInfoKey(rawValue: "matchd.vacancySource")!
}

/// The record file format (`Data/demo/openings.json`, `slots.json`, `matchd rank` input): the
/// API's input fields, with a slot's `capacity` and `occupiedOutside` at the top level. `source`
/// is read from the record when present, else from the decoder's `userInfo[.vacancySource]`.
extension Vacancy: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, companyId, source, title, description, occupationCode, kind, status, capacity, occupiedOutside, hours,
            competencies, offers, demands, location, remote
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard
            let source = try container.decodeIfPresent(VacancySource.self, forKey: .source)
                ?? decoder.userInfo[.vacancySource] as? VacancySource
        else {
            throw DecodingError.keyNotFound(
                CodingKeys.source,
                .init(
                    codingPath: container.codingPath,
                    debugDescription: "opening or slot"))
        }
        self.init(
            id: try container.decode(UUID.self, forKey: .id), companyId: try container.decode(UUID.self, forKey: .companyId),
            source: source, title: try container.decode(String.self, forKey: .title),
            description: try container.decode(String.self, forKey: .description),
            occupationCode: try container.decodeIfPresent(String.self, forKey: .occupationCode),
            kind: try container.decode(EmploymentKind.self, forKey: .kind),
            status: try container.decode(VacancyStatus.self, forKey: .status),
            places: source == .slot
                ? Places(
                    capacity: try container.decode(Int.self, forKey: .capacity),
                    occupiedOutside: try container.decode(Int.self, forKey: .occupiedOutside)) : nil,
            hours: try container.decode(HoursBand.self, forKey: .hours),
            competencies: try container.decode([RequirementCode].self, forKey: .competencies),
            offers: try container.decode([String].self, forKey: .offers),
            demands: try container.decode([String].self, forKey: .demands),
            location: try container.decode(GeoPoint.self, forKey: .location),
            remote: try container.decode(Bool.self, forKey: .remote))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(companyId, forKey: .companyId)
        try container.encode(source, forKey: .source)
        try container.encode(title, forKey: .title)
        try container.encode(description, forKey: .description)
        try container.encode(occupationCode, forKey: .occupationCode)
        try container.encode(kind, forKey: .kind)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(places?.capacity, forKey: .capacity)
        try container.encodeIfPresent(places?.occupiedOutside, forKey: .occupiedOutside)
        try container.encode(hours, forKey: .hours)
        try container.encode(competencies, forKey: .competencies)
        try container.encode(offers, forKey: .offers)
        try container.encode(demands, forKey: .demands)
        try container.encode(location, forKey: .location)
        try container.encode(remote, forKey: .remote)
    }
}

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

/// A company's job opening.
public struct Opening: Codable, Sendable, Equatable {
    /// Stable id.
    public var id: UUID
    /// The company posting it.
    public var companyId: UUID
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

    /// Creates an opening.
    public init(id: UUID, companyId: UUID, title: String, description: String, occupationCode: String?,
                kind: EmploymentKind, status: VacancyStatus, hours: HoursBand, competencies: [RequirementCode],
                offers: [String], demands: [String], location: GeoPoint, remote: Bool) {
        self.id = id
        self.companyId = companyId
        self.title = title
        self.description = description
        self.occupationCode = occupationCode
        self.kind = kind
        self.status = status
        self.hours = hours
        self.competencies = competencies
        self.offers = offers
        self.demands = demands
        self.location = location
        self.remote = remote
    }
}

/// A company's virksomhedscenter places: standing places with a mentor and a capacity.
public struct Slot: Codable, Sendable, Equatable {
    /// Stable id.
    public var id: UUID
    /// The hosting company.
    public var companyId: UUID
    /// Short title.
    public var title: String
    /// Free-text description.
    public var description: String
    /// Occupation code, when the places are for one line of work.
    public var occupationCode: String?
    /// Employment kind offered (usually a work trial).
    public var kind: EmploymentKind
    /// Open or closed.
    public var status: VacancyStatus
    /// Places in total.
    public var capacity: Int
    /// Places taken.
    public var occupied: Int
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

    /// Creates a slot.
    public init(id: UUID, companyId: UUID, title: String, description: String, occupationCode: String?,
                kind: EmploymentKind, status: VacancyStatus, capacity: Int, occupied: Int, hours: HoursBand,
                competencies: [RequirementCode], offers: [String], demands: [String], location: GeoPoint, remote: Bool) {
        self.id = id
        self.companyId = companyId
        self.title = title
        self.description = description
        self.occupationCode = occupationCode
        self.kind = kind
        self.status = status
        self.capacity = capacity
        self.occupied = occupied
        self.hours = hours
        self.competencies = competencies
        self.offers = offers
        self.demands = demands
        self.location = location
        self.remote = remote
    }
}

import Foundation
import MatchCore

/// A citizen's profile as the API, the demo data and `matchd rank` files carry it. Adding a
/// field touches the files `docs/fast-paths.md` lists ("Add a field to `Citizen`").
public struct Citizen: Codable, Sendable, Equatable {
    /// Stable id.
    public var id: UUID
    /// The municipality (kommunekode) whose job centre holds the case.
    public var municipalityCode: MunicipalityCode
    /// Full name; never shown to companies.
    public var name: String
    /// Contact e-mail; never shown to companies.
    public var email: String?
    /// Contact phone; never shown to companies.
    public var phone: String?
    /// Case category.
    public var status: CitizenStatus
    /// Weekly hours now and as target.
    public var hours: CitizenHours
    /// Competencies held.
    public var competencies: [HeldCompetencyCode]
    /// Job goals (occupation codes).
    public var jobGoals: [String]
    /// Accommodation needs (skånebehov): health data, shown only to those allowed.
    public var needs: [NeedCode]
    /// Employment kinds the citizen accepts.
    public var acceptedKinds: [EmploymentKind]
    /// Home location.
    public var location: GeoPoint
    /// Longest acceptable commute in km.
    public var maxCommuteKm: Double
    /// Whether companies may see the citizen's pseudonymous card.
    public var visibleToCompanies: Bool

    /// Creates a profile.
    public init(
        id: UUID, municipalityCode: MunicipalityCode, name: String, email: String? = nil, phone: String? = nil,
        status: CitizenStatus, hours: CitizenHours, competencies: [HeldCompetencyCode], jobGoals: [String],
        needs: [NeedCode], acceptedKinds: [EmploymentKind], location: GeoPoint, maxCommuteKm: Double,
        visibleToCompanies: Bool
    ) {
        self.id = id
        self.municipalityCode = municipalityCode
        self.name = name
        self.email = email
        self.phone = phone
        self.status = status
        self.hours = hours
        self.competencies = competencies
        self.jobGoals = jobGoals
        self.needs = needs
        self.acceptedKinds = acceptedKinds
        self.location = location
        self.maxCommuteKm = maxCommuteKm
        self.visibleToCompanies = visibleToCompanies
    }

    /// The pseudonym companies see instead of the name: stable, derived from the id.
    public var alias: String {
        "Borger-" + id.uppercasedText.prefix(6)
    }
}

/// A competency a citizen holds, by code, at level 1–3.
public struct HeldCompetencyCode: Codable, Sendable, Equatable, Hashable {
    /// Competency code from the taxonomy.
    public var code: String
    /// 1 basic, 2 experienced, 3 expert.
    public var level: Int

    /// Creates the pair.
    public init(code: String, level: Int) {
        self.code = code
        self.level = level
    }
}

/// An accommodation need, by code, with whether it is required and whether it is shared.
public struct NeedCode: Codable, Sendable, Equatable, Hashable {
    /// Need code from the accommodation catalogue.
    public var code: String
    /// A required need is a hard constraint.
    public var required: Bool
    /// Whether companies may see this need.
    public var shared: Bool

    /// Creates the need.
    public init(code: String, required: Bool, shared: Bool) {
        self.code = code
        self.required = required
        self.shared = shared
    }
}

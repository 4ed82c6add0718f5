import Foundation
import MatchCore

/// Which citizens a list shows: every field set must match.
public struct CitizenFilter: Sendable, Equatable {
    /// Only this citizen.
    public var id: UUID?
    /// Only citizens of this municipality.
    public var municipality: MunicipalityCode?
    /// Only citizens with this status.
    public var status: CitizenStatus?
    /// Only citizens who are (or are not) visible to companies.
    public var visibleToCompanies: Bool?

    /// Creates a filter.
    public init(
        id: UUID? = nil, municipality: MunicipalityCode? = nil, status: CitizenStatus? = nil,
        visibleToCompanies: Bool? = nil
    ) {
        self.id = id
        self.municipality = municipality
        self.status = status
        self.visibleToCompanies = visibleToCompanies
    }
}

/// Which companies a list shows.
public struct CompanyFilter: Sendable, Equatable {
    /// Only this company.
    public var id: UUID?
    /// Only companies in this municipality.
    public var municipality: MunicipalityCode?

    /// Creates a filter.
    public init(id: UUID? = nil, municipality: MunicipalityCode? = nil) {
        self.id = id
        self.municipality = municipality
    }
}

/// Which vacancies a list shows.
public struct VacancyFilter: Sendable, Equatable {
    /// Only openings or only slots.
    public var source: VacancySource?
    /// Only this company's.
    public var companyId: UUID?
    /// Only open or only closed ones.
    public var status: VacancyStatus?
    /// Only this employment kind.
    public var kind: EmploymentKind?
    /// Only this occupation.
    public var occupationCode: String?

    /// Creates a filter.
    public init(
        source: VacancySource? = nil, companyId: UUID? = nil, status: VacancyStatus? = nil,
        kind: EmploymentKind? = nil, occupationCode: String? = nil
    ) {
        self.source = source
        self.companyId = companyId
        self.status = status
        self.kind = kind
        self.occupationCode = occupationCode
    }
}

/// Which interests or placements a list shows (the parties of a pair, and a state): the policy
/// narrows it to the caller's own, the store filters by it.
public struct PartyFilter<State: RawRepresentable & Sendable & Equatable>: Sendable, Equatable where State.RawValue == String {
    /// Only in this state.
    public var state: State?
    /// Only this citizen's.
    public var citizenId: UUID?
    /// Only at this vacancy.
    public var vacancyId: UUID?
    /// Only this company's.
    public var companyId: UUID?
    /// Only of citizens of this municipality.
    public var municipality: MunicipalityCode?

    /// Creates a filter.
    public init(
        state: State? = nil, citizenId: UUID? = nil, vacancyId: UUID? = nil, companyId: UUID? = nil,
        municipality: MunicipalityCode? = nil
    ) {
        self.state = state
        self.citizenId = citizenId
        self.vacancyId = vacancyId
        self.companyId = companyId
        self.municipality = municipality
    }
}

/// Which interests a list shows.
public typealias InterestFilter = PartyFilter<InterestState>
/// Which placements a list shows.
public typealias PlacementFilter = PartyFilter<PlacementState>

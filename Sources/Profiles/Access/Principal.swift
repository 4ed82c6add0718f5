import Foundation
import MatchCore

/// The roles of design.md: who a token speaks for.
public enum Role: String, Sendable, CaseIterable, Codable {
    /// Everything: tokens, webhooks of anyone, import.
    case admin
    /// A job centre's consultant or caseworker: citizens of one municipality, all companies.
    case consultant
    /// A company: its own openings and slots, pseudonymous match cards.
    case company
    /// A citizen: their own profile and matches.
    case citizen
}

/// Who is calling: the role and the scope a token grants.
public struct Principal: Sendable, Equatable, Hashable {
    /// The role.
    public var role: Role
    /// The consultant's municipality.
    public var municipalityCode: MunicipalityCode?
    /// The company's id.
    public var companyId: UUID?
    /// The citizen's id.
    public var citizenId: UUID?

    /// Creates a principal.
    public init(role: Role, municipalityCode: MunicipalityCode? = nil, companyId: UUID? = nil, citizenId: UUID? = nil) {
        self.role = role
        self.municipalityCode = municipalityCode
        self.companyId = companyId
        self.citizenId = citizenId
    }
}

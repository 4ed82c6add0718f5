import Foundation
import MatchCore

/// The language a person reads matchd in: Danish first.
public enum Language: String, Sendable, Codable, CaseIterable {
    /// Danish, the default.
    case da
    /// English.
    case en
}

/// A person who uses matchd: a citizen, one of a company's contact people, a consultant or an
/// administrator. API tokens and sessions belong to an account; the account carries the role and
/// scope they act with. An account without an e-mail address cannot sign in by link (an API
/// client's account, made by `matchd token create`).
public struct Account: Sendable, Equatable {
    /// The account's id.
    public var id: UUID
    /// The role and scope the account acts with (never changed after creation).
    public var principal: Principal
    /// Where sign-in links and notifications go, lower-cased; unique among accounts.
    public var email: String?
    /// The person's name as they are greeted.
    public var name: String
    /// The language of pages and mail.
    public var language: Language
    /// The last completed sign-in.
    public var lastSignInAt: Date?
    /// When the account was disabled; a disabled account has no working token, session or link.
    public var disabledAt: Date?

    /// Creates an account.
    public init(
        id: UUID, principal: Principal, email: String?, name: String, language: Language = .da,
        lastSignInAt: Date? = nil, disabledAt: Date? = nil
    ) {
        self.id = id
        self.principal = principal
        self.email = email
        self.name = name
        self.language = language
        self.lastSignInAt = lastSignInAt
        self.disabledAt = disabledAt
    }

    /// Whether the account is disabled.
    public var disabled: Bool { disabledAt != nil }

    /// What is wrong with `email` as an account's address, or nil: at most 254 characters, one
    /// `@` between a local part and a domain with a dot, plain printable ASCII without spaces,
    /// brackets, quotes or separators (mail goes to it; header injection is impossible).
    public static func problem(email: String, field: String = "email") -> FieldError? {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        let plain = email.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F && !"<>()[],;:\\\"".unicodeScalars.contains($0) }
        guard email.utf8.count <= 254, parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
            !parts[1].hasSuffix("."), plain
        else { return FieldError(field: field, message: "must be an e-mail address (plain ASCII, e.g. name@example.dk)") }
        return nil
    }

    /// An address as accounts store it: trimmed and lower-cased, so one person has one account
    /// however they type it.
    public static func normalized(email: String) -> String {
        email.trimmingCharacters(in: .whitespaces).lowercased()
    }
}

/// The facts about an account the access policy decides on.
public struct AccountFacts: Sendable, Equatable {
    /// The account.
    public var id: UUID
    /// Its role and scope.
    public var principal: Principal
    /// For a citizen's account: the municipality holding the citizen's case.
    public var citizenMunicipality: MunicipalityCode?

    /// Creates the facts.
    public init(id: UUID, principal: Principal, citizenMunicipality: MunicipalityCode?) {
        self.id = id
        self.principal = principal
        self.citizenMunicipality = citizenMunicipality
    }
}

/// The accounts a list may show.
public struct AccountFilter: Sendable, Equatable {
    /// Only this role.
    public var role: Role?
    /// Only a company's people.
    public var companyId: UUID?
    /// Only consultants of, or citizens whose case is held by, this municipality.
    public var municipality: MunicipalityCode?
    /// Only the account of this citizen.
    public var citizenId: UUID?
    /// Only the account with this address (normalized).
    public var email: String?

    /// Creates a filter.
    public init(
        role: Role? = nil, companyId: UUID? = nil, municipality: MunicipalityCode? = nil, citizenId: UUID? = nil,
        email: String? = nil
    ) {
        self.role = role
        self.companyId = companyId
        self.municipality = municipality
        self.citizenId = citizenId
        self.email = email
    }
}

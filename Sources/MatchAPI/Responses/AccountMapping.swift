import Foundation
import MatchCore
import Profiles

extension Schemas.Account {
    /// An account as the API shows it (everyone allowed to read an account sees all of it).
    init(_ stored: Stored<Account>) {
        let account = stored.value
        let p = account.principal
        self.init(
            id: account.id.lowercasedText, role: Schemas.Role(rawValue: p.role.rawValue) ?? .citizen,
            municipalityCode: p.municipalityCode?.description, companyId: p.companyId?.lowercasedText,
            citizenId: p.citizenId?.lowercasedText, email: account.email, name: account.name,
            language: account.language == .en ? .en : .da, lastSignInAt: account.lastSignInAt, disabled: account.disabled,
            version: stored.version, createdAt: stored.createdAt, updatedAt: stored.updatedAt)
    }
}

extension Schemas.SessionSummary {
    /// A session as its owner sees it; `current` when it is the one making the request.
    init(_ session: Session, current: Bool) {
        self.init(
            id: session.id.lowercasedText, createdAt: session.createdAt, lastSeenAt: session.lastSeenAt, expiresAt: session.expiresAt,
            clientAddress: session.clientAddress, userAgent: session.userAgent, current: current)
    }
}

extension Schemas.AccountInput {
    /// The account the input describes, with its role's scope.
    func domain(id: UUID) throws -> Account {
        let scope = value2
        let principal = Principal(
            role: scope.role.domain, municipalityCode: try scope.municipalityCode.map { try municipality($0) },
            companyId: try scope.companyId.map { try uuid($0, "companyId") },
            citizenId: try scope.citizenId.map { try uuid($0, "citizenId") })
        return Account(
            id: id, principal: principal, email: value1.email.map(Account.normalized(email:)), name: value1.name,
            language: value1.language.domain)
    }

    private func uuid(_ text: String, _ field: String) throws -> UUID {
        guard let id = UUID(uuidString: text) else { throw APIProblem.badRequest("\(field) is not a UUID.", field: field) }
        return id
    }

    private func municipality(_ text: String) throws -> MunicipalityCode {
        guard let code = MunicipalityCode(text) else {
            throw APIProblem.unprocessable([FieldError(field: "municipalityCode", message: "unknown municipality code \(text)")])
        }
        return code
    }
}

extension Schemas.Role {
    /// The domain's role.
    var domain: Role { Role(rawValue: rawValue) ?? .citizen }
}

extension Schemas.Language {
    /// The domain's language.
    var domain: Language { self == .en ? .en : .da }
}

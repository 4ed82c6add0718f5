import Foundation
import MatchCore

extension RecordValidator {
    /// Every problem with an account: its name, its address (plain ASCII, since it is where
    /// mail goes), and a scope that fits its role (a consultant's known municipality, a company's
    /// or citizen's id, nothing for an administrator).
    public func problems(_ account: Account) -> [FieldError] {
        var check = Checker()
        check.text(account.name, "name", Limits.shortText)
        if let email = account.email, let problem = Account.problem(email: email) { check.errors.append(problem) }
        let p = account.principal
        switch p.role {
        case .consultant:
            if let code = p.municipalityCode {
                check.municipality(code, "municipalityCode", taxonomy)
            } else {
                check.fail("municipalityCode", "is required for a consultant")
            }
        case .company: if p.companyId == nil { check.fail("companyId", "is required for a company's account") }
        case .citizen: if p.citizenId == nil { check.fail("citizenId", "is required for a citizen's account") }
        case .admin: break
        }
        if p.role != .consultant && p.municipalityCode != nil { check.fail("municipalityCode", "is only for a consultant") }
        if p.role != .company && p.companyId != nil { check.fail("companyId", "is only for a company's account") }
        if p.role != .citizen && p.citizenId != nil { check.fail("citizenId", "is only for a citizen's account") }
        return check.errors
    }
}

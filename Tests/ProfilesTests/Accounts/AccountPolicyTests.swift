import Foundation
import MatchCore
import Testing

@testable import Profiles

/// Who may see, create, change and disable which accounts: the one policy, as a table.
@Suite struct AccountPolicyTests {
    static let horsens = MunicipalityCode(rawValue: 615)
    static let aarhus = MunicipalityCode(rawValue: 751)
    static let companyA = UUID()
    static let companyB = UUID()
    static let policy = Visibility()

    static let admin = Principal(role: .admin)
    static let consultant = Principal(role: .consultant, municipalityCode: horsens)
    static let company = Principal(role: .company, companyId: companyA)
    static let citizen = Principal(role: .citizen, citizenId: UUID())

    static func facts(_ principal: Principal, municipality: MunicipalityCode? = nil) -> AccountFacts {
        AccountFacts(id: UUID(), principal: principal, citizenMunicipality: municipality)
    }

    static let citizenOfHorsens = facts(Principal(role: .citizen, citizenId: UUID()), municipality: horsens)
    static let citizenOfAarhus = facts(Principal(role: .citizen, citizenId: UUID()), municipality: aarhus)
    static let personOfA = facts(Principal(role: .company, companyId: companyA))
    static let personOfB = facts(Principal(role: .company, companyId: companyB))
    static let otherConsultant = facts(Principal(role: .consultant, municipalityCode: horsens))

    @Test func readingAndChangingAccounts() {
        let cases: [(Principal, AccountFacts, Decision)] = [
            (Self.admin, Self.citizenOfAarhus, .allowed),
            (Self.admin, Self.otherConsultant, .allowed),
            (Self.consultant, Self.citizenOfHorsens, .allowed),
            (Self.consultant, Self.citizenOfAarhus, .hidden),
            (Self.consultant, Self.otherConsultant, .hidden),
            (Self.consultant, Self.personOfA, .hidden),
            (Self.company, Self.personOfA, .allowed),
            (Self.company, Self.personOfB, .hidden),
            (Self.company, Self.citizenOfHorsens, .hidden),
            (Self.citizen, Self.citizenOfHorsens, .hidden),
        ]
        for (principal, facts, expected) in cases {
            for action in [Action.read, .change] {
                #expect(Self.policy.account(principal, caller: UUID(), facts, action) == expected, "\(principal.role) → \(facts.principal)")
            }
        }
        // Everyone reads and changes their own.
        #expect(Self.policy.account(Self.citizen, caller: Self.citizenOfHorsens.id, Self.citizenOfHorsens, .change) == .allowed)
    }

    @Test func creatingAccounts() {
        #expect(Self.policy.createAccount(Self.admin, Self.otherConsultant) == .allowed)
        #expect(Self.policy.createAccount(Self.consultant, Self.citizenOfHorsens) == .allowed)
        #expect(Self.policy.createAccount(Self.consultant, Self.citizenOfAarhus).isInvalid)
        #expect(Self.policy.createAccount(Self.consultant, Self.otherConsultant).isForbidden)
        #expect(Self.policy.createAccount(Self.company, Self.personOfA) == .allowed)
        #expect(Self.policy.createAccount(Self.company, Self.personOfB).isInvalid)
        #expect(Self.policy.createAccount(Self.company, Self.citizenOfHorsens).isForbidden)
        #expect(Self.policy.createAccount(Self.citizen, Self.citizenOfHorsens).isForbidden)
    }

    @Test func noOneChangesTheirOwnAddressButAnAdminAndNoOneDisablesThemself() {
        let own = Self.citizenOfHorsens
        #expect(Self.policy.changeEmail(Self.citizen, caller: own.id, own).isForbidden)
        #expect(Self.policy.changeEmail(Self.consultant, caller: UUID(), own) == .allowed)
        let adminAccount = Self.facts(Self.admin)
        #expect(Self.policy.changeEmail(Self.admin, caller: adminAccount.id, adminAccount) == .allowed)
        #expect(Self.policy.disableAccount(Self.admin, caller: adminAccount.id, adminAccount).isForbidden)
        #expect(Self.policy.disableAccount(Self.company, caller: UUID(), Self.personOfA) == .allowed)
        #expect(Self.policy.disableAccount(Self.company, caller: UUID(), Self.personOfB) == .hidden)
    }

    @Test func listsAreNarrowedToTheCallersScope() {
        #expect(Self.policy.accounts(Self.admin, AccountFilter()) == .filter(AccountFilter()))
        #expect(
            Self.policy.accounts(Self.consultant, AccountFilter()) == .filter(AccountFilter(role: .citizen, municipality: Self.horsens)))
        #expect(Self.policy.accounts(Self.consultant, AccountFilter(role: .company)) == .empty)
        #expect(Self.policy.accounts(Self.consultant, AccountFilter(municipality: Self.aarhus)) == .empty)
        #expect(
            Self.policy.accounts(Self.company, AccountFilter()) == .filter(AccountFilter(role: .company, companyId: Self.companyA)))
        #expect(Self.policy.accounts(Self.company, AccountFilter(companyId: Self.companyB)) == .empty)
        #expect(Self.policy.accounts(Self.citizen, AccountFilter()) == .forbidden("list accounts"))
    }
}

extension Decision {
    var isForbidden: Bool {
        if case .forbidden = self { true } else { false }
    }

    var isInvalid: Bool {
        if case .invalid = self { true } else { false }
    }
}

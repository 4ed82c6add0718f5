import Foundation
import MatchCore
import OpenAPIRuntime
import Profiles

extension APIHandler {
    func listAccounts(_ input: Operations.ListAccounts.Input) async throws -> Operations.ListAccounts.Output {
        let principal = try RequestValues.caller()
        let query = input.query
        let requested = AccountFilter(
            role: query.role?.domain, companyId: try query.companyId.map { try parseID($0) },
            municipality: try query.municipalityCode.map { try municipalityParameter($0, name: "municipalityCode") },
            citizenId: try query.citizenId.map { try parseID($0) }, email: query.email)
        let page = try Paging.request(limit: query.limit, cursor: query.cursor)
        guard let filter = try policy.accounts(principal, requested).require(principal) else {
            return .ok(.init(body: .json(.init(items: [], nextCursor: Paging.noNextPage))))
        }
        let found = try await accounts.accounts(filter, page: page)
        return .ok(.init(body: .json(.init(items: found.items.map(Schemas.Account.init), nextCursor: Paging.cursor(found)))))
    }

    func createAccount(_ input: Operations.CreateAccount.Input) async throws -> Operations.CreateAccount.Output {
        let principal = try RequestValues.caller()
        guard case .json(let body) = input.body else { throw APIProblem.badRequest("Send a JSON body.") }
        let account = try body.domain(id: UUID())
        try check(validator.problems(account))
        try policy.createAccount(principal, try await facts(of: account)).require(principal)
        let stored = try await accounts.createAccount(account, now: clock())
        return .created(
            .init(
                headers: .init(eTag: stored.eTag, location: "/v1/accounts/\(stored.value.id.lowercasedText)"),
                body: .json(Schemas.Account(stored))))
    }

    func getMyAccount(_ input: Operations.GetMyAccount.Input) async throws -> Operations.GetMyAccount.Output {
        let stored = try await ownAccount()
        return .ok(.init(headers: .init(eTag: stored.eTag), body: .json(Schemas.Account(stored))))
    }

    func updateMyAccount(_ input: Operations.UpdateMyAccount.Input) async throws -> Operations.UpdateMyAccount.Output {
        let current = try await ownAccount()
        guard case .json(let body) = input.body else { throw APIProblem.badRequest("Send a JSON body.") }
        let stored = try await update(current, with: body, ifMatch: input.headers.ifMatch)
        return .ok(.init(headers: .init(eTag: stored.eTag), body: .json(Schemas.Account(stored))))
    }

    func listMySessions(_ input: Operations.ListMySessions.Input) async throws -> Operations.ListMySessions.Output {
        let bearer = try RequestValues.currentBearer()
        let sessions = try await accounts.sessions(of: bearer.accountId, rules: signInRules, now: clock())
        return .ok(
            .init(body: .json(.init(items: sessions.map { Schemas.SessionSummary($0, current: $0.id == bearer.credentialId) }))))
    }

    func revokeMySession(_ input: Operations.RevokeMySession.Input) async throws -> Operations.RevokeMySession.Output {
        let bearer = try RequestValues.currentBearer()
        guard try await accounts.endSession(parseID(input.path.sessionId), of: bearer.accountId, reason: .revoked, now: clock()) else {
            throw APIProblem.notFound
        }
        return .noContent(.init())
    }

    func getAccount(_ input: Operations.GetAccount.Input) async throws -> Operations.GetAccount.Output {
        let stored = try await account(input.path.id, .read)
        return .ok(.init(headers: .init(eTag: stored.eTag), body: .json(Schemas.Account(stored))))
    }

    func updateAccount(_ input: Operations.UpdateAccount.Input) async throws -> Operations.UpdateAccount.Output {
        let current = try await account(input.path.id, .change)
        guard case .json(let body) = input.body else { throw APIProblem.badRequest("Send a JSON body.") }
        let stored = try await update(current, with: body, ifMatch: input.headers.ifMatch)
        return .ok(.init(headers: .init(eTag: stored.eTag), body: .json(Schemas.Account(stored))))
    }

    func disableAccount(_ input: Operations.DisableAccount.Input) async throws -> Operations.DisableAccount.Output {
        let stored = try await setDisabled(input.path.id, true)
        return .ok(.init(body: .json(Schemas.Account(stored))))
    }

    func enableAccount(_ input: Operations.EnableAccount.Input) async throws -> Operations.EnableAccount.Output {
        let stored = try await setDisabled(input.path.id, false)
        return .ok(.init(body: .json(Schemas.Account(stored))))
    }

    // MARK: - Helpers

    /// The caller's own account.
    private func ownAccount() async throws -> Stored<Account> {
        guard let stored = try await accounts.account(try RequestValues.currentBearer().accountId) else { throw APIProblem.unauthorized }
        return stored
    }

    /// The account when the policy lets the caller `action` it, else 404 or 403.
    private func account(_ idText: String, _ action: Action) async throws -> Stored<Account> {
        let bearer = try RequestValues.currentBearer()
        let id = try parseID(idText)
        guard let stored = try await accounts.account(id), let facts = try await accounts.accountFacts(id) else {
            throw APIProblem.notFound
        }
        try policy.account(bearer.principal, caller: bearer.accountId, facts, action).require(bearer.principal)
        return stored
    }

    /// Writes a new name, address and language, asking the policy about a changed address.
    private func update(_ current: Stored<Account>, with body: Schemas.AccountUpdate, ifMatch: String?) async throws -> Stored<Account> {
        let bearer = try RequestValues.currentBearer()
        var account = current.value
        account.name = body.name
        account.email = body.email.map(Account.normalized(email:))
        account.language = body.language.domain
        try check(validator.problems(account))
        if account.email != current.value.email, let facts = try await accounts.accountFacts(account.id) {
            try policy.changeEmail(bearer.principal, caller: bearer.accountId, facts).require(bearer.principal)
        }
        return try await accounts.updateAccount(account, expectedVersion: parseIfMatch(ifMatch), now: clock())
    }

    /// Disables or enables an account the policy lets the caller disable.
    private func setDisabled(_ idText: String, _ disabled: Bool) async throws -> Stored<Account> {
        let bearer = try RequestValues.currentBearer()
        let id = try parseID(idText)
        guard let facts = try await accounts.accountFacts(id) else { throw APIProblem.notFound }
        try policy.disableAccount(bearer.principal, caller: bearer.accountId, facts).require(bearer.principal)
        return try await accounts.setAccountDisabled(id, disabled, now: clock())
    }

    /// The policy's facts about an account not yet stored: its citizen's municipality.
    private func facts(of account: Account) async throws -> AccountFacts {
        var municipality: MunicipalityCode?
        if let citizenId = account.principal.citizenId {
            guard let citizen = try await store.citizen(citizenId) else {
                throw StoreError.conflict(field: "citizenId", message: "no citizen \(citizenId.lowercasedText)")
            }
            municipality = citizen.value.municipalityCode
        }
        return AccountFacts(id: account.id, principal: account.principal, citizenMunicipality: municipality)
    }
}

import Foundation
import OpenAPIRuntime
import Profiles

extension APIHandler {
    func listCompanies(_ input: Operations.ListCompanies.Input) async throws -> Operations.ListCompanies.Output {
        let principal = try RequestValues.caller()
        let requested = CompanyFilter(
            municipality: try input.query.municipalityCode.map { try municipalityParameter($0, name: "municipalityCode") })
        let page = try Paging.request(limit: input.query.limit, cursor: input.query.cursor)
        guard let filter = try policy.companies(principal, requested).require(principal) else {
            return .ok(.init(body: .json(.init(items: [], nextCursor: Paging.noNextPage))))
        }
        let found = try await store.companies(filter, page: page)
        return .ok(.init(body: .json(.init(items: found.items.map { shown($0, to: principal) }, nextCursor: Paging.cursor(found)))))
    }

    func createCompany(_ input: Operations.CreateCompany.Input) async throws -> Operations.CreateCompany.Output {
        let principal = try RequestValues.caller()
        try policy.createCompany(principal).require(principal)
        guard case .json(let body) = input.body else { throw APIProblem.badRequest("Send a JSON body.") }
        let company = try body.domain(id: UUID())
        try check(validator.problems(company))
        let stored = try await store.create(company)
        return .created(
            .init(
                headers: .init(eTag: stored.eTag, location: "/v1/companies/\(stored.value.id.lowercasedText)"),
                body: .json(shown(stored, to: principal))))
    }

    func getCompany(_ input: Operations.GetCompany.Input) async throws -> Operations.GetCompany.Output {
        let principal = try RequestValues.caller()
        let stored = try await company(input.path.id, .read)
        return .ok(.init(headers: .init(eTag: stored.eTag), body: .json(shown(stored, to: principal))))
    }

    func updateCompany(_ input: Operations.UpdateCompany.Input) async throws -> Operations.UpdateCompany.Output {
        let principal = try RequestValues.caller()
        let current = try await company(input.path.id, .change)
        guard case .json(let body) = input.body else { throw APIProblem.badRequest("Send a JSON body.") }
        let company = try body.domain(id: current.value.id)
        try check(validator.problems(company))
        let stored = try await store.update(company, ifVersion: parseIfMatch(input.headers.ifMatch))
        return .ok(.init(headers: .init(eTag: stored.eTag), body: .json(shown(stored, to: principal))))
    }

    /// The company when the policy lets the caller `action` it, else 404 or 403.
    func company(_ idText: String, _ action: Action) async throws -> Stored<Company> {
        let principal = try RequestValues.caller()
        guard let stored = try await store.company(parseID(idText)) else { throw APIProblem.notFound }
        try policy.company(principal, stored.value.id, action).require(principal)
        return stored
    }

    /// The company record with the fields the policy shows the caller.
    private func shown(_ stored: Stored<Company>, to principal: Principal) -> Schemas.Company {
        Schemas.Company(stored, fields: policy.companyFields(principal, stored.value.id))
    }
}

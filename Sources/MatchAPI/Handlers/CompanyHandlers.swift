import Foundation
import OpenAPIRuntime
import Profiles

extension APIHandler {
    func listCompanies(_ input: Operations.ListCompanies.Input) async throws -> Operations.ListCompanies.Output {
        let principal = try Access.caller()
        var filters: [ColumnFilter] = []
        if principal.role == .company { filters.append(ColumnFilter("id", principal.companyId?.apiString ?? "")) }
        if let code = input.query.municipalityCode { filters.append(ColumnFilter("municipalityCode", code)) }
        let page = try database.list(Company.self, filters: filters, limit: Cursor.limit(input.query.limit),
                                     after: Cursor.decode(input.query.cursor))
        return .ok(.init(body: .json(.init(items: page.items.map(Schemas.Company.init), nextCursor: Cursor.encode(page.nextAfter)))))
    }

    func createCompany(_ input: Operations.CreateCompany.Input) async throws -> Operations.CreateCompany.Output {
        let principal = try Access.caller()
        try Access.require(principal, oneOf: [.admin], to: "register companies")
        guard case .json(let body) = input.body else { throw APIProblem.badRequest("Send a JSON body.") }
        let stored = try await store.create(body.domain(id: UUID()))
        return .created(.init(headers: .init(eTag: stored.eTag, location: "/v1/companies/\(stored.value.id.apiString)"),
                              body: .json(.init(stored))))
    }

    func getCompany(_ input: Operations.GetCompany.Input) async throws -> Operations.GetCompany.Output {
        let stored = try readableCompany(input.path.id)
        return .ok(.init(headers: .init(eTag: stored.eTag), body: .json(.init(stored))))
    }

    func updateCompany(_ input: Operations.UpdateCompany.Input) async throws -> Operations.UpdateCompany.Output {
        let current = try readableCompany(input.path.id)
        let principal = try Access.caller()
        guard Access.mayManage(companyId: current.value.id, principal) else {
            throw APIProblem.forbidden("The \(principal.role.rawValue) role may not change companies.")
        }
        guard case .json(let body) = input.body else { throw APIProblem.badRequest("Send a JSON body.") }
        let stored = try await store.update(body.domain(id: current.value.id), ifVersion: parseIfMatch(input.headers.ifMatch))
        return .ok(.init(headers: .init(eTag: stored.eTag), body: .json(.init(stored))))
    }

    /// The company when the caller may read it, else 404.
    func readableCompany(_ idText: String) throws -> Stored<Company> {
        let principal = try Access.caller()
        guard let stored = try database.fetch(Company.self, id: parseID(idText)),
              Access.mayRead(companyId: stored.value.id, principal) else { throw APIProblem.notFound }
        return stored
    }
}

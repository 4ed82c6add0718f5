import Foundation
import OpenAPIRuntime
import Profiles

extension APIHandler {
    func createOpening(_ input: Operations.CreateOpening.Input) async throws -> Operations.CreateOpening.Output {
        let company = try manageableCompany(input.path.id)
        guard case .json(let body) = input.body else { throw APIProblem.badRequest("Send a JSON body.") }
        let stored = try await store.create(body.domain(id: UUID(), companyId: company, status: .open))
        return .created(.init(headers: .init(eTag: stored.eTag, location: "/v1/openings/\(stored.value.id.apiString)"),
                              body: .json(.init(stored))))
    }

    func listOpenings(_ input: Operations.ListOpenings.Input) async throws -> Operations.ListOpenings.Output {
        var filters = try vacancyFilters(companyId: input.query.companyId, status: input.query.status, kind: input.query.kind)
        if let occupation = input.query.occupationCode { filters.append(ColumnFilter("occupationCode", occupation)) }
        let page = try database.list(Opening.self, filters: filters, limit: Cursor.limit(input.query.limit),
                                     after: Cursor.decode(input.query.cursor))
        return .ok(.init(body: .json(.init(items: page.items.map(Schemas.Opening.init), nextCursor: Cursor.encode(page.nextAfter)))))
    }

    func getOpening(_ input: Operations.GetOpening.Input) async throws -> Operations.GetOpening.Output {
        let stored = try readableOpening(input.path.id)
        return .ok(.init(headers: .init(eTag: stored.eTag), body: .json(.init(stored))))
    }

    func updateOpening(_ input: Operations.UpdateOpening.Input) async throws -> Operations.UpdateOpening.Output {
        let current = try manageableOpening(input.path.id)
        guard case .json(let body) = input.body else { throw APIProblem.badRequest("Send a JSON body.") }
        let opening = body.domain(id: current.value.id, companyId: current.value.companyId, status: current.value.status)
        let stored = try await store.update(opening, ifVersion: parseIfMatch(input.headers.ifMatch))
        return .ok(.init(headers: .init(eTag: stored.eTag), body: .json(.init(stored))))
    }

    func closeOpening(_ input: Operations.CloseOpening.Input) async throws -> Operations.CloseOpening.Output {
        let current = try manageableOpening(input.path.id)
        guard current.value.status == .open else {
            return .ok(.init(body: .json(.init(current))))
        }
        var opening = current.value
        opening.status = .closed
        let stored = try await store.update(opening, ifVersion: current.version)
        return .ok(.init(body: .json(.init(stored))))
    }

    /// The opening when the caller may read it, else 404.
    func readableOpening(_ idText: String) throws -> Stored<Opening> {
        let principal = try Access.caller()
        guard let stored = try database.fetch(Opening.self, id: parseID(idText)),
              Access.mayRead(companyId: stored.value.companyId, principal) else { throw APIProblem.notFound }
        return stored
    }

    /// The opening when the caller may change it: 404 when they may not see it, 403 when they only may read it.
    func manageableOpening(_ idText: String) throws -> Stored<Opening> {
        let stored = try readableOpening(idText)
        let principal = try Access.caller()
        guard Access.mayManage(companyId: stored.value.companyId, principal) else {
            throw APIProblem.forbidden("The \(principal.role.rawValue) role may not change openings.")
        }
        return stored
    }

    /// The list filters of openings and slots: the caller's scope (a company its own, a citizen
    /// open ones) and the query's `companyId`, `status` and `kind`.
    func vacancyFilters(companyId: String?, status: Schemas.VacancyStatus?, kind: Schemas.EmploymentKind?) throws -> [ColumnFilter] {
        let principal = try Access.caller()
        var filters: [ColumnFilter] = []
        if principal.role == .company { filters.append(ColumnFilter("companyId", principal.companyId?.apiString ?? "")) }
        if principal.role == .citizen { filters.append(ColumnFilter("status", VacancyStatus.open.rawValue)) }
        if let companyId { filters.append(ColumnFilter("companyId", companyId.lowercased())) }
        if let status { filters.append(ColumnFilter("status", status.rawValue)) }
        if let kind { filters.append(ColumnFilter("kind", kind.rawValue)) }
        return filters
    }

    /// The id of a company whose openings and slots the caller may manage, else 404/403.
    func manageableCompany(_ idText: String) throws -> UUID {
        let company = try readableCompany(idText)
        let principal = try Access.caller()
        guard Access.mayManage(companyId: company.value.id, principal) else {
            throw APIProblem.forbidden("The \(principal.role.rawValue) role may not post openings or slots.")
        }
        return company.value.id
    }
}

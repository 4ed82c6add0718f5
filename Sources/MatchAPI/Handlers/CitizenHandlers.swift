import Foundation
import OpenAPIRuntime
import Profiles

extension APIHandler {
    func listCitizens(_ input: Operations.ListCitizens.Input) async throws -> Operations.ListCitizens.Output {
        let principal = try Access.caller()
        try Access.require(principal, oneOf: [.admin, .consultant, .citizen], to: "list citizens")
        var filters: [ColumnFilter] = []
        switch principal.role {
        case .consultant: filters.append(ColumnFilter("municipalityCode", principal.municipalityCode ?? ""))
        case .citizen: filters.append(ColumnFilter("id", principal.citizenId?.apiString ?? ""))
        default: break
        }
        if let code = input.query.municipalityCode { filters.append(ColumnFilter("municipalityCode", code)) }
        if let status = input.query.status { filters.append(ColumnFilter("status", status.rawValue)) }
        if let visible = input.query.visibleToCompanies { filters.append(ColumnFilter("visibleToCompanies", visible)) }
        let page = try database.list(Citizen.self, filters: filters, limit: Cursor.limit(input.query.limit),
                                     after: Cursor.decode(input.query.cursor))
        return .ok(.init(body: .json(.init(items: page.items.map(Schemas.Citizen.init), nextCursor: Cursor.encode(page.nextAfter)))))
    }

    func createCitizen(_ input: Operations.CreateCitizen.Input) async throws -> Operations.CreateCitizen.Output {
        let principal = try Access.caller()
        try Access.require(principal, oneOf: [.admin, .consultant], to: "create citizens")
        guard case .json(let body) = input.body else { throw APIProblem.badRequest("Send a JSON body.") }
        let citizen = body.domain(id: UUID())
        if principal.role == .consultant && citizen.municipalityCode != principal.municipalityCode {
            throw APIProblem.unprocessable([FieldError(field: "municipalityCode", message: "must be your own municipality (\(principal.municipalityCode ?? ""))")])
        }
        let stored = try await store.create(citizen)
        return .created(.init(headers: .init(eTag: stored.eTag, location: "/v1/citizens/\(citizen.id.apiString)"),
                              body: .json(.init(stored))))
    }

    func getCitizen(_ input: Operations.GetCitizen.Input) async throws -> Operations.GetCitizen.Output {
        let stored = try readableCitizen(input.path.id)
        return .ok(.init(headers: .init(eTag: stored.eTag), body: .json(.init(stored))))
    }

    func updateCitizen(_ input: Operations.UpdateCitizen.Input) async throws -> Operations.UpdateCitizen.Output {
        let current = try readableCitizen(input.path.id)
        let principal = try Access.caller()
        guard case .json(let body) = input.body else { throw APIProblem.badRequest("Send a JSON body.") }
        let citizen = body.domain(id: current.value.id)
        if principal.role != .admin && citizen.municipalityCode != current.value.municipalityCode {
            throw APIProblem.unprocessable([FieldError(field: "municipalityCode", message: "only an administrator may move a citizen to another municipality")])
        }
        let stored = try await store.update(citizen, ifVersion: parseIfMatch(input.headers.ifMatch))
        return .ok(.init(headers: .init(eTag: stored.eTag), body: .json(.init(stored))))
    }

    func deleteCitizen(_ input: Operations.DeleteCitizen.Input) async throws -> Operations.DeleteCitizen.Output {
        let current = try readableCitizen(input.path.id)
        try await store.deleteCitizen(current.value.id)
        return .noContent(.init())
    }

    /// The citizen when the caller may manage them, else 404.
    func readableCitizen(_ idText: String) throws -> Stored<Citizen> {
        let principal = try Access.caller()
        guard let stored = try database.fetch(Citizen.self, id: parseID(idText)), Access.mayManage(stored.value, principal) else {
            throw APIProblem.notFound
        }
        return stored
    }
}

import Foundation
import MatchCore
import OpenAPIRuntime
import Profiles

extension APIHandler {
    func createOpening(_ input: Operations.CreateOpening.Input) async throws -> Operations.CreateOpening.Output {
        guard case .json(let body) = input.body else { throw APIProblem.badRequest("Send a JSON body.") }
        let stored = try await createVacancy(companyId: input.path.id, source: .opening) { companyId in
            body.domain(id: UUID(), companyId: companyId, status: .open)
        }
        return .created(
            .init(
                headers: .init(eTag: stored.eTag, location: "/v1/openings/\(stored.value.id.lowercasedText)"),
                body: .json(.init(stored))))
    }

    func listOpenings(_ input: Operations.ListOpenings.Input) async throws -> Operations.ListOpenings.Output {
        let query = input.query
        let found = try await listVacancies(
            VacancyFilter(
                source: .opening, companyId: try query.companyId.map { try parseID($0, field: "companyId") },
                status: query.status?.domain, kind: query.kind?.domain,
                occupationCode: try query.occupationCode.map { try occupationParameter($0, name: "occupationCode") }),
            limit: query.limit, cursor: query.cursor)
        return .ok(.init(body: .json(.init(items: found.items.map(Schemas.Opening.init), nextCursor: Paging.cursor(found)))))
    }

    func getOpening(_ input: Operations.GetOpening.Input) async throws -> Operations.GetOpening.Output {
        let stored = try await vacancy(input.path.id, .opening, .read)
        return .ok(.init(headers: .init(eTag: stored.eTag), body: .json(.init(stored))))
    }

    func updateOpening(_ input: Operations.UpdateOpening.Input) async throws -> Operations.UpdateOpening.Output {
        let current = try await vacancy(input.path.id, .opening, .change)
        guard case .json(let body) = input.body else { throw APIProblem.badRequest("Send a JSON body.") }
        let opening = body.domain(id: current.value.id, companyId: current.value.companyId, status: current.value.status)
        let stored = try await updateVacancy(current, with: opening, ifMatch: input.headers.ifMatch)
        return .ok(.init(headers: .init(eTag: stored.eTag), body: .json(.init(stored))))
    }

    func closeOpening(_ input: Operations.CloseOpening.Input) async throws -> Operations.CloseOpening.Output {
        let current = try await vacancy(input.path.id, .opening, .change)
        guard current.value.status == .open else { return .ok(.init(body: .json(.init(current)))) }
        var opening = current.value
        opening.status = .closed
        let stored = try await store.update(opening, ifVersion: current.version)
        return .ok(.init(body: .json(.init(stored))))
    }
}

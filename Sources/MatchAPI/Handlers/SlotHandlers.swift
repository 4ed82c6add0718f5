import Foundation
import MatchCore
import OpenAPIRuntime
import Profiles

extension APIHandler {
    func createSlot(_ input: Operations.CreateSlot.Input) async throws -> Operations.CreateSlot.Output {
        guard case .json(let body) = input.body else { throw APIProblem.badRequest("Send a JSON body.") }
        let stored = try await createVacancy(companyId: input.path.id, source: .slot) { companyId in
            body.domain(id: UUID(), companyId: companyId)
        }
        return .created(
            .init(
                headers: .init(eTag: stored.eTag, location: "/v1/slots/\(stored.value.id.lowercasedText)"),
                body: .json(.init(stored))))
    }

    func listSlots(_ input: Operations.ListSlots.Input) async throws -> Operations.ListSlots.Output {
        let query = input.query
        let found = try await listVacancies(
            VacancyFilter(
                source: .slot, companyId: try query.companyId.map { try parseID($0, field: "companyId") },
                status: query.status?.domain, kind: query.kind?.domain),
            limit: query.limit, cursor: query.cursor)
        return .ok(.init(body: .json(.init(items: found.items.map(Schemas.Slot.init), nextCursor: Paging.cursor(found)))))
    }

    func getSlot(_ input: Operations.GetSlot.Input) async throws -> Operations.GetSlot.Output {
        let stored = try await vacancy(input.path.id, .slot, .read)
        return .ok(.init(headers: .init(eTag: stored.eTag), body: .json(.init(stored))))
    }

    func updateSlot(_ input: Operations.UpdateSlot.Input) async throws -> Operations.UpdateSlot.Output {
        let current = try await vacancy(input.path.id, .slot, .change)
        guard case .json(let body) = input.body else { throw APIProblem.badRequest("Send a JSON body.") }
        let slot = body.domain(id: current.value.id, companyId: current.value.companyId)
        let stored = try await updateVacancy(current, with: slot, ifMatch: input.headers.ifMatch)
        return .ok(.init(headers: .init(eTag: stored.eTag), body: .json(.init(stored))))
    }
}

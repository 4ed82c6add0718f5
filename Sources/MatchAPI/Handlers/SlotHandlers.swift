import Foundation
import OpenAPIRuntime
import Profiles

extension APIHandler {
    func createSlot(_ input: Operations.CreateSlot.Input) async throws -> Operations.CreateSlot.Output {
        let company = try manageableCompany(input.path.id)
        guard case .json(let body) = input.body else { throw APIProblem.badRequest("Send a JSON body.") }
        let stored = try await store.create(body.domain(id: UUID(), companyId: company))
        return .created(.init(headers: .init(eTag: stored.eTag, location: "/v1/slots/\(stored.value.id.apiString)"),
                              body: .json(.init(stored))))
    }

    func listSlots(_ input: Operations.ListSlots.Input) async throws -> Operations.ListSlots.Output {
        let filters = try vacancyFilters(companyId: input.query.companyId, status: input.query.status, kind: input.query.kind)
        let page = try database.list(Slot.self, filters: filters, limit: Cursor.limit(input.query.limit),
                                     after: Cursor.decode(input.query.cursor))
        return .ok(.init(body: .json(.init(items: page.items.map(Schemas.Slot.init), nextCursor: Cursor.encode(page.nextAfter)))))
    }

    func getSlot(_ input: Operations.GetSlot.Input) async throws -> Operations.GetSlot.Output {
        let stored = try readableSlot(input.path.id)
        return .ok(.init(headers: .init(eTag: stored.eTag), body: .json(.init(stored))))
    }

    func updateSlot(_ input: Operations.UpdateSlot.Input) async throws -> Operations.UpdateSlot.Output {
        let current = try readableSlot(input.path.id)
        let principal = try Access.caller()
        guard Access.mayManage(companyId: current.value.companyId, principal) else {
            throw APIProblem.forbidden("The \(principal.role.rawValue) role may not change slots.")
        }
        guard case .json(let body) = input.body else { throw APIProblem.badRequest("Send a JSON body.") }
        let stored = try await store.update(body.domain(id: current.value.id, companyId: current.value.companyId),
                                            ifVersion: parseIfMatch(input.headers.ifMatch))
        return .ok(.init(headers: .init(eTag: stored.eTag), body: .json(.init(stored))))
    }

    /// The slot when the caller may read it, else 404.
    func readableSlot(_ idText: String) throws -> Stored<Slot> {
        let principal = try Access.caller()
        guard let stored = try database.fetch(Slot.self, id: parseID(idText)),
              Access.mayRead(companyId: stored.value.companyId, principal) else { throw APIProblem.notFound }
        return stored
    }
}

import Foundation
import MatchCore
import OpenAPIRuntime
import Profiles

extension APIHandler {
    func listCitizens(_ input: Operations.ListCitizens.Input) async throws -> Operations.ListCitizens.Output {
        let principal = try RequestValues.caller()
        let requested = CitizenFilter(
            municipality: try input.query.municipalityCode.map { try municipalityParameter($0, name: "municipalityCode") },
            status: input.query.status?.domain, visibleToCompanies: input.query.visibleToCompanies)
        let page = try Paging.request(limit: input.query.limit, cursor: input.query.cursor)
        guard let filter = try policy.citizens(principal, requested).require(principal) else {
            return .ok(.init(body: .json(.init(items: [], nextCursor: Paging.noNextPage))))
        }
        let found = try await store.citizens(filter, page: page)
        try await logAccess(
            found.items.map { ($0.value.id, policy.protectedData(.full, needs: $0.value.needs)) },
            route: "GET /v1/citizens")
        return .ok(.init(body: .json(.init(items: found.items.map(Schemas.Citizen.init), nextCursor: Paging.cursor(found)))))
    }

    func createCitizen(_ input: Operations.CreateCitizen.Input) async throws -> Operations.CreateCitizen.Output {
        let principal = try RequestValues.caller()
        try policy.createCitizen(principal, in: nil).require(principal)
        guard case .json(let body) = input.body else { throw APIProblem.badRequest("Send a JSON body.") }
        let citizen = try body.domain(id: UUID())
        try policy.createCitizen(principal, in: citizen.municipalityCode).require(principal)
        try check(validator.problems(citizen))
        let stored = try await store.create(citizen)
        return .created(
            .init(
                headers: .init(eTag: stored.eTag, location: "/v1/citizens/\(citizen.id.lowercasedText)"),
                body: .json(.init(stored))))
    }

    func getCitizen(_ input: Operations.GetCitizen.Input) async throws -> Operations.GetCitizen.Output {
        let stored = try await citizen(input.path.id, .read)
        try await logAccess([(stored.value.id, policy.protectedData(.full, needs: stored.value.needs))], route: "GET /v1/citizens/{id}")
        return .ok(.init(headers: .init(eTag: stored.eTag), body: .json(.init(stored))))
    }

    func updateCitizen(_ input: Operations.UpdateCitizen.Input) async throws -> Operations.UpdateCitizen.Output {
        let current = try await citizen(input.path.id, .change)
        let principal = try RequestValues.caller()
        guard case .json(let body) = input.body else { throw APIProblem.badRequest("Send a JSON body.") }
        let citizen = try body.domain(id: current.value.id)
        try policy.moveCitizen(principal, from: current.value.municipalityCode, to: citizen.municipalityCode).require(principal)
        try check(validator.problems(citizen))
        let stored = try await store.update(citizen, ifVersion: parseIfMatch(input.headers.ifMatch))
        return .ok(.init(headers: .init(eTag: stored.eTag), body: .json(.init(stored))))
    }

    func deleteCitizen(_ input: Operations.DeleteCitizen.Input) async throws -> Operations.DeleteCitizen.Output {
        let current = try await citizen(input.path.id, .change)
        try await store.deleteCitizen(current.value.id)
        return .noContent(.init())
    }

    /// The citizen when the policy lets the caller `action` them, else 404.
    func citizen(_ idText: String, _ action: Action) async throws -> Stored<Citizen> {
        let principal = try RequestValues.caller()
        guard let stored = try await store.citizen(parseID(idText)) else { throw APIProblem.notFound }
        try policy.citizen(principal, stored.value.facts, action).require(principal)
        return stored
    }
}

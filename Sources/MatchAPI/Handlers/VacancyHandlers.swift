import Foundation
import MatchCore
import OpenAPIRuntime
import Profiles

/// What the opening and slot routes share: one vacancy record, told apart by its source.
extension APIHandler {
    /// The vacancy of `source` when the policy lets the caller `action` it, else 404 or 403. An
    /// id of the other source names nothing here (404).
    func vacancy(_ idText: String, _ source: VacancySource, _ action: Action) async throws -> Stored<Vacancy> {
        let principal = try RequestValues.caller()
        guard let stored = try await store.vacancy(parseID(idText)), stored.value.source == source else { throw APIProblem.notFound }
        try policy.vacancy(principal, stored.value.facts(companyMunicipality: nil), action).require(principal)
        return stored
    }

    /// Posts an opening or slot for the company `companyIdText`.
    func createVacancy(
        companyId companyIdText: String, source: VacancySource,
        _ make: (UUID) throws -> Vacancy
    ) async throws -> Stored<Vacancy> {
        let principal = try RequestValues.caller()
        guard let company = try await store.company(parseID(companyIdText)) else { throw APIProblem.notFound }
        try policy.createVacancy(principal, companyId: company.value.id, source: source).require(principal)
        let vacancy = try make(company.value.id)
        try check(validator.problems(vacancy))
        return try await store.create(vacancy)
    }

    /// Replaces an opening or slot, keeping its id, company and source.
    func updateVacancy(_ current: Stored<Vacancy>, with vacancy: Vacancy, ifMatch: String?) async throws -> Stored<Vacancy> {
        try check(validator.problems(vacancy))
        return try await store.update(vacancy, ifVersion: parseIfMatch(ifMatch))
    }

    /// A page of openings or slots the caller may see, by the query's filters.
    func listVacancies(_ requested: VacancyFilter, limit: Int?, cursor: String?) async throws -> Page<Stored<Vacancy>> {
        let principal = try RequestValues.caller()
        let page = try Paging.request(limit: limit, cursor: cursor)
        guard let filter = try policy.vacancies(principal, requested).require(principal) else { return Page(items: [], next: nil) }
        return try await store.vacancies(filter, page: page)
    }
}

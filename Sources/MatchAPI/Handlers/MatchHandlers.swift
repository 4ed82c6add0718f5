import Foundation
import MatchCore
import OpenAPIRuntime
import Profiles

extension APIHandler {
    func listOpeningMatches(_ input: Operations.ListOpeningMatches.Input) async throws -> Operations.ListOpeningMatches.Output {
        let ranked = try await rankedCitizens(
            input.path.id, .opening, minScore: input.query.minScore,
            maxKm: input.query.maxKm, limit: input.query.limit)
        return .ok(.init(body: .json(.init(items: ranked.map(Schemas.CitizenMatch.init), nextCursor: Paging.noNextPage))))
    }

    func listSlotMatches(_ input: Operations.ListSlotMatches.Input) async throws -> Operations.ListSlotMatches.Output {
        let ranked = try await rankedCitizens(
            input.path.id, .slot, minScore: input.query.minScore,
            maxKm: input.query.maxKm, limit: input.query.limit)
        return .ok(.init(body: .json(.init(items: ranked.map(Schemas.CitizenMatch.init), nextCursor: Paging.noNextPage))))
    }

    func listCitizenMatches(_ input: Operations.ListCitizenMatches.Input) async throws -> Operations.ListCitizenMatches.Output {
        let ranked = try await rankedVacancies(
            input.path.id, minScore: input.query.minScore, maxKm: input.query.maxKm, limit: input.query.limit,
            kind: input.query.kind?.domain, source: input.query.source?.domain)
        return .ok(.init(body: .json(.init(items: ranked.map(Schemas.VacancyMatch.init), nextCursor: Paging.noNextPage))))
    }

    /// The best openings and slots for a citizen, within what the policy lets the caller see.
    func rankedVacancies(
        _ idText: String, minScore: Double?, maxKm: Double?, limit: Int?, kind: EmploymentKind?,
        source: VacancySource?
    ) async throws -> [RankedVacancy] {
        let principal = try RequestValues.caller()
        guard let citizen = try await store.citizen(parseID(idText)) else { throw APIProblem.notFound }
        try policy.vacancyMatches(principal, for: citizen.value.facts).require(principal)
        var query = try matchQuery(minScore: minScore, maxKm: maxKm, limit: limit)
        query.kinds = kind.map { KindSet([$0]) }
        query.source = source
        let matches = store.index.read { $0.topVacancies(for: EntityID(citizen.value.id), query: query) } ?? []
        if matches.contains(where: { !$0.toConfirm.isEmpty }) {
            try await logAccess([(citizen.value.id, [.needs])], route: "GET /v1/citizens/{id}/matches")
        }
        let vacancies = try await store.vacancies(ids: matches.map(\.vacancyId.uuid))
        let companies = try await store.companies(ids: Array(Set(vacancies.values.map(\.value.companyId))))
        return matches.compactMap { match in
            guard let vacancy = vacancies[match.vacancyId.uuid]?.value else { return nil }
            return RankedVacancy(match: match, vacancy: vacancy, companyName: companies[vacancy.companyId]?.value.name ?? "")
        }
    }

    /// Ranks citizens for an opening or slot within the scope the policy gives the caller, and
    /// shapes each card as the policy says: a company sees only visible citizens,
    /// pseudonymously, with only the needs they share; the job centre sees contact details.
    /// The vacancy's facts come from the index and the citizens from the store's cache of
    /// committed records, so a request reads no rows once its citizens are cached.
    func rankedCitizens(
        _ idText: String, _ source: VacancySource, minScore: Double?, maxKm: Double?,
        limit: Int?
    ) async throws -> [RankedCitizen] {
        let principal = try RequestValues.caller()
        let id = EntityID(try parseID(idText))
        guard let vacancy = store.index.read({ $0.vacancy(id) })?.facts, vacancy.source == source else { throw APIProblem.notFound }
        let scope = try policy.citizenMatches(principal, for: vacancy).require(principal)
        var query = try matchQuery(minScore: minScore, maxKm: maxKm, limit: limit)
        query.onlyVisibleCitizens = scope.onlyVisibleCitizens
        query.municipality = scope.municipality
        let matches = store.index.read { $0.topCitizens(for: id, query: query) } ?? []
        let citizens = try await store.citizens(ids: matches.map(\.citizenId.uuid))
        let shown = matches.compactMap { match in citizens[match.citizenId.uuid].map { (match, $0.value) } }
        try await logAccess(
            shown.map { ($1.id, policy.protectedData(scope.card, needs: $1.needs)) },
            route: "GET /v1/\(source.plural)/{id}/matches")
        return shown.map { match, citizen in
            RankedCitizen(match: match, card: CitizenCardContent(citizen, view: scope.card, policy: policy))
        }
    }

    /// The query of a match route; the spec's ranges were checked before (`ParameterMiddleware`).
    private func matchQuery(minScore: Double?, maxKm: Double?, limit: Int?) throws -> MatchQuery {
        MatchQuery(limit: limit ?? 20, minScore: minScore ?? 0, maxKm: maxKm)
    }
}

import Foundation
import MatchCore
import OpenAPIRuntime
import Profiles

extension APIHandler {
    func listOpeningMatches(_ input: Operations.ListOpeningMatches.Input) async throws -> Operations.ListOpeningMatches.Output {
        let opening = try readableOpening(input.path.id)
        let items = try citizenMatches(vacancyId: opening.value.id, minScore: input.query.minScore,
                                       maxKm: input.query.maxKm, limit: input.query.limit)
        return .ok(.init(body: .json(.init(items: items, nextCursor: nil))))
    }

    func listSlotMatches(_ input: Operations.ListSlotMatches.Input) async throws -> Operations.ListSlotMatches.Output {
        let slot = try readableSlot(input.path.id)
        let items = try citizenMatches(vacancyId: slot.value.id, minScore: input.query.minScore,
                                       maxKm: input.query.maxKm, limit: input.query.limit)
        return .ok(.init(body: .json(.init(items: items, nextCursor: nil))))
    }

    func listCitizenMatches(_ input: Operations.ListCitizenMatches.Input) async throws -> Operations.ListCitizenMatches.Output {
        let citizen = try readableCitizen(input.path.id)
        var query = try matchQuery(minScore: input.query.minScore, maxKm: input.query.maxKm, limit: input.query.limit)
        query.kinds = input.query.kind.map { KindSet([$0.domain]) }
        query.source = input.query.source.map { VacancySource(rawValue: $0.rawValue)! }
        let matches = store.index.read { $0.topVacancies(for: EntityID(citizen.value.id), query: query) } ?? []
        let openings = try database.fetchMany(Opening.self, ids: matches.filter { $0.source == .opening }.map(\.vacancyId.uuid))
        let slots = try database.fetchMany(Slot.self, ids: matches.filter { $0.source == .slot }.map(\.vacancyId.uuid))
        let companyIds = Set(openings.values.map(\.value.companyId) + slots.values.map(\.value.companyId))
        let companies = try database.fetchMany(Company.self, ids: Array(companyIds))
        let items: [Schemas.VacancyMatch] = matches.compactMap { match in
            let id = match.vacancyId.uuid
            let summary: Schemas.VacancySummary
            if let opening = openings[id]?.value {
                summary = .init(id: opening.id.apiString, source: .opening, companyId: opening.companyId.apiString,
                                companyName: companies[opening.companyId]?.value.name ?? "", title: opening.title,
                                occupationCode: opening.occupationCode, kind: .init(opening.kind), hours: .init(opening.hours),
                                location: .init(opening.location), remote: opening.remote, offers: opening.offers,
                                demands: opening.demands, capacity: nil, occupied: nil)
            } else if let slot = slots[id]?.value {
                summary = .init(id: slot.id.apiString, source: .slot, companyId: slot.companyId.apiString,
                                companyName: companies[slot.companyId]?.value.name ?? "", title: slot.title,
                                occupationCode: slot.occupationCode, kind: .init(slot.kind), hours: .init(slot.hours),
                                location: .init(slot.location), remote: slot.remote, offers: slot.offers,
                                demands: slot.demands, capacity: slot.capacity, occupied: slot.occupied)
            } else {
                return nil
            }
            return Schemas.VacancyMatch(
                vacancyId: id.apiString, source: summary.source, score: match.score,
                components: match.components.map(Schemas.MatchComponent.init),
                passed: match.passed.map { Schemas.HardRule(rawValue: $0.rawValue)! }, toConfirm: match.toConfirm,
                gaps: .init(match.gaps), growInto: match.growInto, distanceKm: match.distanceKm.map(roundedKm),
                vacancy: summary)
        }
        return .ok(.init(body: .json(.init(items: items, nextCursor: nil))))
    }

    /// Ranks citizens for an opening or slot and shapes each card for the caller's role: a
    /// company sees only visible citizens, pseudonymously, with only the needs they share; a
    /// consultant sees their municipality's citizens with contact details.
    private func citizenMatches(vacancyId: UUID, minScore: Double?, maxKm: Double?, limit: Int?) throws -> [Schemas.CitizenMatch] {
        let principal = try Access.caller()
        try Access.require(principal, oneOf: [.admin, .consultant, .company], to: "list the citizens matching an opening or slot")
        var query = try matchQuery(minScore: minScore, maxKm: maxKm, limit: limit)
        let companyView = principal.role == .company
        query.onlyVisibleCitizens = companyView
        if principal.role == .consultant { query.municipality = principal.municipalityCode.flatMap { Int($0) } ?? -1 }
        let matches = store.index.read { $0.topCitizens(for: EntityID(vacancyId), query: query) } ?? []
        let citizens = try database.fetchMany(Citizen.self, ids: matches.map(\.citizenId.uuid))
        return matches.compactMap { match in
            guard let citizen = citizens[match.citizenId.uuid]?.value else { return nil }
            let sharedNeeds = Set(citizen.needs.filter(\.shared).map(\.code))
            let card = Schemas.CitizenCard(
                citizenId: citizen.id.apiString, alias: citizen.alias, status: .init(citizen.status), hours: .init(citizen.hours),
                competencies: citizen.competencies.map(Schemas.HeldCompetency.init), jobGoals: citizen.jobGoals,
                needs: citizen.needs.filter { !companyView || $0.shared }.map(Schemas.Need.init),
                municipalityCode: citizen.municipalityCode,
                contact: companyView ? nil : .init(name: citizen.name, email: citizen.email, phone: citizen.phone))
            return Schemas.CitizenMatch(
                citizenId: citizen.id.apiString, score: match.score,
                components: match.components.map(Schemas.MatchComponent.init),
                passed: match.passed.map { Schemas.HardRule(rawValue: $0.rawValue)! },
                toConfirm: match.toConfirm.filter { !companyView || sharedNeeds.contains($0) },
                gaps: .init(match.gaps), growInto: match.growInto, distanceKm: match.distanceKm.map(roundedKm), citizen: card)
        }
    }

    private func matchQuery(minScore: Double?, maxKm: Double?, limit: Int?) throws -> MatchQuery {
        var errors: [FieldError] = []
        if let minScore, !(0...100).contains(minScore) { errors.append(FieldError(field: "minScore", message: "must be between 0 and 100")) }
        if let maxKm, !(0...500).contains(maxKm) { errors.append(FieldError(field: "maxKm", message: "must be between 0 and 500")) }
        if let limit, !(1...100).contains(limit) { errors.append(FieldError(field: "limit", message: "must be between 1 and 100")) }
        if !errors.isEmpty { throw APIProblem.unprocessable(errors) }
        return MatchQuery(limit: limit ?? 20, minScore: minScore ?? 0, maxKm: maxKm)
    }

    private func roundedKm(_ km: Double) -> Double { (km * 100).rounded() / 100 }
}

import Foundation
import MatchCore
import OpenAPIRuntime
import Profiles

extension APIHandler {
    func createPlacement(_ input: Operations.CreatePlacement.Input) async throws -> Operations.CreatePlacement.Output {
        let principal = try RequestValues.caller()
        guard case .json(let body) = input.body else { throw APIProblem.badRequest("Send a JSON body.") }
        let citizenId = try parseID(body.citizenId, field: "citizenId")
        let vacancyId = try parseID(body.vacancyId, field: "vacancyId")
        let interestId = try body.interestId.map { try parseID($0, field: "interestId") }
        guard let citizen = try await store.citizen(citizenId)?.value, let vacancy = try await store.vacancy(vacancyId)?.value else {
            throw APIProblem.notFound
        }
        try policy.createPlacement(principal, citizen: citizen.facts).require(principal)
        let kind = body.kind.domain
        var errors = termProblems(
            kind: kind, start: body.startDate, plannedEnd: body.plannedEnd, agreedHours: body.agreedHours,
            mentorName: body.mentorName)
        if vacancy.status != .open { errors.append(FieldError(field: "vacancyId", message: "the vacancy is closed")) }
        if let interestId {
            let interest = try await store.interest(interestId)
            if interest?.citizenId != citizen.id || interest?.vacancyId != vacancy.id || interest?.state != .accepted {
                errors.append(FieldError(field: "interestId", message: "must be an accepted interest of this citizen and vacancy"))
            }
        }
        if !errors.isEmpty { throw APIProblem.unprocessable(errors) }
        let placement = Placement(
            id: UUID(), citizenId: citizen.id, vacancyId: vacancy.id, source: vacancy.source, companyId: vacancy.companyId, kind: kind,
            startDate: body.startDate, plannedEnd: body.plannedEnd, agreedHours: body.agreedHours, mentorName: body.mentorName,
            interestId: interestId, createdBy: try RequestValues.actor(), createdAt: clock())
        let started = try await store.start(placement)
        return .created(
            .init(
                headers: .init(eTag: "\"\(started.version)\"", location: "/v1/placements/\(started.id.lowercasedText)"),
                body: .json(.init(started))))
    }

    func listPlacements(_ input: Operations.ListPlacements.Input) async throws -> Operations.ListPlacements.Output {
        let query = input.query
        let page = try Paging.request(limit: query.limit, cursor: query.cursor)
        guard
            let filter: PlacementFilter = try partyFilter(
                state: query.state?.rawValue, citizenId: query.citizenId,
                vacancyId: query.vacancyId, companyId: query.companyId)
        else {
            return .ok(.init(body: .json(.init(items: [], nextCursor: Paging.noNextPage))))
        }
        let found = try await store.placements(filter, page: page)
        return .ok(.init(body: .json(.init(items: found.items.map(Schemas.Placement.init), nextCursor: Paging.cursor(found)))))
    }

    func getPlacement(_ input: Operations.GetPlacement.Input) async throws -> Operations.GetPlacement.Output {
        let placement = try await placement(input.path.id, .read)
        return .ok(.init(headers: .init(eTag: "\"\(placement.version)\""), body: .json(.init(placement))))
    }

    func updatePlacement(_ input: Operations.UpdatePlacement.Input) async throws -> Operations.UpdatePlacement.Output {
        var placement = try await placement(input.path.id, .change)
        guard case .json(let body) = input.body else { throw APIProblem.badRequest("Send a JSON body.") }
        let errors = termProblems(
            kind: body.kind.domain, start: placement.startDate, plannedEnd: body.plannedEnd,
            agreedHours: body.agreedHours, mentorName: body.mentorName)
        if !errors.isEmpty { throw APIProblem.unprocessable(errors) }
        placement.kind = body.kind.domain
        placement.plannedEnd = body.plannedEnd
        placement.agreedHours = body.agreedHours
        placement.mentorName = body.mentorName
        let updated = try await store.update(placement, ifVersion: parseIfMatch(input.headers.ifMatch))
        return .ok(.init(headers: .init(eTag: "\"\(updated.version)\""), body: .json(.init(updated))))
    }

    func addPlacementProgress(_ input: Operations.AddPlacementProgress.Input) async throws -> Operations.AddPlacementProgress.Output {
        let placement = try await placement(input.path.id, .change)
        guard case .json(let body) = input.body else { throw APIProblem.badRequest("Send a JSON body.") }
        var errors: [FieldError] = []
        if !body.weeklyHours.isFinite || !Limits.hours.contains(body.weeklyHours) {
            errors.append(FieldError(field: "weeklyHours", message: "must be between 0 and 48"))
        }
        if !body.paidHours.isFinite || body.paidHours < 0 || body.paidHours > body.weeklyHours {
            errors.append(FieldError(field: "paidHours", message: "must be between 0 and weeklyHours"))
        }
        if let problem = FreeText.problem(body.note, field: "note", max: 500) { errors.append(problem) }
        if body.date < placement.startDate { errors.append(FieldError(field: "date", message: "must not be before the start date")) }
        if !errors.isEmpty { throw APIProblem.unprocessable(errors) }
        let entry = ProgressEntry(
            date: body.date, weeklyHours: body.weeklyHours, paidHours: body.paidHours, note: body.note ?? "",
            recordedBy: try RequestValues.actor())
        return .ok(.init(body: .json(.init(try await store.progress(placement.id, entry)))))
    }

    func endPlacement(_ input: Operations.EndPlacement.Input) async throws -> Operations.EndPlacement.Output {
        let placement = try await placement(input.path.id, .change)
        guard case .json(let body) = input.body else { throw APIProblem.badRequest("Send a JSON body.") }
        var errors: [FieldError] = []
        if body.endDate < placement.startDate { errors.append(FieldError(field: "endDate", message: "must not be before the start date")) }
        if let problem = FreeText.problem(body.text, field: "text", max: 500) { errors.append(problem) }
        let outcome = PlacementOutcome(rawValue: body.outcome.rawValue) ?? .other
        if body.closeOpening == true && !PlacementWorkflow.mayCloseOpening(outcome, source: placement.source) {
            errors.append(FieldError(field: "closeOpening", message: "only a hired outcome at an opening closes it"))
        }
        if !errors.isEmpty { throw APIProblem.unprocessable(errors) }
        let ended = try await store.end(
            placement.id, on: body.endDate, outcome: outcome, text: body.text,
            closeOpening: body.closeOpening ?? false, by: RequestValues.actor())
        return .ok(.init(body: .json(.init(ended))))
    }

    /// The placement when the policy lets the caller `action` it, else 404 or 403.
    private func placement(_ idText: String, _ action: Action) async throws -> Placement {
        let principal = try RequestValues.caller()
        guard let placement = try await store.placement(parseID(idText)) else { throw APIProblem.notFound }
        let municipality = try await store.citizen(placement.citizenId)?.value.municipalityCode
        let facts = PlacementFacts(
            id: placement.id, citizenId: placement.citizenId, citizenMunicipality: municipality,
            companyId: placement.companyId)
        try policy.placement(principal, facts, action).require(principal)
        return placement
    }

    /// Problems with a placement's agreed terms.
    private func termProblems(
        kind: EmploymentKind, start: Date, plannedEnd: Date?, agreedHours: Double,
        mentorName: String?
    ) -> [FieldError] {
        var errors: [FieldError] = []
        if !agreedHours.isFinite || !Limits.hours.contains(agreedHours) {
            errors.append(FieldError(field: "agreedHours", message: "must be between 0 and 48"))
        }
        if let plannedEnd, plannedEnd <= start { errors.append(FieldError(field: "plannedEnd", message: "must be after the start date")) }
        if plannedEnd == nil && kind != .flexJob {
            errors.append(FieldError(field: "plannedEnd", message: "is required unless the kind is flexJob"))
        }
        if let problem = FreeText.problem(mentorName, field: "mentorName", max: 200, nonEmpty: true) { errors.append(problem) }
        return errors
    }
}

extension Schemas.Placement {
    init(_ placement: Placement) {
        self.init(
            id: placement.id.lowercasedText, citizenId: placement.citizenId.lowercasedText, vacancyId: placement.vacancyId.lowercasedText,
            source: .init(placement.source), companyId: placement.companyId.lowercasedText, kind: .init(placement.kind),
            startDate: placement.startDate, plannedEnd: placement.plannedEnd, agreedHours: placement.agreedHours,
            mentorName: placement.mentorName, interestId: placement.interestId?.lowercasedText,
            state: Schemas.PlacementState(rawValue: placement.state.rawValue)!, endDate: placement.endDate,
            outcome: placement.outcome.map { Schemas.PlacementOutcome(rawValue: $0.rawValue)! }, endText: placement.endText,
            endedBy: placement.endedBy.map { .init(role: .init(rawValue: $0.role.rawValue)!, scope: $0.scope) },
            progress: placement.progress.map { .init(date: $0.date, weeklyHours: $0.weeklyHours, paidHours: $0.paidHours, note: $0.note) },
            createdAt: placement.createdAt, version: placement.version)
    }
}

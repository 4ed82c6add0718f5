import Foundation
import MatchCore
import OpenAPIRuntime
import Profiles

extension APIHandler {
    func createInterest(_ input: Operations.CreateInterest.Input) async throws -> Operations.CreateInterest.Output {
        let principal = try RequestValues.caller()
        guard case .json(let body) = input.body else { throw APIProblem.badRequest("Send a JSON body.") }
        let citizenId = try parseID(body.citizenId, field: "citizenId")
        let vacancyId = try parseID(body.vacancyId, field: "vacancyId")
        guard let citizen = try await store.citizen(citizenId)?.value, let vacancy = try await store.vacancy(vacancyId)?.value else {
            throw APIProblem.notFound
        }
        let initiator = try policy.createInterest(principal, citizen: citizen.facts, vacancy: vacancy.facts(companyMunicipality: nil))
            .require(principal)
        let outcome = store.index.read { $0.evaluate(citizen: EntityID(citizen.id), vacancy: EntityID(vacancy.id)) }
        let interest = try InterestWorkflow.draft(
            id: UUID(), citizen: citizen, vacancy: vacancy, initiator: initiator,
            by: try RequestValues.actor(), message: body.message ?? "",
            sharedNeeds: body.sharedNeeds ?? [], outcome: outcome, now: clock()
        ).get()
        let started = try await store.start(interest)
        return .created(
            .init(
                headers: .init(location: "/v1/interests/\(started.id.lowercasedText)"),
                body: .json(try await shown(started, route: "POST /v1/interests"))))
    }

    func listInterests(_ input: Operations.ListInterests.Input) async throws -> Operations.ListInterests.Output {
        let query = input.query
        let page = try Paging.request(limit: query.limit, cursor: query.cursor)
        guard
            let filter: InterestFilter = try partyFilter(
                state: query.state?.rawValue, citizenId: query.citizenId,
                vacancyId: query.vacancyId, companyId: query.companyId)
        else {
            return .ok(.init(body: .json(.init(items: [], nextCursor: Paging.noNextPage))))
        }
        let found = try await store.interests(filter, page: page)
        var items: [Schemas.Interest] = []
        for interest in found.items { items.append(try await shown(interest, route: "GET /v1/interests")) }
        return .ok(.init(body: .json(.init(items: items, nextCursor: Paging.cursor(found)))))
    }

    func getInterest(_ input: Operations.GetInterest.Input) async throws -> Operations.GetInterest.Output {
        .ok(.init(body: .json(try await shown(try await readableInterest(input.path.id), route: "GET /v1/interests/{id}"))))
    }

    func acceptInterest(_ input: Operations.AcceptInterest.Input) async throws -> Operations.AcceptInterest.Output {
        let (interest, side) = try await answerable(input.path.id)
        var sharedNeeds: [String]?
        if case .json(let body)? = input.body, let needs = body.sharedNeeds {
            guard let citizen = try await store.citizen(interest.citizenId)?.value else { throw APIProblem.notFound }
            let problems = InterestWorkflow.acceptProblems(sharedNeeds: needs, side: side, citizen: citizen)
            if !problems.isEmpty { throw APIProblem.unprocessable(problems) }
            sharedNeeds = needs
        }
        let answered = try await store.answer(interest.id, side: side, .accept(sharedNeeds: sharedNeeds), by: RequestValues.actor())
        return .ok(.init(body: .json(try await shown(answered, route: "POST /v1/interests/{id}/accept"))))
    }

    func declineInterest(_ input: Operations.DeclineInterest.Input) async throws -> Operations.DeclineInterest.Output {
        let (interest, side) = try await answerable(input.path.id)
        guard case .json(let body) = input.body else { throw APIProblem.badRequest("Send a JSON body.") }
        let problems = InterestWorkflow.declineProblems(text: body.text)
        if !problems.isEmpty { throw APIProblem.unprocessable(problems) }
        let reason = DeclineReason(rawValue: body.reason.rawValue) ?? .other
        let answered = try await store.answer(interest.id, side: side, .decline(reason, text: body.text), by: RequestValues.actor())
        return .ok(.init(body: .json(try await shown(answered, route: "POST /v1/interests/{id}/decline"))))
    }

    func withdrawInterest(_ input: Operations.WithdrawInterest.Input) async throws -> Operations.WithdrawInterest.Output {
        let principal = try RequestValues.caller()
        let interest = try await readableInterest(input.path.id)
        try policy.withdrawInterest(principal, try await facts(interest)).require(principal)
        let withdrawn = try await store.withdraw(interest.id, by: RequestValues.actor())
        return .ok(.init(body: .json(try await shown(withdrawn, route: "POST /v1/interests/{id}/withdraw"))))
    }

    func listDeclineReasons(_ input: Operations.ListDeclineReasons.Input) async throws -> Operations.ListDeclineReasons.Output {
        _ = try RequestValues.caller()
        return .ok(
            .init(
                body: .json(
                    .init(
                        items: DeclineReason.allCases.map {
                            .init(code: Schemas.DeclineReason(rawValue: $0.rawValue)!, da: $0.labels.da, en: $0.labels.en)
                        }))))
    }

    func getCompanyInterestStatistics(_ input: Operations.GetCompanyInterestStatistics.Input) async throws
        -> Operations.GetCompanyInterestStatistics.Output
    {
        let principal = try RequestValues.caller()
        guard let company = try await store.company(parseID(input.path.id))?.value else { throw APIProblem.notFound }
        try policy.interestStatistics(principal, companyId: company.id).require(principal)
        let figures = try await store.interestStatistics(companyId: company.id)
        return .ok(
            .init(
                body: .json(
                    .init(
                        companyId: company.id.lowercasedText, received: figures.received, answered: figures.answered,
                        accepted: figures.accepted,
                        declined: figures.declined, medianHoursToAnswer: figures.medianSecondsToAnswer.map { ($0 / 36).rounded() / 100 }))))
    }

    // MARK: - Consents and the access log

    func listConsents(_ input: Operations.ListConsents.Input) async throws -> Operations.ListConsents.Output {
        let principal = try RequestValues.caller()
        guard let citizen = try await store.citizen(parseID(input.path.id))?.value else { throw APIProblem.notFound }
        try policy.consents(principal, of: citizen.facts).require(principal)
        return .ok(.init(body: .json(.init(items: try await store.consents(citizenId: citizen.id).map(Schemas.Consent.init)))))
    }

    func revokeConsent(_ input: Operations.RevokeConsent.Input) async throws -> Operations.RevokeConsent.Output {
        let principal = try RequestValues.caller()
        guard let citizen = try await store.citizen(parseID(input.path.id))?.value else { throw APIProblem.notFound }
        try policy.revokeConsent(principal, of: citizen.facts).require(principal)
        let revoked = try await store.revokeConsent(parseID(input.path.consentId), citizenId: citizen.id, by: RequestValues.actor())
        return .ok(.init(body: .json(.init(revoked))))
    }

    func listAccessLog(_ input: Operations.ListAccessLog.Input) async throws -> Operations.ListAccessLog.Output {
        let principal = try RequestValues.caller()
        guard let citizen = try await store.citizen(parseID(input.path.id))?.value else { throw APIProblem.notFound }
        try policy.accessLog(principal, of: citizen.facts).require(principal)
        let page = try await store.accessLog(
            citizenId: citizen.id,
            page: Paging.request(limit: input.query.limit, cursor: input.query.cursor, key: .position))
        return .ok(.init(body: .json(.init(items: page.items.map(Schemas.AccessLogEntry.init), nextCursor: Paging.cursor(page)))))
    }

    // MARK: - Helpers

    /// The filter of an interest or placement list: the query's state and ids, narrowed by the
    /// policy to the caller's own; nil when that leaves nothing to show.
    func partyFilter<State>(state: String?, citizenId: String?, vacancyId: String?, companyId: String?) throws -> PartyFilter<State>? {
        let principal = try RequestValues.caller()
        let requested = PartyFilter<State>(
            state: state.flatMap(State.init(rawValue:)), citizenId: try citizenId.map { try parseID($0, field: "citizenId") },
            vacancyId: try vacancyId.map { try parseID($0, field: "vacancyId") },
            companyId: try companyId.map { try parseID($0, field: "companyId") })
        return try policy.parties(principal, requested).require(principal)
    }

    /// The interest when the caller may read it, else 404.
    private func readableInterest(_ idText: String) async throws -> Interest {
        let principal = try RequestValues.caller()
        guard let interest = try await store.interest(parseID(idText)) else { throw APIProblem.notFound }
        try policy.interest(principal, try await facts(interest)).require(principal)
        return interest
    }

    /// The interest and the side the caller answers for.
    private func answerable(_ idText: String) async throws -> (Interest, InterestSide) {
        let principal = try RequestValues.caller()
        guard let interest = try await store.interest(parseID(idText)) else { throw APIProblem.notFound }
        return (interest, try policy.answerSide(principal, try await facts(interest)).require(principal))
    }

    private func facts(_ interest: Interest) async throws -> InterestFacts {
        let municipality = try await store.citizen(interest.citizenId)?.value.municipalityCode
        return InterestFacts(
            id: interest.id, citizenId: interest.citizenId, citizenMunicipality: municipality,
            companyId: interest.companyId, initiator: interest.initiator)
    }

    /// The interest as the caller may see it, logging any protected data it shows.
    private func shown(_ interest: Interest, route: String) async throws -> Schemas.Interest {
        let principal = try RequestValues.caller()
        guard let citizen = try await store.citizen(interest.citizenId)?.value else { throw APIProblem.notFound }
        let consent = try await store.consent(interestId: interest.id)
        let view = policy.interestCard(principal, consent: consent)
        try await logAccess([(citizen.id, policy.protectedData(view, needs: citizen.needs))], route: route)
        let card = Schemas.CitizenCard(citizen, view: view, policy: policy)
        let visibleNeeds = Set(card.needs.map(\.code))
        let snapshot = interest.snapshot
        let history = try await store.history(interest.id)
        return Schemas.Interest(
            id: interest.id.lowercasedText, citizenId: interest.citizenId.lowercasedText, vacancyId: interest.vacancyId.lowercasedText,
            source: .init(interest.source), companyId: interest.companyId.lowercasedText,
            initiator: Schemas.InterestInitiator(rawValue: interest.initiator.rawValue)!, message: interest.message,
            state: Schemas.InterestState(rawValue: interest.state.rawValue)!,
            citizenAnswer: Schemas.InterestAnswer(rawValue: interest.citizenAnswer.rawValue)!,
            companyAnswer: Schemas.InterestAnswer(rawValue: interest.companyAnswer.rawValue)!,
            awaiting: interest.awaiting.map { Schemas.Interest.AwaitingPayloadPayload(rawValue: $0.rawValue)! },
            declineReason: interest.declineReason.map { Schemas.DeclineReason(rawValue: $0.rawValue)! }, declineText: interest.declineText,
            snapshot: .init(
                score: snapshot.score,
                components: snapshot.components.map {
                    .init(
                        name: Schemas.ScoreComponentName(rawValue: $0.name)!, weight: $0.weight, value: $0.value,
                        contribution: $0.contribution)
                },
                passed: snapshot.passed.compactMap(Schemas.HardRule.init(rawValue:)),
                toConfirm: snapshot.toConfirm.filter { visibleNeeds.contains($0) },
                gaps: .init(
                    missingEssentialCompetencies: snapshot.missingEssentialCompetencies,
                    competenciesBelowLevel: snapshot.competenciesBelowLevel, hoursShort: Nullable(snapshot.hoursShort)),
                growInto: snapshot.growInto, distanceKm: snapshot.distanceKm),
            citizen: card, consentActive: consent?.isActive ?? false, createdAt: interest.createdAt, answeredAt: interest.answeredAt,
            closedAt: interest.closedAt,
            expiresAt: interest.state == .pending ? InterestWorkflow.expiresAt(interest, rules: interestRules) : nil,
            history: history.map(Schemas.InterestHistoryEntry.init))
    }
}

extension Schemas.InterestHistoryEntry {
    init(_ event: InterestEvent) {
        self.init(
            at: event.at, change: ChangePayload(rawValue: event.change.rawValue)!,
            side: event.side.map { SidePayload(rawValue: $0.rawValue)! },
            actor: event.actor.map { .init(role: .init(rawValue: $0.role.rawValue)!, scope: $0.scope) },
            reason: event.reason.map { Schemas.DeclineReason(rawValue: $0.rawValue)! })
    }
}

extension Schemas.Consent {
    init(_ consent: Consent) {
        self.init(
            id: consent.id.lowercasedText, citizenId: consent.citizenId.lowercasedText, companyId: consent.companyId.lowercasedText,
            interestId: consent.interestId.lowercasedText,
            data: [.identity, .contact] + (consent.sharedNeeds.isEmpty ? [] : [.needs]),
            sharedNeeds: consent.sharedNeeds, givenAt: consent.givenAt, revokedAt: consent.revokedAt, active: consent.isActive)
    }
}

extension Schemas.AccessLogEntry {
    init(_ entry: Profiles.AccessLogEntry) {
        self.init(
            at: entry.at, tokenId: entry.actor.tokenId?.lowercasedText, role: .init(rawValue: entry.actor.role.rawValue)!,
            scope: entry.actor.scope, kinds: entry.kinds.map { Schemas.ProtectedData(rawValue: $0.rawValue)! },
            route: entry.route, requestId: entry.requestId)
    }
}

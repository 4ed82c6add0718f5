import Foundation
import GRDB
import MatchCore
import Profiles

/// Placement events, and `match.upgraded` when a citizen's hours grow into a vacancy's range.
extension WebhookOutbox {
    /// Queues `event` about a placement to each subscription that asked for it and may hear of it.
    func placementChanged(_ db: Database, _ placement: Placement, _ event: WebhookEventType, now: Date) throws {
        let facts = try self.facts(placement, db)
        try enqueue(db, event, subject: .placement(facts), data: EventData(placement: placement), now: now)
    }

    /// Tells the citizen's consultants that a follow-up is due.
    func followUpDue(_ db: Database, _ placement: Placement, _ followUp: FollowUp, now: Date) throws {
        var data = EventData(placement: placement)
        data.followUp = followUp.rawValue
        try enqueue(db, .placementFollowUpDue, subject: .followUp(try facts(placement, db)), data: data, now: now)
    }

    /// When a citizen's current hours rise, queues one `match.upgraded` per open vacancy that
    /// was a grow-into match and is now a full one (current hours inside its range), to those
    /// who may see the pair; each pair once, ever.
    func matchUpgrades(_ db: Database, previous: Citizen, current: Citizen, now: Date) throws {
        guard current.hours.current > previous.hours.current else { return }
        let query = MatchQuery(limit: Self.maxMatchesPerChange * 10)
        let before = index.encoder.features(previous)
        let after = index.encoder.features(current)
        let growInto = Set(index.read { $0.topVacancies(forProbe: before, query: query) }.filter(\.growInto).map(\.vacancyId))
        guard !growInto.isEmpty else { return }
        let citizenFacts = current.facts
        for match in index.read({ $0.topVacancies(forProbe: after, query: query) })
        where growInto.contains(match.vacancyId)
            && !match.growInto
        {
            guard let vacancy = index.read({ $0.vacancy(match.vacancyId) }), vacancy.isOpen,
                vacancy.hours.min <= current.hours.current, current.hours.current <= vacancy.hours.max,
                try MatchUpgrade(citizenId: current.id, vacancyId: vacancy.id.uuid, at: now).insertIfNew(db)
            else { continue }
            let vacancyFacts = VacancyFacts(
                id: vacancy.id.uuid, source: vacancy.source, companyId: vacancy.companyId.uuid,
                companyMunicipality: nil, isOpen: vacancy.isOpen)
            var data = EventData(vacancy: vacancyFacts)
            data.citizenId = current.id
            data.vacancyId = vacancy.id.uuid
            data.source = vacancy.source.rawValue
            data.score = match.score
            try enqueue(db, .matchUpgraded, subject: .match(citizenFacts, vacancyFacts), data: data, now: now)
        }
    }

    private func facts(_ placement: Placement, _ db: Database) throws -> PlacementFacts {
        let municipality = try Stored<Citizen>.fetchOne(db, id: placement.citizenId)?.value.municipalityCode
        return PlacementFacts(
            id: placement.id, citizenId: placement.citizenId, citizenMunicipality: municipality,
            companyId: placement.companyId)
    }
}

import Foundation
import GRDB
import MatchCore
import Profiles

/// The transactional outbox: inside each write's transaction it queues a delivery for every
/// enabled subscription that should hear of the change and whose owner the access policy lets
/// hear of it, so nothing is sent for a rolled-back change and nothing is lost for a committed
/// one.
public struct WebhookOutbox: Sendable {
    /// The most `match.created` pairs one change can announce per subscription (best first).
    public static let maxMatchesPerChange = 200

    /// The index ranked to find the matches a change creates (as it was before the change).
    let index: LiveIndex
    /// Who may hear of what.
    let policy: Visibility

    /// Queues the events of a citizen's creation (`previous` nil) or change.
    func citizenChanged(_ db: Database, previous: Citizen?, current: Citizen, now: Date) throws {
        let subscriptions = try Webhook.fetchEnabled(db)
        guard !subscriptions.isEmpty else { return }
        if previous != nil {
            for subscription in subscriptions
            where subscription.events.contains(.citizenUpdated)
                && policy.hears(subscription.owner, .citizen(current.facts))
            {
                try enqueue(db, subscription, .citizenUpdated, data: EventData(citizenId: current.id), now: now)
            }
        }
        let interested = subscriptions.filter { $0.events.contains(.matchCreated) }
        guard let threshold = interested.map(\.minScore).min() else { return }
        let features = index.encoder.features(current)
        let matches = index.read {
            $0.topVacancies(forProbe: features, query: MatchQuery(limit: Self.maxMatchesPerChange, minScore: threshold))
        }
        for match in matches {
            guard let vacancy = index.read({ $0.vacancy(match.vacancyId) }) else { continue }
            let vacancyFacts = VacancyFacts(
                id: vacancy.id.uuid, source: vacancy.source, companyId: vacancy.companyId.uuid,
                companyMunicipality: nil, isOpen: vacancy.isOpen)
            try announce(db, match, citizen: current.facts, vacancy: vacancyFacts, to: interested, now: now)
        }
    }

    /// Queues the events of an opening's or slot's creation (`previous` nil) or change.
    func vacancyChanged(_ db: Database, previous: Vacancy?, current: Vacancy, now: Date) throws {
        let subscriptions = try Webhook.fetchEnabled(db)
        guard !subscriptions.isEmpty else { return }
        let event: WebhookEventType =
            switch (current.source, previous) {
            case (.opening, nil): .openingCreated
            case (.opening, let old?): old.status == .open && current.status == .closed ? .openingClosed : .openingUpdated
            case (.slot, nil): .slotCreated
            case (.slot, _?): .slotUpdated
            }
        let facts = current.facts(companyMunicipality: try companyMunicipalities([current.companyId], db)[current.companyId])
        for subscription in subscriptions
        where subscription.events.contains(event)
            && policy.hears(subscription.owner, .vacancy(facts))
        {
            try enqueue(db, subscription, event, data: EventData(vacancy: facts), now: now)
        }
        let interested = subscriptions.filter { $0.events.contains(.matchCreated) }
        guard let threshold = interested.map(\.minScore).min() else { return }
        let features = index.encoder.features(current)
        let matches = index.read {
            $0.topCitizens(forProbe: features, query: MatchQuery(limit: Self.maxMatchesPerChange, minScore: threshold))
        }
        for match in matches {
            guard let citizen = index.read({ $0.citizen(match.citizenId) }) else { continue }
            let citizenFacts = CitizenFacts(
                id: citizen.id.uuid, municipality: citizen.municipality,
                visibleToCompanies: citizen.visibleToCompanies)
            try announce(db, match, citizen: citizenFacts, vacancy: facts, to: interested, now: now)
        }
    }

    /// Queues `match.created` for each subscription whose owner may hear of the pair, that the
    /// pair's score reaches, and that has not been told of the pair before.
    private func announce(
        _ db: Database, _ match: MatchExplanation, citizen: CitizenFacts, vacancy: VacancyFacts,
        to subscriptions: [Webhook], now: Date
    ) throws {
        for subscription in subscriptions
        where match.score >= subscription.minScore
            && policy.hears(subscription.owner, .match(citizen, vacancy))
        {
            guard try MatchNotification(webhookId: subscription.id, citizenId: citizen.id, vacancyId: vacancy.id).insertIfNew(db)
            else { continue }
            var data = EventData(vacancy: vacancy)
            data.citizenId = citizen.id
            data.vacancyId = vacancy.id
            data.source = vacancy.source.rawValue
            data.score = match.score
            try enqueue(db, subscription, .matchCreated, data: data, now: now)
        }
    }

    private func companyMunicipalities(_ ids: Set<UUID>, _ db: Database) throws -> [UUID: MunicipalityCode] {
        try Stored<Company>.fetchByID(db, ids: Array(ids)).mapValues(\.value.municipalityCode)
    }

    /// Queues one event for one subscription.
    func enqueue(_ db: Database, _ subscription: Webhook, _ type: WebhookEventType, data: EventData, now: Date) throws {
        let event = Event(type: type.rawValue, timestamp: now, data: data)
        try Delivery.enqueue(db, webhookId: subscription.id, eventType: type, payload: event.json(), now: now)
    }
}

/// The thin payload: `{"type", "timestamp", "data": {ids…, "score"}}`.
struct Event: Encodable {
    let type: String
    let timestamp: Date
    let data: EventData

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}

/// The ids (and score) an event carries; details are fetched through the API.
struct EventData: Encodable {
    var citizenId: UUID?
    var vacancyId: UUID?
    var source: String?
    var openingId: UUID?
    var slotId: UUID?
    var companyId: UUID?
    var score: Double?
    var interestId: UUID?
    var state: String?
    var awaiting: String?
    var consentId: UUID?
    var placementId: UUID?
    var followUp: String?

    init(citizenId: UUID? = nil) {
        self.citizenId = citizenId
    }

    /// The ids and state of an interest's event.
    init(interest: Interest) {
        interestId = interest.id
        citizenId = interest.citizenId
        vacancyId = interest.vacancyId
        source = interest.source.rawValue
        companyId = interest.companyId
        state = interest.state.rawValue
    }

    /// The ids and state of a placement's event.
    init(placement: Placement) {
        placementId = placement.id
        citizenId = placement.citizenId
        vacancyId = placement.vacancyId
        source = placement.source.rawValue
        companyId = placement.companyId
        state = placement.state.rawValue
    }

    /// The ids of an opening's or slot's event.
    init(vacancy: VacancyFacts) {
        if vacancy.source == .opening { openingId = vacancy.id } else { slotId = vacancy.id }
        companyId = vacancy.companyId
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(citizenId?.lowercasedText, forKey: .citizenId)
        try container.encodeIfPresent(vacancyId?.lowercasedText, forKey: .vacancyId)
        try container.encodeIfPresent(source, forKey: .source)
        try container.encodeIfPresent(openingId?.lowercasedText, forKey: .openingId)
        try container.encodeIfPresent(slotId?.lowercasedText, forKey: .slotId)
        try container.encodeIfPresent(companyId?.lowercasedText, forKey: .companyId)
        try container.encodeIfPresent(score, forKey: .score)
        try container.encodeIfPresent(interestId?.lowercasedText, forKey: .interestId)
        try container.encodeIfPresent(state, forKey: .state)
        try container.encodeIfPresent(awaiting, forKey: .awaiting)
        try container.encodeIfPresent(consentId?.lowercasedText, forKey: .consentId)
        try container.encodeIfPresent(placementId?.lowercasedText, forKey: .placementId)
        try container.encodeIfPresent(followUp, forKey: .followUp)
    }

    enum CodingKeys: String, CodingKey {
        case citizenId, vacancyId, source, openingId, slotId, companyId, score, interestId, state, awaiting, consentId,
            placementId, followUp
    }
}

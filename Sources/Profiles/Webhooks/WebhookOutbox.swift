import Foundation
import GRDB
import MatchCore

/// The transactional outbox: inside each write's transaction it queues a delivery for every
/// enabled subscription that should hear of the change (and may see it), so nothing is sent
/// for a rolled-back change and nothing is lost for a committed one. After commit it wakes
/// the relay.
public struct WebhookOutbox: ChangeObserver {
    /// The most `match.created` pairs one change can announce per subscription (best first).
    public static let maxMatchesPerChange = 200

    private let wake: @Sendable () -> Void

    /// Creates the outbox; `wake` is called after each commit that may have queued deliveries.
    public init(wake: @escaping @Sendable () -> Void) {
        self.wake = wake
    }

    public func committed() {
        wake()
    }

    public func citizenChanged(_ db: Database, previous: Citizen?, current: Citizen, store: ProfileStore) throws {
        let subscriptions = try AppDatabase.enabledWebhooks(db)
        guard !subscriptions.isEmpty else { return }
        let now = Date()
        if previous != nil {
            for subscription in subscriptions where subscription.events.contains(.citizenUpdated) && sees(subscription.owner, citizen: current) {
                try enqueue(db, subscription, .citizenUpdated, data: EventData(citizenId: current.id), now: now)
            }
        }
        let interested = subscriptions.filter { $0.events.contains(.matchCreated) }
        guard let threshold = interested.map(\.minScore).min() else { return }
        let matches = store.index.read {
            $0.topVacancies(forProbe: store.encoder.features(current),
                            query: MatchQuery(limit: Self.maxMatchesPerChange, minScore: threshold))
        }
        let features = store.encoder.features(current)
        for match in matches {
            guard let vacancy = store.index.read({ $0.vacancy(match.vacancyId) }) else { continue }
            try announce(db, match, citizen: features, vacancy: vacancy, to: interested, now: now)
        }
    }

    public func vacancyChanged(_ db: Database, previous: VacancyRecord?, current: VacancyRecord, store: ProfileStore) throws {
        let subscriptions = try AppDatabase.enabledWebhooks(db)
        guard !subscriptions.isEmpty else { return }
        let now = Date()
        let (event, features, companyId): (WebhookEventType, VacancyFeatures, UUID)
        switch (previous, current) {
        case (nil, .opening(let opening)):
            (event, features, companyId) = (.openingCreated, store.encoder.features(opening), opening.companyId)
        case (.opening(let old)?, .opening(let opening)):
            let closed = old.status == .open && opening.status == .closed
            (event, features, companyId) = (closed ? .openingClosed : .openingUpdated, store.encoder.features(opening), opening.companyId)
        case (nil, .slot(let slot)):
            (event, features, companyId) = (.slotCreated, store.encoder.features(slot), slot.companyId)
        case (_, .slot(let slot)):
            (event, features, companyId) = (.slotUpdated, store.encoder.features(slot), slot.companyId)
        case (_, .opening(let opening)):
            (event, features, companyId) = (.openingUpdated, store.encoder.features(opening), opening.companyId)
        }
        let company = try Row.fetchOne(db, sql: "SELECT municipalityCode FROM company WHERE id = ?",
                                       arguments: [companyId.uuidString.lowercased()])?["municipalityCode"] as String?
        let data = features.source == .opening
            ? EventData(openingId: features.id.uuid, companyId: companyId)
            : EventData(slotId: features.id.uuid, companyId: companyId)
        for subscription in subscriptions where subscription.events.contains(event)
            && sees(subscription.owner, companyId: companyId, companyMunicipality: company) {
            try enqueue(db, subscription, event, data: data, now: now)
        }
        let interested = subscriptions.filter { $0.events.contains(.matchCreated) }
        guard let threshold = interested.map(\.minScore).min() else { return }
        let matches = store.index.read {
            $0.topCitizens(forProbe: features, query: MatchQuery(limit: Self.maxMatchesPerChange, minScore: threshold))
        }
        for match in matches {
            guard let citizen = store.index.read({ $0.citizen(match.citizenId) }) else { continue }
            try announce(db, match, citizen: citizen, vacancy: features, to: interested, now: now)
        }
    }

    /// Queues `match.created` for each subscription that may see the pair, reaches its minimum
    /// score, and has not been told of the pair before.
    private func announce(_ db: Database, _ match: MatchExplanation, citizen: CitizenFeatures, vacancy: VacancyFeatures,
                          to subscriptions: [Webhook], now: Date) throws {
        for subscription in subscriptions where match.score >= subscription.minScore
            && sees(subscription.owner, citizen: citizen, vacancy: vacancy) {
            guard try AppDatabase.markMatchNotified(db, webhookId: subscription.id, citizenId: citizen.id.uuid,
                                                    vacancyId: vacancy.id.uuid) else { continue }
            var data = vacancy.source == .opening
                ? EventData(openingId: vacancy.id.uuid, companyId: vacancy.companyId.uuid)
                : EventData(slotId: vacancy.id.uuid, companyId: vacancy.companyId.uuid)
            data.citizenId = citizen.id.uuid
            data.vacancyId = vacancy.id.uuid
            data.source = vacancy.source.rawValue
            data.score = match.score
            try enqueue(db, subscription, .matchCreated, data: data, now: now)
        }
    }

    private func enqueue(_ db: Database, _ subscription: Webhook, _ type: WebhookEventType, data: EventData, now: Date) throws {
        let event = Event(type: type.rawValue, timestamp: now, data: data)
        try AppDatabase.enqueueDelivery(db, webhookId: subscription.id, eventType: type, payload: event.json(), now: now)
    }

    // MARK: - Who may hear of what (design.md roles)

    private func sees(_ owner: Principal, citizen: Citizen) -> Bool {
        switch owner.role {
        case .admin: true
        case .consultant: citizen.municipalityCode == owner.municipalityCode
        case .citizen: citizen.id == owner.citizenId
        case .company: false
        }
    }

    private func sees(_ owner: Principal, companyId: UUID, companyMunicipality: String?) -> Bool {
        switch owner.role {
        case .admin: true
        case .consultant: companyMunicipality != nil && companyMunicipality == owner.municipalityCode
        case .company: companyId == owner.companyId
        case .citizen: false
        }
    }

    private func sees(_ owner: Principal, citizen: CitizenFeatures, vacancy: VacancyFeatures) -> Bool {
        switch owner.role {
        case .admin: true
        case .consultant: owner.municipalityCode.flatMap { Int($0) } == citizen.municipality
        case .company: vacancy.companyId.uuid == owner.companyId && citizen.visibleToCompanies
        case .citizen: citizen.id.uuid == owner.citizenId
        }
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

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(citizenId?.uuidString.lowercased(), forKey: .citizenId)
        try container.encodeIfPresent(vacancyId?.uuidString.lowercased(), forKey: .vacancyId)
        try container.encodeIfPresent(source, forKey: .source)
        try container.encodeIfPresent(openingId?.uuidString.lowercased(), forKey: .openingId)
        try container.encodeIfPresent(slotId?.uuidString.lowercased(), forKey: .slotId)
        try container.encodeIfPresent(companyId?.uuidString.lowercased(), forKey: .companyId)
        try container.encodeIfPresent(score, forKey: .score)
    }

    enum CodingKeys: String, CodingKey {
        case citizenId, vacancyId, source, openingId, slotId, companyId, score
    }
}

import Foundation

/// The kinds of event a subscription can ask for.
public enum WebhookEventType: String, Sendable, Codable, CaseIterable {
    /// A citizen–opening or citizen–slot pair reached the subscription's minimum score.
    case matchCreated = "match.created"
    /// An opening was posted.
    case openingCreated = "opening.created"
    /// An opening changed.
    case openingUpdated = "opening.updated"
    /// An opening was closed.
    case openingClosed = "opening.closed"
    /// A slot was created.
    case slotCreated = "slot.created"
    /// A slot changed.
    case slotUpdated = "slot.updated"
    /// A citizen's profile changed.
    case citizenUpdated = "citizen.updated"
    /// An interest was started.
    case interestCreated = "interest.created"
    /// An interest was accepted by every side that had to answer.
    case interestAccepted = "interest.accepted"
    /// An interest was declined.
    case interestDeclined = "interest.declined"
    /// An interest was withdrawn by its initiator.
    case interestWithdrawn = "interest.withdrawn"
    /// An interest expired unanswered.
    case interestExpired = "interest.expired"
    /// The side that must answer an interest is reminded.
    case interestReminder = "interest.reminder"
    /// A citizen revoked a consent.
    case consentRevoked = "consent.revoked"
    /// A placement started.
    case placementStarted = "placement.started"
    /// A placement's progression was recorded.
    case placementProgressed = "placement.progressed"
    /// A placement ended.
    case placementEnded = "placement.ended"
    /// A placement's follow-up is due (two weeks in, or at the planned end).
    case placementFollowUpDue = "placement.followUpDue"
    /// A citizen's hours grew into a vacancy's range: a grow-into match became a full one.
    case matchUpgraded = "match.upgraded"

    /// The interest and consent events.
    public static let interestEvents: [WebhookEventType] = [
        .interestCreated, .interestAccepted, .interestDeclined, .interestWithdrawn, .interestExpired, .interestReminder,
        .consentRevoked,
    ]
}

/// A webhook subscription, owned by a principal's role and scope (not by one token, so
/// rotating tokens keeps the subscription).
public struct Webhook: Sendable, Equatable {
    /// Id.
    public var id: UUID
    /// Who owns it; events are filtered by what this owner may see.
    public var owner: Principal
    /// Where deliveries go.
    public var url: String
    /// Event types subscribed to.
    public var events: [WebhookEventType]
    /// `match.created` is sent when a pair first reaches this score.
    public var minScore: Double
    /// The subscriber's note.
    public var description: String?
    /// Signing secret (`whsec_…`).
    public var secret: String
    /// The secret before the last rotation, still signing until `previousSecretExpiresAt`.
    public var previousSecret: String?
    /// When the previous secret stops signing.
    public var previousSecretExpiresAt: Date?
    /// False after a 410 answer or when disabled; no events are queued while disabled.
    public var enabled: Bool
    /// Why it was disabled.
    public var disabledReason: String?
    /// Creation time.
    public var createdAt: Date

    /// Creates a subscription record.
    public init(
        id: UUID, owner: Principal, url: String, events: [WebhookEventType], minScore: Double, description: String?,
        secret: String, previousSecret: String? = nil, previousSecretExpiresAt: Date? = nil, enabled: Bool = true,
        disabledReason: String? = nil, createdAt: Date
    ) {
        self.id = id
        self.owner = owner
        self.url = url
        self.events = events
        self.minScore = minScore
        self.description = description
        self.secret = secret
        self.previousSecret = previousSecret
        self.previousSecretExpiresAt = previousSecretExpiresAt
        self.enabled = enabled
        self.disabledReason = disabledReason
        self.createdAt = createdAt
    }

    /// The secrets that sign a delivery now: the current one, and the previous one while valid.
    public func signingSecrets(at now: Date) -> [String] {
        if let previousSecret, let until = previousSecretExpiresAt, until > now { return [secret, previousSecret] }
        return [secret]
    }
}

/// Where a delivery stands.
public enum DeliveryStatus: String, Sendable, Codable, CaseIterable {
    /// Waiting for its next attempt.
    case pending
    /// A 2xx answer was received.
    case delivered
    /// Retries are exhausted (dead-lettered) or the receiver answered 410.
    case failed
}

/// One event to one subscription: the outbox row, sent until delivered or failed.
public struct Delivery: Sendable, Equatable {
    /// The `webhook-id`: stable across retries and redeliveries.
    public var id: String
    /// The subscription.
    public var webhookId: UUID
    /// The event type.
    public var eventType: WebhookEventType
    /// The exact body sent (signed as is on every attempt).
    public var payload: String
    /// Where it stands.
    public var status: DeliveryStatus
    /// Attempts made since it was queued or last redelivered.
    public var attemptCount: Int
    /// When it is due next (pending only).
    public var nextAttemptAt: Date?
    /// When it was queued.
    public var createdAt: Date
    /// Every attempt, oldest first.
    public var attempts: [DeliveryAttempt]

    /// Creates the value from every stored property (for the stores, in other targets).
    package init(
        id: String, webhookId: UUID, eventType: WebhookEventType, payload: String, status: DeliveryStatus, attemptCount: Int,
        nextAttemptAt: Date? = nil, createdAt: Date, attempts: [DeliveryAttempt]
    ) {
        self.id = id
        self.webhookId = webhookId
        self.eventType = eventType
        self.payload = payload
        self.status = status
        self.attemptCount = attemptCount
        self.nextAttemptAt = nextAttemptAt
        self.createdAt = createdAt
        self.attempts = attempts
    }
}

/// One try at sending a delivery.
public struct DeliveryAttempt: Sendable, Equatable {
    /// When it was made.
    public var attemptedAt: Date
    /// The receiver's HTTP status, when it answered.
    public var httpStatus: Int?
    /// How long it took.
    public var durationMs: Int
    /// The transport error, when it did not answer.
    public var error: String?

    /// Creates an attempt record.
    public init(attemptedAt: Date, httpStatus: Int?, durationMs: Int, error: String?) {
        self.attemptedAt = attemptedAt
        self.httpStatus = httpStatus
        self.durationMs = durationMs
        self.error = error
    }
}

/// What the relay decided after an attempt.
public enum DeliveryOutcome: Sendable, Equatable {
    /// Delivered.
    case delivered
    /// Try again at this time.
    case retry(at: Date)
    /// Give up: dead-lettered.
    case failed
    /// The receiver answered 410: give up and disable the subscription.
    case gone
}

/// A delivery that is due, with the subscription it goes to (the relay's unit of work).
public struct DueDelivery: Sendable, Equatable {
    /// The delivery.
    public var delivery: Delivery
    /// Its subscription.
    public var webhook: Webhook

    /// Creates the value from every stored property (for the stores, in other targets).
    package init(delivery: Delivery, webhook: Webhook) {
        self.delivery = delivery
        self.webhook = webhook
    }
}

/// A finished attempt at a delivery and the decision taken on it, to be recorded.
public struct AttemptResult: Sendable, Equatable {
    /// The delivery (`webhook-id`).
    public var deliveryId: String
    /// The attempt.
    public var attempt: DeliveryAttempt
    /// What follows from it.
    public var outcome: DeliveryOutcome

    /// Creates a result.
    public init(deliveryId: String, attempt: DeliveryAttempt, outcome: DeliveryOutcome) {
        self.deliveryId = deliveryId
        self.attempt = attempt
        self.outcome = outcome
    }
}

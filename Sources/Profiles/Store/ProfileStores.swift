import Foundation
import MatchCore

/// Citizens' profiles. Writes are committed with the webhook events they cause, and are in the
/// match index before they return.
public protocol CitizenStore: Sendable {
    /// One citizen, or nil.
    func citizen(_ id: UUID) async throws -> Stored<Citizen>?
    /// The citizens with these ids that exist, by id.
    func citizens(ids: [UUID]) async throws -> [UUID: Stored<Citizen>]
    /// A page of citizens matching `filter`, in id order.
    func citizens(_ filter: CitizenFilter, page: PageRequest) async throws -> Page<Stored<Citizen>>
    /// Creates a profile (`StoreError.conflict` when the id exists).
    func create(_ citizen: Citizen) async throws -> Stored<Citizen>
    /// Replaces a profile, only at `ifVersion` when given (`StoreError.versionMismatch`).
    func update(_ citizen: Citizen, ifVersion: Int?) async throws -> Stored<Citizen>
    /// Deletes a profile and everything of theirs (`StoreError.notFound` when unknown).
    func deleteCitizen(_ id: UUID) async throws
}

/// Companies.
public protocol CompanyStore: Sendable {
    /// One company, or nil.
    func company(_ id: UUID) async throws -> Stored<Company>?
    /// The companies with these ids that exist, by id.
    func companies(ids: [UUID]) async throws -> [UUID: Stored<Company>]
    /// A page of companies matching `filter`, in id order.
    func companies(_ filter: CompanyFilter, page: PageRequest) async throws -> Page<Stored<Company>>
    /// Registers a company (`StoreError.conflict` on a known CVR number).
    func create(_ company: Company) async throws -> Stored<Company>
    /// Replaces a company, only at `ifVersion` when given.
    func update(_ company: Company, ifVersion: Int?) async throws -> Stored<Company>
}

/// Openings and slots, one record with a source.
public protocol VacancyStore: Sendable {
    /// One vacancy, or nil.
    func vacancy(_ id: UUID) async throws -> Stored<Vacancy>?
    /// The vacancies with these ids that exist, by id.
    func vacancies(ids: [UUID]) async throws -> [UUID: Stored<Vacancy>]
    /// A page of vacancies matching `filter`, in id order.
    func vacancies(_ filter: VacancyFilter, page: PageRequest) async throws -> Page<Stored<Vacancy>>
    /// Posts a vacancy for an existing company (`StoreError.notFound` when there is none).
    func create(_ vacancy: Vacancy) async throws -> Stored<Vacancy>
    /// Replaces a vacancy, only at `ifVersion` when given.
    func update(_ vacancy: Vacancy, ifVersion: Int?) async throws -> Stored<Vacancy>
}

/// API bearer tokens, kept only as hashes.
public protocol TokenStore: Sendable {
    /// Issues a token for a principal: a citizen's belongs to the citizen's account (made when
    /// absent), any other to a new account without an address named by `label` (an API
    /// client's). Its company or citizen must exist.
    func createToken(for principal: Principal, label: String?) async throws -> IssuedToken
    /// Issues a token for an existing, enabled account.
    func createToken(accountId: UUID, label: String?) async throws -> IssuedToken
    /// Creates `account` and issues a token for it, in one transaction.
    func createToken(newAccount account: Account, label: String?) async throws -> IssuedToken
    /// The principal of a valid token with the token's id, or nil when unknown or revoked.
    func bearer(token: String) async throws -> Bearer?
    /// Revokes a token by its id or by the token itself; false when nothing was revoked.
    func revokeToken(_ idOrToken: String) async throws -> Bool
}

/// Webhook subscriptions and their delivery log.
public protocol WebhookStore: Sendable {
    /// Stores a new subscription.
    func create(_ webhook: Webhook) async throws
    /// One subscription, or nil.
    func webhook(_ id: UUID) async throws -> Webhook?
    /// A page of subscriptions: all (`owner` nil) or one owner's.
    func webhooks(ownedBy owner: Principal?, page: PageRequest) async throws -> Page<Webhook>
    /// Deletes a subscription with its delivery log.
    func deleteWebhook(_ id: UUID) async throws
    /// Replaces the secret; the previous one keeps signing until `previousValidUntil`.
    func rotateSecret(_ id: UUID, to secret: String, previousValidUntil: Date) async throws
    /// Enables a subscription again, or disables it with a reason.
    func setWebhookEnabled(_ id: UUID, _ enabled: Bool, reason: String?) async throws
    /// A page of a subscription's deliveries, newest first (`StoreError.invalidCursor` on a bad key).
    func deliveries(webhookId: UUID, status: DeliveryStatus?, page: PageRequest) async throws -> Page<Delivery>
    /// Queues a delivery again, due now, with the same `webhook-id`; nil when unknown.
    func redeliver(webhookId: UUID, id: String, now: Date) async throws -> Delivery?
}

/// The outbox as the webhook relay reads and updates it.
public protocol OutboxStore: Sendable {
    /// Pending deliveries due by `now` of enabled subscriptions, oldest first, leaving out `excluding`.
    func dueDeliveries(now: Date, limit: Int, excluding: Set<String>) async throws -> [DueDelivery]
    /// Records finished attempts, each on its own so one that cannot be recorded never loses
    /// the others; returns the ids of those not recorded (their delivery is gone).
    func recordAttempts(_ results: [AttemptResult]) async throws -> [String]
}

/// Everything the daemon keeps: the stores the handlers are generic over, the live match index
/// kept in step with them, bulk loading, and readiness.
public protocol MatchStore: CitizenStore, CompanyStore, VacancyStore, TokenStore, WebhookStore, OutboxStore, InterestStore,
    AccessLogStore, PlacementStore, OverviewStore, WorkflowEventStore
{
    /// The match index, updated after each committed write, in commit order.
    var index: LiveIndex { get }
    /// Loads a set of records in one transaction; nothing is written when one clashes.
    func load(_ records: RecordSet) async throws
    /// Whether the store answers (readiness).
    func isReachable() async -> Bool
}

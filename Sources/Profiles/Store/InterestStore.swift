import Foundation

/// How a side answers an interest.
public enum InterestResponse: Sendable, Equatable {
    /// Yes; a citizen may share needs with the company as they accept.
    case accept(sharedNeeds: [String]?)
    /// No, with a reason from the catalogue and optional words.
    case decline(DeclineReason, text: String?)
}

/// Interests, their history and the consents they lead to. Every change is one transaction
/// with its history entry and webhook deliveries.
public protocol InterestStore: Sendable {
    /// Starts an interest (from `InterestWorkflow.draft`) if the pacing rules allow it at this
    /// moment (`InterestWorkflow.start`; a `WorkflowRefusal` names the rule otherwise), checked in
    /// the same transaction as the write.
    func start(_ interest: Interest) async throws -> Interest
    /// One interest, or nil.
    func interest(_ id: UUID) async throws -> Interest?
    /// A page of interests matching `filter`, in id order.
    func interests(_ filter: InterestFilter, page: PageRequest) async throws -> Page<Interest>
    /// An interest's history, oldest first.
    func history(_ id: UUID) async throws -> [InterestEvent]
    /// `side` answers (`InterestWorkflow.accept`, `.decline`); an acceptance that completes the
    /// interest writes the citizen's consent. A `WorkflowRefusal` names the rule when it may not.
    func answer(_ id: UUID, side: InterestSide, _ response: InterestResponse, by actor: Actor) async throws -> Interest
    /// The initiator takes the interest back (`InterestWorkflow.withdraw`).
    func withdraw(_ id: UUID, by actor: Actor) async throws -> Interest
    /// A citizen's consents, oldest first.
    func consents(citizenId: UUID) async throws -> [Consent]
    /// The consent given for an interest, active or revoked.
    func consent(interestId: UUID) async throws -> Consent?
    /// Revokes a citizen's consent (`StoreError.notFound` when there is no such consent).
    func revokeConsent(_ id: UUID, citizenId: UUID, by actor: Actor) async throws -> Consent
    /// A company's answers to the interests it had to answer.
    func interestStatistics(companyId: UUID) async throws -> InterestStatistics
}

/// The append-only record of who was shown a citizen's protected data.
public protocol AccessLogStore: Sendable {
    /// Appends entries durably, in one transaction (shared with concurrent writes: group commit).
    func append(_ entries: [AccessLogEntry]) async throws
    /// A page of a citizen's entries, newest first.
    func accessLog(citizenId: UUID, page: PageRequest) async throws -> Page<AccessLogEntry>
}

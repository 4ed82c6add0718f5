import Foundation
import MatchCore

/// Where an interest stands.
public enum InterestState: String, Codable, Sendable, CaseIterable {
    /// Waiting for an answer (a consultant's proposal: for both).
    case pending
    /// Every side that had to answer accepted; a consent was written.
    case accepted
    /// A side that had to answer declined, with a reason.
    case declined
    /// The initiator took it back.
    case withdrawn
    /// Nobody answered in time.
    case expired
}

/// Who started an interest, and so who must answer it.
public enum InterestInitiator: String, Codable, Sendable, CaseIterable {
    /// A company, on a citizen card from its own vacancy's matches: the citizen answers.
    case company
    /// A citizen, on an open vacancy from their own matches: the company answers.
    case citizen
    /// A consultant, proposing the pair: both answer.
    case consultant
}

/// One side's answer to an interest.
public enum InterestAnswer: String, Codable, Sendable, CaseIterable {
    /// Not answered yet.
    case pending
    /// Said yes.
    case accepted
    /// Said no.
    case declined
}

/// The two sides that answer an interest.
public enum InterestSide: String, Codable, Sendable, CaseIterable {
    /// The citizen.
    case citizen
    /// The company.
    case company
}

/// Why an interest was declined: a short catalogue, served for one-click answers.
public enum DeclineReason: String, Codable, Sendable, CaseIterable {
    case hoursDoNotFit, tasksDoNotFit, tooFar, accommodationNotPossible, vacancyFilled, notNow, other

    /// Danish and English labels.
    public var labels: (da: String, en: String) {
        switch self {
        case .hoursDoNotFit: ("Timerne passer ikke", "The hours do not fit")
        case .tasksDoNotFit: ("Opgaverne passer ikke", "The tasks do not fit")
        case .tooFar: ("For langt væk", "Too far away")
        case .accommodationNotPossible: ("Skånehensyn er ikke muligt", "The accommodation is not possible")
        case .vacancyFilled: ("Stillingen er besat", "The vacancy is filled")
        case .notNow: ("Ikke lige nu", "Not now")
        case .other: ("Andet", "Other")
        }
    }
}

/// Who did something, as the history and the access log record it: role, scope and token.
public struct Actor: Codable, Sendable, Equatable {
    /// The role.
    public var role: Role
    /// The scope: the citizen's or company's id, or the consultant's municipality code.
    public var scope: String?
    /// The credential used — an API token's or a session's id — when there was one (not for the
    /// scheduler's own changes).
    public var tokenId: UUID?

    /// Creates an actor.
    public init(role: Role, scope: String?, tokenId: UUID?) {
        self.role = role
        self.scope = scope
        self.tokenId = tokenId
    }
}

/// The match as it stood when an interest was created: score and explanation.
public struct MatchSnapshot: Codable, Sendable, Equatable {
    /// One weighted component.
    public struct Component: Codable, Sendable, Equatable {
        public var name: String
        public var weight: Double
        public var value: Double
        public var contribution: Double
    }

    /// 0–100.
    public var score: Double
    /// The weighted components.
    public var components: [Component]
    /// The hard rules passed.
    public var passed: [String]
    /// Required needs to confirm with the workplace (codes; health data).
    public var toConfirm: [String]
    /// Essential competencies missing.
    public var missingEssentialCompetencies: [String]
    /// Competencies held below the wanted level.
    public var competenciesBelowLevel: [String]
    /// Weekly hours short of the minimum (grow-into).
    public var hoursShort: Double?
    /// A grow-into match.
    public var growInto: Bool
    /// Distance in km; nil for remote work.
    public var distanceKm: Double?

    /// The snapshot of an explained match.
    public init(_ match: MatchExplanation) {
        score = match.score
        components = match.components.map {
            Component(name: $0.name.rawValue, weight: $0.weight, value: $0.value, contribution: $0.contribution)
        }
        passed = match.passed.map(\.rawValue)
        toConfirm = match.toConfirm
        missingEssentialCompetencies = match.gaps.missingEssentialCompetencies
        competenciesBelowLevel = match.gaps.competenciesBelowLevel
        hoursShort = match.gaps.hoursShort
        growInto = match.growInto
        distanceKm = match.distanceKm.map { ($0 * 100).rounded() / 100 }
    }
}

/// A signal that one side wants contact about one citizen–vacancy pair: the closed, voluntary
/// forum's unit of conversation.
public struct Interest: Sendable, Equatable {
    /// Id.
    public var id: UUID
    /// The citizen.
    public var citizenId: UUID
    /// The opening or slot.
    public var vacancyId: UUID
    /// Opening or slot.
    public var source: VacancySource
    /// The vacancy's company.
    public var companyId: UUID
    /// Who started it.
    public var initiator: InterestInitiator
    /// Who created it.
    public var createdBy: Actor
    /// The initiator's message (≤ 2,000 characters).
    public var message: String
    /// The match when it was created.
    public var snapshot: MatchSnapshot
    /// Where it stands.
    public var state: InterestState
    /// The citizen's answer (`accepted` from the start when the citizen initiated).
    public var citizenAnswer: InterestAnswer
    /// The company's answer (`accepted` from the start when the company initiated).
    public var companyAnswer: InterestAnswer
    /// When the citizen answered.
    public var citizenAnsweredAt: Date?
    /// When the company answered.
    public var companyAnsweredAt: Date?
    /// The needs the citizen chose to share with this company (on initiating or accepting).
    public var sharedNeeds: [String]
    /// Why it was declined.
    public var declineReason: DeclineReason?
    /// The decliner's own words.
    public var declineText: String?
    /// When the side that must answer was reminded.
    public var remindedAt: Date?
    /// When it was created.
    public var createdAt: Date
    /// When it left `pending`.
    public var closedAt: Date?

    /// Creates the value from every stored property (for the stores, in other targets).
    package init(
        id: UUID, citizenId: UUID, vacancyId: UUID, source: VacancySource, companyId: UUID, initiator: InterestInitiator, createdBy: Actor,
        message: String, snapshot: MatchSnapshot, state: InterestState, citizenAnswer: InterestAnswer, companyAnswer: InterestAnswer,
        citizenAnsweredAt: Date? = nil, companyAnsweredAt: Date? = nil, sharedNeeds: [String], declineReason: DeclineReason? = nil,
        declineText: String? = nil, remindedAt: Date? = nil, createdAt: Date, closedAt: Date? = nil
    ) {
        self.id = id
        self.citizenId = citizenId
        self.vacancyId = vacancyId
        self.source = source
        self.companyId = companyId
        self.initiator = initiator
        self.createdBy = createdBy
        self.message = message
        self.snapshot = snapshot
        self.state = state
        self.citizenAnswer = citizenAnswer
        self.companyAnswer = companyAnswer
        self.citizenAnsweredAt = citizenAnsweredAt
        self.companyAnsweredAt = companyAnsweredAt
        self.sharedNeeds = sharedNeeds
        self.declineReason = declineReason
        self.declineText = declineText
        self.remindedAt = remindedAt
        self.createdAt = createdAt
        self.closedAt = closedAt
    }

    /// The sides whose answer is still awaited while pending.
    public var awaiting: [InterestSide] {
        guard state == .pending else { return [] }
        return (citizenAnswer == .pending ? [.citizen] : []) + (companyAnswer == .pending ? [.company] : [])
    }

    /// The first answer given by a side that had to answer.
    public var answeredAt: Date? {
        [citizenAnsweredAt, companyAnsweredAt].compactMap { $0 }.min()
    }
}

/// A step in an interest's history: who changed what, when.
public struct InterestEvent: Sendable, Equatable {
    /// What happened.
    public enum Change: String, Codable, Sendable, CaseIterable {
        case created, accepted, declined, withdrawn, expired, reminded
    }

    /// When.
    public var at: Date
    /// What.
    public var change: Change
    /// The side that answered (accepted, declined) or was reminded.
    public var side: InterestSide?
    /// Who; nil for the scheduler (reminders, expiry).
    public var actor: Actor?
    /// A decline's reason.
    public var reason: DeclineReason?

    /// Creates the value from every stored property (for the stores, in other targets).
    package init(at: Date, change: Change, side: InterestSide? = nil, actor: Actor? = nil, reason: DeclineReason? = nil) {
        self.at = at
        self.change = change
        self.side = side
        self.actor = actor
        self.reason = reason
    }
}

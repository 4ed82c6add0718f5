import Foundation

/// A change an interest's state does not allow.
public struct InterestConflict: Error, Sendable, Equatable {
    /// In words, e.g. "the interest is declined".
    public var message: String
}

/// The interest workflow's state machine: pure transitions, each checked against the state.
extension Interest {
    /// A new pending interest in a pair: the initiator's own side counts as accepted, so the
    /// other side (both, for a consultant's proposal) must answer.
    public static func starting(citizenId: UUID, vacancy: Vacancy, initiator: InterestInitiator, by actor: Actor, message: String,
                                snapshot: MatchSnapshot, sharedNeeds: [String], at now: Date) -> Interest {
        Interest(id: UUID(), citizenId: citizenId, vacancyId: vacancy.id, source: vacancy.source, companyId: vacancy.companyId,
                 initiator: initiator, createdBy: actor, message: message, snapshot: snapshot, state: .pending,
                 citizenAnswer: initiator == .citizen ? .accepted : .pending,
                 companyAnswer: initiator == .company ? .accepted : .pending, citizenAnsweredAt: nil, companyAnsweredAt: nil,
                 sharedNeeds: sharedNeeds, declineReason: nil, declineText: nil, remindedAt: nil, createdAt: now, closedAt: nil)
    }

    /// `side` accepts; when no side is awaited any more the interest is `accepted`.
    public func accepting(_ side: InterestSide, at now: Date, sharedNeeds: [String]?) throws -> Interest {
        try requireAwaiting(side)
        var next = self
        switch side {
        case .citizen:
            next.citizenAnswer = .accepted
            next.citizenAnsweredAt = now
            if let sharedNeeds { next.sharedNeeds = sharedNeeds }
        case .company:
            next.companyAnswer = .accepted
            next.companyAnsweredAt = now
        }
        if next.awaiting.isEmpty {
            next.state = .accepted
            next.closedAt = now
        }
        return next
    }

    /// `side` declines with a reason: one decline declines the interest.
    public func declining(_ side: InterestSide, reason: DeclineReason, text: String?, at now: Date) throws -> Interest {
        try requireAwaiting(side)
        var next = self
        switch side {
        case .citizen:
            next.citizenAnswer = .declined
            next.citizenAnsweredAt = now
        case .company:
            next.companyAnswer = .declined
            next.companyAnsweredAt = now
        }
        next.state = .declined
        next.declineReason = reason
        next.declineText = text
        next.closedAt = now
        return next
    }

    /// The initiator takes it back.
    public func withdrawing(at now: Date) throws -> Interest {
        try requirePending()
        var next = self
        next.state = .withdrawn
        next.closedAt = now
        return next
    }

    /// Unanswered past `rules.expiresAfter`: expired.
    public func expiring(at now: Date, rules: InterestRules) -> Interest? {
        guard state == .pending, createdAt.addingTimeInterval(rules.expiresAfter) <= now else { return nil }
        var next = self
        next.state = .expired
        next.closedAt = now
        return next
    }

    /// Unanswered past `rules.reminderAfter` and not reminded yet: reminded now.
    public func reminding(at now: Date, rules: InterestRules) -> Interest? {
        guard state == .pending, remindedAt == nil, createdAt.addingTimeInterval(rules.reminderAfter) <= now else { return nil }
        var next = self
        next.remindedAt = now
        return next
    }

    private func requirePending() throws {
        guard state == .pending else { throw InterestConflict(message: "the interest is \(state.rawValue)") }
    }

    private func requireAwaiting(_ side: InterestSide) throws {
        try requirePending()
        guard awaiting.contains(side) else { throw InterestConflict(message: "the \(side.rawValue) side has already answered") }
    }
}

import Foundation

/// The interest workflow, decided purely: each step takes the interest as stored, the facts read
/// in the transaction and the time, and returns what to write and which events to queue
/// (`InterestChange`), or the rule that refuses it (`WorkflowRefusal`). Every store runs the same
/// decisions in its own transaction, so a rule is changed here and nowhere else.
///
/// `pending` → `accepted` (with the citizen's consent) | `declined` | `withdrawn` | `expired`.
public enum InterestWorkflow {
    /// Starts `interest` (a pending one, from `draft`) unless a pacing rule refuses it now.
    public static func start(
        _ interest: Interest, facts: PacingFacts, rules: InterestRules,
        now: Date
    ) -> Result<InterestChange, WorkflowRefusal> {
        if let refusal = pacingRefusal(facts, initiator: interest.initiator, rules: rules, now: now) { return .failure(refusal) }
        var started = interest
        started.createdAt = now
        return .success(
            InterestChange(
                interest: started, history: [InterestEvent(at: now, change: .created, side: nil, actor: interest.createdBy, reason: nil)],
                events: [.interestStarted(started)]))
    }

    /// `side` accepts, sharing `sharedNeeds` when the citizen gives them; when no side is awaited
    /// any more the interest is `accepted` and the citizen's consent (`consentId`) is written.
    public static func accept(
        _ interest: Interest, side: InterestSide, sharedNeeds: [String]?, by actor: Actor,
        consentId: UUID, now: Date
    ) -> Result<InterestChange, WorkflowRefusal> {
        if let refusal = answerRefusal(interest, side: side) { return .failure(refusal) }
        var next = interest
        switch side {
        case .citizen:
            next.citizenAnswer = .accepted
            next.citizenAnsweredAt = now
            if let sharedNeeds { next.sharedNeeds = sharedNeeds }
        case .company:
            next.companyAnswer = .accepted
            next.companyAnsweredAt = now
        }
        let history = [InterestEvent(at: now, change: .accepted, side: side, actor: actor, reason: nil)]
        guard next.awaiting.isEmpty else { return .success(InterestChange(interest: next, history: history, events: [])) }
        next.state = .accepted
        next.closedAt = now
        let consent = Consent(
            id: consentId, citizenId: next.citizenId, companyId: next.companyId, interestId: next.id,
            sharedNeeds: next.sharedNeeds, givenAt: now, revokedAt: nil)
        return .success(InterestChange(interest: next, history: history, consent: consent, events: [.interestAccepted(next)]))
    }

    /// `side` declines with a reason: one decline declines the interest.
    public static func decline(
        _ interest: Interest, side: InterestSide, reason: DeclineReason, text: String?, by actor: Actor,
        now: Date
    ) -> Result<InterestChange, WorkflowRefusal> {
        if let refusal = answerRefusal(interest, side: side) { return .failure(refusal) }
        var next = interest
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
        return .success(
            InterestChange(
                interest: next, history: [InterestEvent(at: now, change: .declined, side: side, actor: actor, reason: reason)],
                events: [.interestDeclined(next)]))
    }

    /// The initiator takes a pending interest back (who may withdraw is the access policy's:
    /// `Visibility.withdrawInterest`).
    public static func withdraw(_ interest: Interest, by actor: Actor, now: Date) -> Result<InterestChange, WorkflowRefusal> {
        if let refusal = notPending(interest) { return .failure(refusal) }
        var next = interest
        next.state = .withdrawn
        next.closedAt = now
        return .success(
            InterestChange(
                interest: next, history: [InterestEvent(at: now, change: .withdrawn, side: nil, actor: actor, reason: nil)],
                events: [.interestWithdrawn(next)]))
    }

    /// The time-driven steps of pending interests at `now`: each unanswered past
    /// `rules.expiresAfter` expires; each unanswered past `rules.reminderAfter` and not reminded
    /// yet reminds every side it awaits. One change per interest that changed.
    public static func due(_ pending: [Interest], rules: InterestRules, now: Date) -> [InterestChange] {
        pending.compactMap { interest in
            guard interest.state == .pending else { return nil }
            var next = interest
            if expiresAt(interest, rules: rules) <= now {
                next.state = .expired
                next.closedAt = now
                return InterestChange(
                    interest: next, history: [InterestEvent(at: now, change: .expired, side: nil, actor: nil, reason: nil)],
                    events: [.interestExpired(next)])
            }
            guard interest.remindedAt == nil, interest.createdAt.addingTimeInterval(rules.reminderAfter) <= now else { return nil }
            next.remindedAt = now
            return InterestChange(
                interest: next,
                history: next.awaiting.map { InterestEvent(at: now, change: .reminded, side: $0, actor: nil, reason: nil) },
                events: next.awaiting.map { .interestReminder(next, awaiting: $0) })
        }
    }

    /// The pending interests created at or before this instant are those `due` may change at
    /// `now` (the store reads only these).
    public static func dueCreatedBefore(now: Date, rules: InterestRules) -> Date {
        now.addingTimeInterval(-min(rules.reminderAfter, rules.expiresAfter))
    }

    /// When a pending interest expires unless answered.
    public static func expiresAt(_ interest: Interest, rules: InterestRules) -> Date {
        interest.createdAt.addingTimeInterval(rules.expiresAfter)
    }

    /// The citizen revokes a consent: an active one ends now and the parties hear of it; a
    /// revoked one stays as it is, and nobody hears of it again.
    public static func revoke(_ consent: Consent, interest: Interest, now: Date) -> ConsentChange {
        guard consent.isActive else { return ConsentChange(consent: consent, events: []) }
        var revoked = consent
        revoked.revokedAt = now
        return ConsentChange(consent: revoked, events: [.consentRevoked(revoked, interest: interest)])
    }

    // MARK: - Refusals

    /// Why `side` may not answer `interest`, or nil: only a pending interest is answered, never by
    /// the side that started it, and by each side once.
    private static func answerRefusal(_ interest: Interest, side: InterestSide) -> WorkflowRefusal? {
        if let refusal = notPending(interest) { return refusal }
        switch (interest.initiator, side) {
        case (.citizen, .citizen), (.company, .company):
            let other: InterestSide = side == .citizen ? .company : .citizen
            return WorkflowRefusal(
                .initiatorCannotAnswer,
                "the \(side.rawValue) started this interest, so its side counts as accepted: "
                    + "the \(other.rawValue) answers, and the \(side.rawValue) may withdraw it")
        case (.citizen, .company), (.company, .citizen), (.consultant, _):
            break
        }
        guard interest.awaiting.contains(side) else {
            return WorkflowRefusal(.alreadyAnswered, "the \(side.rawValue) side has already answered")
        }
        return nil
    }

    /// Refuses anything but a pending interest, naming its state.
    private static func notPending(_ interest: Interest) -> WorkflowRefusal? {
        let message: String
        switch interest.state {
        case .pending: return nil
        case .accepted: message = "the interest is already accepted"
        case .declined: message = "the interest is already declined"
        case .withdrawn: message = "the interest was withdrawn"
        case .expired: message = "the interest has expired"
        }
        return WorkflowRefusal(.notPending, message)
    }
}

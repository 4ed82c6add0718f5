import Foundation
import MatchCore

/// The rules of what a request about an interest may say, checked before the store is asked:
/// every problem is named with its field (422).
extension InterestWorkflow {
    /// Longest message an initiator may send, in characters.
    public static let maxMessageLength = 2000
    /// Longest text a decliner may add to the reason, in characters.
    public static let maxDeclineTextLength = 500

    /// The pending interest `id` a request by `initiator` would start on the pair, or every
    /// problem with the request: the message's length, the needs shared (only a citizen starting
    /// an interest shares needs, each one of their own, once) and the pair, which must be a
    /// match (`outcome`: the match index's one evaluation of it, nil when the pair is not in the
    /// index). The initiator's own side counts as accepted, so the other side (both, for a
    /// consultant's proposal) must answer.
    public static func draft(
        id: UUID, citizen: Citizen, vacancy: Vacancy, initiator: InterestInitiator, by actor: Actor,
        message: String, sharedNeeds: [String], outcome: MatchOutcome?,
        now: Date
    ) -> Result<Interest, ValidationFailure> {
        var errors: [FieldError] = []
        if let problem = FreeText.problem(message, field: "message", max: maxMessageLength) { errors.append(problem) }
        if !sharedNeeds.isEmpty && initiator != .citizen {
            errors.append(FieldError(field: "sharedNeeds", message: "only a citizen starting an interest shares needs"))
        }
        errors += needProblems(sharedNeeds, of: citizen)
        let match: MatchExplanation
        switch outcome {
        case .match(let explained)?:
            match = explained
        case .excluded(let rule)?:
            return .failure(ValidationFailure(errors + [notAMatch("it fails the \(rule.rawValue) rule")]))
        case nil:
            return .failure(ValidationFailure(errors + [notAMatch("it is not in the index")]))
        }
        guard errors.isEmpty else { return .failure(ValidationFailure(errors)) }
        return .success(
            Interest(
                id: id, citizenId: citizen.id, vacancyId: vacancy.id, source: vacancy.source, companyId: vacancy.companyId,
                initiator: initiator, createdBy: actor, message: message, snapshot: MatchSnapshot(match), state: .pending,
                citizenAnswer: initiator == .citizen ? .accepted : .pending, companyAnswer: initiator == .company ? .accepted : .pending,
                citizenAnsweredAt: nil, companyAnsweredAt: nil, sharedNeeds: sharedNeeds, declineReason: nil, declineText: nil,
                remindedAt: nil, createdAt: now, closedAt: nil))
    }

    /// Problems with the needs `side` shares as it accepts: only the citizen shares needs, each
    /// one of their own, once.
    public static func acceptProblems(sharedNeeds: [String], side: InterestSide, citizen: Citizen) -> [FieldError] {
        guard side == .citizen else { return [FieldError(field: "sharedNeeds", message: "only the citizen shares needs")] }
        return needProblems(sharedNeeds, of: citizen)
    }

    /// Problems with a decline's own words.
    public static func declineProblems(text: String?) -> [FieldError] {
        FreeText.problem(text, field: "text", max: maxDeclineTextLength).map { [$0] } ?? []
    }

    /// Problems with need codes a citizen shares: each must be one of the citizen's needs, once.
    private static func needProblems(_ codes: [String], of citizen: Citizen) -> [FieldError] {
        let own = Set(citizen.needs.map(\.code))
        var seen = Set<String>()
        return codes.enumerated().compactMap { index, code in
            if !own.contains(code) {
                return FieldError(field: "sharedNeeds[\(index)]", message: "\(code) is not one of the citizen's needs")
            }
            if !seen.insert(code).inserted { return FieldError(field: "sharedNeeds[\(index)]", message: "\(code) is listed twice") }
            return nil
        }
    }

    private static func notAMatch(_ why: String) -> FieldError {
        FieldError(field: "vacancyId", message: "the pair is not a match: \(why)")
    }
}

import Foundation
import MatchCore
import Testing

@testable import Profiles

/// The interest workflow with literal records and a fixed clock: every rule and every refusal.
@Suite struct InterestWorkflowTests {
    static let rules = InterestRules(maxPendingPerCitizen: 2, maxPerCompany: 3)

    // MARK: - Pacing

    @Test func aStartWithNothingAroundItIsWrittenWithItsHistoryAndEvent() throws {
        let change = try InterestWorkflow.start(
            W.interest(.company, createdAt: W.days(-5)), facts: PacingFacts(), rules: Self.rules,
            now: W.now
        ).get()
        #expect(change.interest.createdAt == W.now && change.interest.state == .pending)
        #expect(change.history == [InterestEvent(at: W.now, change: .created, side: nil, actor: W.companyActor, reason: nil)])
        #expect(change.consent == nil && change.events == [.interestStarted(change.interest)])
    }

    @Test func onePendingPerPairRefusesUntilThePendingOneExpires() {
        let facts = PacingFacts(pairPendingCreatedAt: W.days(-3))
        let refusal = InterestWorkflow.start(W.interest(.citizen), facts: facts, rules: Self.rules, now: W.now).refusal
        #expect(refusal?.rule == .onePendingPerPair)
        #expect(refusal?.nextAllowedAt == W.days(-3).addingTimeInterval(Self.rules.expiresAfter))
    }

    @Test func declineCooldownRefusesWithinTheCooldownOnly() {
        let recent = PacingFacts(pairDeclinedAt: W.days(-29))
        let refusal = InterestWorkflow.start(W.interest(.citizen), facts: recent, rules: Self.rules, now: W.now).refusal
        #expect(refusal?.rule == .declineCooldown && refusal?.nextAllowedAt == W.days(1))
        #expect(refusal?.message == "this citizen and vacancy were declined less than 30 days ago")
        let past = PacingFacts(pairDeclinedAt: W.days(-30))
        #expect(InterestWorkflow.start(W.interest(.citizen), facts: past, rules: Self.rules, now: W.now).refusal == nil)
    }

    @Test func citizenPendingLimitBindsCompaniesAndConsultantsButNotTheCitizen() {
        let facts = PacingFacts(citizenPending: 2, citizenOldestPendingCreatedAt: W.days(-4))
        for initiator in [InterestInitiator.company, .consultant] {
            let refusal = InterestWorkflow.start(W.interest(initiator), facts: facts, rules: Self.rules, now: W.now).refusal
            #expect(refusal?.rule == .citizenPendingLimit, "\(initiator)")
            #expect(refusal?.nextAllowedAt == W.days(-4).addingTimeInterval(Self.rules.expiresAfter))
        }
        #expect(InterestWorkflow.start(W.interest(.citizen), facts: facts, rules: Self.rules, now: W.now).refusal == nil)
        let below = PacingFacts(citizenPending: 1)
        #expect(InterestWorkflow.start(W.interest(.company), facts: below, rules: Self.rules, now: W.now).refusal == nil)
    }

    @Test func companyMonthlyLimitBindsOnlyCompanies() {
        let facts = PacingFacts(companyStarted: 3, companyOldestStartedAt: W.days(-20))
        let refusal = InterestWorkflow.start(W.interest(.company), facts: facts, rules: Self.rules, now: W.now).refusal
        #expect(refusal?.rule == .companyMonthlyLimit && refusal?.nextAllowedAt == W.days(10))
        #expect(InterestWorkflow.start(W.interest(.consultant), facts: facts, rules: Self.rules, now: W.now).refusal == nil)
        #expect(InterestWorkflow.start(W.interest(.citizen), facts: facts, rules: Self.rules, now: W.now).refusal == nil)
    }

    @Test func rulesOnThePairComeBeforeTheQuotas() {
        let everything = PacingFacts(citizenPending: 9, companyStarted: 9, pairPendingCreatedAt: W.days(-1), pairDeclinedAt: W.days(-1))
        #expect(
            InterestWorkflow.start(W.interest(.company), facts: everything, rules: Self.rules, now: W.now).refusal?.rule
                == .onePendingPerPair)
        var declined = everything
        declined.pairPendingCreatedAt = nil
        #expect(
            InterestWorkflow.start(W.interest(.company), facts: declined, rules: Self.rules, now: W.now).refusal?.rule
                == .declineCooldown)
    }

    @Test func theFactsWindowsFollowTheRules() {
        #expect(InterestWorkflow.pacingWindowStart(now: W.now, rules: Self.rules) == W.days(-30))
        #expect(InterestWorkflow.dueCreatedBefore(now: W.now, rules: Self.rules) == W.days(-5))
        #expect(InterestWorkflow.expiresAt(W.interest(.company, createdAt: W.days(-1)), rules: Self.rules) == W.days(13))
    }

    // MARK: - Answers

    @Test func theCitizenAcceptsACompanysInterestAndGivesConsentWithTheNeedsShared() throws {
        let change = try InterestWorkflow.accept(
            W.interest(.company), side: .citizen, sharedNeeds: ["quiet-room"], by: W.citizenActor,
            consentId: W.consentId, now: W.now
        ).get()
        #expect(change.interest.state == .accepted && change.interest.closedAt == W.now)
        #expect(change.interest.citizenAnswer == .accepted && change.interest.citizenAnsweredAt == W.now)
        #expect(change.interest.sharedNeeds == ["quiet-room"])
        #expect(change.history == [InterestEvent(at: W.now, change: .accepted, side: .citizen, actor: W.citizenActor, reason: nil)])
        #expect(
            change.consent
                == Consent(
                    id: W.consentId, citizenId: W.citizenId, companyId: W.companyId, interestId: W.interestId,
                    sharedNeeds: ["quiet-room"], givenAt: W.now, revokedAt: nil))
        #expect(change.events == [.interestAccepted(change.interest)])
    }

    @Test func theCompanyAcceptsACitizensInterest() throws {
        let change = try InterestWorkflow.accept(
            W.interest(.citizen), side: .company, sharedNeeds: nil, by: W.companyActor,
            consentId: W.consentId, now: W.now
        ).get()
        #expect(change.interest.state == .accepted && change.interest.companyAnsweredAt == W.now)
        #expect(change.consent?.citizenId == W.citizenId && change.events == [.interestAccepted(change.interest)])
    }

    @Test func aProposalWaitsForBothSidesAndOnlyTheSecondAcceptanceGivesConsent() throws {
        let half = try InterestWorkflow.accept(
            W.interest(.consultant), side: .company, sharedNeeds: nil, by: W.companyActor,
            consentId: W.consentId, now: W.now
        ).get()
        #expect(half.interest.state == .pending && half.interest.awaiting == [.citizen])
        #expect(half.consent == nil && half.events.isEmpty && half.history.count == 1)
        let again = InterestWorkflow.accept(
            half.interest, side: .company, sharedNeeds: nil, by: W.companyActor, consentId: W.consentId,
            now: W.now
        ).refusal
        #expect(again?.rule == .alreadyAnswered && again?.message == "the company side has already answered")
        let whole = try InterestWorkflow.accept(
            half.interest, side: .citizen, sharedNeeds: nil, by: W.citizenActor,
            consentId: W.consentId, now: W.days(1)
        ).get()
        #expect(whole.interest.state == .accepted && whole.consent?.givenAt == W.days(1))
    }

    @Test func theSideThatStartedTheInterestCannotAnswerIt() {
        for (initiator, side) in [(InterestInitiator.company, InterestSide.company), (.citizen, .citizen)] {
            let interest = W.interest(initiator)
            let accepted = InterestWorkflow.accept(
                interest, side: side, sharedNeeds: nil, by: W.actor(initiator),
                consentId: W.consentId, now: W.now
            ).refusal
            #expect(accepted?.rule == .initiatorCannotAnswer, "\(initiator)")
            #expect(accepted?.message.hasPrefix("the \(side.rawValue) started this interest") == true)
            let declined = InterestWorkflow.decline(
                interest, side: side, reason: .notNow, text: nil, by: W.actor(initiator),
                now: W.now
            ).refusal
            #expect(declined?.rule == .initiatorCannotAnswer, "\(initiator)")
        }
    }

    @Test func oneDeclineDeclinesWithItsReason() throws {
        let change = try InterestWorkflow.decline(
            W.interest(.consultant), side: .citizen, reason: .tooFar, text: "For langt",
            by: W.citizenActor, now: W.now
        ).get()
        #expect(change.interest.state == .declined && change.interest.citizenAnswer == .declined)
        #expect(change.interest.declineReason == .tooFar && change.interest.declineText == "For langt")
        #expect(change.interest.closedAt == W.now && change.consent == nil)
        #expect(change.history == [InterestEvent(at: W.now, change: .declined, side: .citizen, actor: W.citizenActor, reason: .tooFar)])
        #expect(change.events == [.interestDeclined(change.interest)])
    }

    @Test func nothingAnswersOrWithdrawsAnInterestNoLongerPendingAndTheRefusalNamesItsState() {
        let states: [(InterestState, String)] = [
            (.accepted, "the interest is already accepted"),
            (.declined, "the interest is already declined"),
            (.withdrawn, "the interest was withdrawn"), (.expired, "the interest has expired"),
        ]
        for (state, message) in states {
            var interest = W.interest(.company)
            interest.state = state
            let refusals = [
                InterestWorkflow.accept(
                    interest, side: .citizen, sharedNeeds: nil, by: W.citizenActor, consentId: W.consentId,
                    now: W.now
                ).refusal,
                InterestWorkflow.decline(interest, side: .citizen, reason: .other, text: nil, by: W.citizenActor, now: W.now).refusal,
                InterestWorkflow.withdraw(interest, by: W.companyActor, now: W.now).refusal,
            ]
            #expect(refusals == Array(repeating: WorkflowRefusal(.notPending, message), count: 3), "\(state)")
        }
    }

    @Test func aPendingInterestIsWithdrawn() throws {
        let change = try InterestWorkflow.withdraw(W.interest(.citizen), by: W.citizenActor, now: W.now).get()
        #expect(change.interest.state == .withdrawn && change.interest.closedAt == W.now)
        #expect(change.history == [InterestEvent(at: W.now, change: .withdrawn, side: nil, actor: W.citizenActor, reason: nil)])
        #expect(change.events == [.interestWithdrawn(change.interest)])
    }

    // MARK: - Reminders and expiry

    @Test func theAwaitedSidesAreRemindedOnceAfterTheReminderDelay() throws {
        let early = W.interest(.consultant, createdAt: W.days(-4.9))
        #expect(InterestWorkflow.due([early], rules: Self.rules, now: W.now).isEmpty)
        let due = W.interest(.consultant, createdAt: W.days(-5))
        let change = try #require(InterestWorkflow.due([due], rules: Self.rules, now: W.now).first)
        #expect(change.interest.remindedAt == W.now && change.interest.state == .pending)
        #expect(change.history.map(\.side) == [.citizen, .company] && change.history.allSatisfy { $0.change == .reminded })
        #expect(
            change.events == [
                .interestReminder(change.interest, awaiting: .citizen),
                .interestReminder(change.interest, awaiting: .company),
            ])
        #expect(InterestWorkflow.due([change.interest], rules: Self.rules, now: W.days(1)).isEmpty, "reminded twice")
    }

    @Test func aReminderGoesOnlyToTheSideStillAwaited() throws {
        let companys = W.interest(.company, createdAt: W.days(-6))
        let change = try #require(InterestWorkflow.due([companys], rules: Self.rules, now: W.now).first)
        #expect(change.events == [.interestReminder(change.interest, awaiting: .citizen)])
    }

    @Test func anUnansweredInterestExpiresAfterTheExpiryDelayRemindedOrNot() throws {
        var reminded = W.interest(.company, createdAt: W.days(-14))
        reminded.remindedAt = W.days(-9)
        let notYet = W.interest(.citizen, createdAt: W.days(-13.9))
        let changes = InterestWorkflow.due([reminded, notYet], rules: Self.rules, now: W.now)
        try #require(changes.count == 2)
        #expect(changes[0].interest.state == .expired && changes[0].interest.closedAt == W.now)
        #expect(changes[0].history == [InterestEvent(at: W.now, change: .expired, side: nil, actor: nil, reason: nil)])
        #expect(changes[0].events == [.interestExpired(changes[0].interest)])
        #expect(changes[1].interest.state == .pending && changes[1].interest.remindedAt == W.now)
    }

    @Test func onlyPendingInterestsFallDue() {
        var accepted = W.interest(.company, createdAt: W.days(-20))
        accepted.state = .accepted
        #expect(InterestWorkflow.due([accepted], rules: Self.rules, now: W.now).isEmpty)
    }

    // MARK: - Consent

    @Test func revokingAnActiveConsentEndsItAndTellsThePartiesOnce() {
        let interest = W.interest(.company)
        let consent = Consent(
            id: W.consentId, citizenId: W.citizenId, companyId: W.companyId, interestId: W.interestId,
            sharedNeeds: [], givenAt: W.days(-1), revokedAt: nil)
        let change = InterestWorkflow.revoke(consent, interest: interest, now: W.now)
        #expect(change.consent.revokedAt == W.now && !change.consent.isActive)
        #expect(change.events == [.consentRevoked(change.consent, interest: interest)])
        let again = InterestWorkflow.revoke(change.consent, interest: interest, now: W.days(1))
        #expect(again.consent == change.consent && again.events.isEmpty)
    }

    // MARK: - Requests

    @Test func aDraftStartsPendingWithTheInitiatorsSideAccepted() throws {
        for initiator in InterestInitiator.allCases {
            let draft = try InterestWorkflow.draft(
                id: W.interestId, citizen: W.citizen(), vacancy: W.opening(), initiator: initiator, by: W.actor(initiator),
                message: "Hej", sharedNeeds: initiator == .citizen ? ["quiet-room"] : [], outcome: .match(W.explanation), now: W.now
            ).get()
            #expect(draft.state == .pending && draft.snapshot == MatchSnapshot(W.explanation) && draft.createdAt == W.now)
            #expect(draft.awaiting == (initiator == .citizen ? [.company] : initiator == .company ? [.citizen] : [.citizen, .company]))
        }
    }

    @Test func aDraftNamesEveryProblemWithTheRequest() {
        let tooLong = String(repeating: "a", count: InterestWorkflow.maxMessageLength + 1)
        let failure = InterestWorkflow.draft(
            id: W.interestId, citizen: W.citizen(), vacancy: W.opening(), initiator: .company,
            by: W.companyActor, message: tooLong, sharedNeeds: ["quiet-room", "heights"],
            outcome: .excluded(.withinCommute), now: W.now
        ).refusal
        #expect(failure?.errors.map(\.field) == ["message", "sharedNeeds", "sharedNeeds[1]", "vacancyId"])
        #expect(failure?.errors.last?.message == "the pair is not a match: it fails the withinCommute rule")
        let unknown = InterestWorkflow.draft(
            id: W.interestId, citizen: W.citizen(), vacancy: W.opening(), initiator: .citizen,
            by: W.citizenActor, message: "Hej", sharedNeeds: ["quiet-room", "quiet-room"],
            outcome: nil, now: W.now
        ).refusal
        #expect(
            unknown?.errors == [
                FieldError(field: "sharedNeeds[1]", message: "quiet-room is listed twice"),
                FieldError(field: "vacancyId", message: "the pair is not a match: it is not in the index"),
            ])
        let exact = String(repeating: "a", count: InterestWorkflow.maxMessageLength)
        #expect(
            InterestWorkflow.draft(
                id: W.interestId, citizen: W.citizen(), vacancy: W.opening(), initiator: .company,
                by: W.companyActor, message: exact, sharedNeeds: [], outcome: .match(W.explanation),
                now: W.now
            ).refusal == nil)
    }

    @Test func onlyTheCitizenSharesTheirOwnNeedsOnAcceptingAndADeclineSaysLittle() {
        #expect(InterestWorkflow.acceptProblems(sharedNeeds: ["quiet-room"], side: .citizen, citizen: W.citizen()).isEmpty)
        #expect(
            InterestWorkflow.acceptProblems(sharedNeeds: ["quiet-room"], side: .company, citizen: W.citizen())
                == [FieldError(field: "sharedNeeds", message: "only the citizen shares needs")])
        #expect(
            InterestWorkflow.acceptProblems(sharedNeeds: ["heights"], side: .citizen, citizen: W.citizen()).map(\.field)
                == ["sharedNeeds[0]"])
        #expect(InterestWorkflow.declineProblems(text: nil).isEmpty)
        #expect(InterestWorkflow.declineProblems(text: String(repeating: "a", count: 501)).map(\.field) == ["text"])
        #expect(InterestWorkflow.declineProblems(text: "a\u{202E}b").map(\.field) == ["text"])
    }
}

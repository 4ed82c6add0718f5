import Foundation
import MatchCore
import Testing

@testable import Profiles

/// The placement workflow with literal records and a fixed clock: occupancy, progression and
/// the citizen's hours, the end and closing on a hire, follow-ups.
@Suite struct PlacementWorkflowTests {
    // MARK: - Start

    @Test func aPlacementStartsWhileTheSlotHasAFreePlace() throws {
        let slot = W.slot(capacity: 3, outside: 1)
        let change = try PlacementWorkflow.start(W.placement(at: slot), vacancy: slot, activePlacements: 1, now: W.now).get()
        #expect(change.placement.createdAt == W.now && change.placement.state == .active)
        #expect(change.events == [.placementStarted(change.placement)])
    }

    @Test func aFullSlotRefusesCountingPlacesTakenOutsideAndActivePlacements() {
        let slot = W.slot(capacity: 3, outside: 1, placed: 0)
        let refusal = PlacementWorkflow.start(W.placement(at: slot), vacancy: slot, activePlacements: 2, now: W.now).refusal
        #expect(refusal == WorkflowRefusal(.slotFull, "the slot has no free place (3 of 3 taken)"))
        let overfull = W.slot(capacity: 2, outside: 2)
        #expect(
            PlacementWorkflow.start(W.placement(at: overfull), vacancy: overfull, activePlacements: 1, now: W.now).refusal?.rule
                == .slotFull)
    }

    @Test func theActivePlacementsCountedInTheTransactionDecideNotTheStoredCount() {
        let stale = W.slot(capacity: 2, outside: 0, placed: 2)
        #expect(PlacementWorkflow.start(W.placement(at: stale), vacancy: stale, activePlacements: 1, now: W.now).refusal == nil)
    }

    @Test func anOpeningHasNoPlacesToCount() {
        let opening = W.opening()
        #expect(PlacementWorkflow.start(W.placement(at: opening), vacancy: opening, activePlacements: 7, now: W.now).refusal == nil)
    }

    // MARK: - Terms and progression

    @Test func theTermsChangeWhileActiveAndNeverAfterTheEnd() throws {
        let placement = W.placement(at: W.opening())
        var terms = placement
        terms.kind = .flexJob
        terms.plannedEnd = nil
        terms.agreedHours = 9
        terms.mentorName = nil
        terms.citizenId = UUID()
        let change = try PlacementWorkflow.update(placement, terms: terms).get()
        #expect(change.placement.kind == .flexJob && change.placement.plannedEnd == nil && change.placement.agreedHours == 9)
        #expect(change.placement.mentorName == nil && change.placement.citizenId == W.citizenId, "only the terms change")
        #expect(change.placement.version == placement.version + 1 && change.events.isEmpty)
        var ended = placement
        ended.state = .ended
        #expect(PlacementWorkflow.update(ended, terms: terms).refusal == WorkflowRefusal(.placementEnded, "the placement has ended"))
    }

    @Test func theLatestEntryGivesTheCitizensCurrentHoursAndRaisesTheTargetToThem() throws {
        var placement = W.placement(at: W.slot(capacity: 3, outside: 0))
        placement.progress = [W.entry(daysAgo: 7, hours: 6)]
        let citizen = W.citizen(current: 6, target: 15)
        let change = try PlacementWorkflow.progress(placement, W.entry(daysAgo: 0, hours: 18), citizen: citizen).get()
        #expect(change.placement.progress.map(\.weeklyHours) == [6, 18] && change.placement.version == placement.version + 1)
        #expect(change.citizen?.hours == CitizenHours(current: 18, target: 18))
        #expect(change.events == [.placementProgressed(change.placement), .hoursChanged(previous: citizen, current: change.citizen!)])
        let lower = try PlacementWorkflow.progress(placement, W.entry(daysAgo: 0, hours: 4), citizen: citizen).get()
        #expect(lower.citizen?.hours == CitizenHours(current: 4, target: 15), "the target stays when the current hours fall")
    }

    @Test func anOlderEntryAddedLateIsKeptInDateOrderAndMovesNoHours() throws {
        var placement = W.placement(at: W.opening())
        placement.progress = [W.entry(daysAgo: 2, hours: 12)]
        let change = try PlacementWorkflow.progress(placement, W.entry(daysAgo: 5, hours: 3), citizen: W.citizen(current: 12)).get()
        #expect(change.placement.progress.map(\.weeklyHours) == [3, 12])
        #expect(change.citizen == nil && change.events == [.placementProgressed(change.placement)])
    }

    @Test func anEntryOnTheSameDayAsTheLatestCountsAsTheLatest() throws {
        var placement = W.placement(at: W.opening())
        placement.progress = [W.entry(daysAgo: 2, hours: 12)]
        let change = try PlacementWorkflow.progress(placement, W.entry(daysAgo: 2, hours: 14), citizen: W.citizen(current: 12)).get()
        #expect(change.citizen?.hours.current == 14)
    }

    @Test func unchangedHoursChangeNoCitizen() throws {
        let change = try PlacementWorkflow.progress(
            W.placement(at: W.opening()), W.entry(daysAgo: 0, hours: 10),
            citizen: W.citizen(current: 10)
        ).get()
        #expect(change.citizen == nil && change.events.count == 1)
    }

    @Test func anEndedPlacementTakesNoProgression() {
        var ended = W.placement(at: W.opening())
        ended.state = .ended
        #expect(PlacementWorkflow.progress(ended, W.entry(daysAgo: 0, hours: 8), citizen: W.citizen()).refusal?.rule == .placementEnded)
    }

    // MARK: - The end

    @Test func aPlacementEndsOnceWithItsOutcome() throws {
        let placement = W.placement(at: W.slot(capacity: 3, outside: 0))
        let change = try PlacementWorkflow.end(
            placement, on: W.now, outcome: .endedByCitizen, text: "Flytter", closeOpening: false,
            by: W.consultantActor, vacancy: W.slot(capacity: 3, outside: 0)
        ).get()
        #expect(change.placement.state == .ended && change.placement.endDate == W.now && change.placement.outcome == .endedByCitizen)
        #expect(change.placement.endText == "Flytter" && change.placement.endedBy == W.consultantActor)
        #expect(change.placement.version == placement.version + 1)
        #expect(change.closedOpening == nil && change.events == [.placementEnded(change.placement)])
        let again = PlacementWorkflow.end(
            change.placement, on: W.now, outcome: .other, text: nil, closeOpening: false,
            by: W.consultantActor, vacancy: W.opening()
        ).refusal
        #expect(again == WorkflowRefusal(.placementEnded, "the placement has already ended"))
    }

    @Test func aHireClosesTheOpenOpeningWhenAsked() throws {
        let opening = W.opening()
        let change = try PlacementWorkflow.end(
            W.placement(at: opening), on: W.now, outcome: .hiredFlexJob, text: nil, closeOpening: true,
            by: W.consultantActor, vacancy: opening
        ).get()
        var closed = opening
        closed.status = .closed
        #expect(change.closedOpening == closed)
        #expect(change.events == [.placementEnded(change.placement), .vacancyChanged(previous: opening, current: closed)])
    }

    @Test func nothingElseClosesAVacancy() throws {
        let opening = W.opening()
        let slot = W.slot(capacity: 3, outside: 0)
        let cases: [(PlacementOutcome, Bool, Vacancy)] = [
            (.hiredOrdinaryHours, false, opening),  // not asked
            (.endedByCompany, true, opening),  // not a hire
            (.hiredWageSubsidy, true, slot),  // a slot's places stay
            (.hiredFlexJob, true, W.opening(status: .closed)),  // closed already
        ]
        for (outcome, closeOpening, vacancy) in cases {
            let change = try PlacementWorkflow.end(
                W.placement(at: vacancy), on: W.now, outcome: outcome, text: nil,
                closeOpening: closeOpening, by: W.consultantActor, vacancy: vacancy
            ).get()
            #expect(change.closedOpening == nil && change.events.count == 1, "\(outcome) \(closeOpening) \(vacancy.source)")
        }
        #expect(PlacementWorkflow.mayCloseOpening(.hiredOrdinaryHours, source: .opening))
        #expect(!PlacementWorkflow.mayCloseOpening(.hiredOrdinaryHours, source: .slot))
        #expect(!PlacementWorkflow.mayCloseOpening(.continuedTraining, source: .opening))
    }

    // MARK: - Follow-ups

    @Test func theFirstFollowUpFallsDueAfterTheDelayFromTheStartOnce() {
        let rules = PlacementRules()
        let young = PlacementFollowUps(placement: W.placement(at: W.opening(), startedDaysAgo: 13.9), sent: [])
        #expect(PlacementWorkflow.followUpsDue([young], rules: rules, now: W.now).isEmpty)
        let placement = W.placement(at: W.opening(), startedDaysAgo: 14)
        let due = PlacementWorkflow.followUpsDue([PlacementFollowUps(placement: placement, sent: [])], rules: rules, now: W.now)
        #expect(due == [PlacementChange(placement: placement, followUpSent: .afterStart, events: [.followUpDue(placement, .afterStart)])])
        #expect(
            PlacementWorkflow.followUpsDue(
                [PlacementFollowUps(placement: placement, sent: [.afterStart])], rules: rules,
                now: W.now
            ).isEmpty)
        #expect(PlacementWorkflow.followUpStartedBy(now: W.now, rules: rules) == W.days(-14))
    }

    @Test func theSecondFollowUpFallsDueAtThePlannedEndAndBothCanBeDueAtOnce() {
        let placement = W.placement(at: W.opening(), startedDaysAgo: 30, plannedEndIn: 0)
        let due = PlacementWorkflow.followUpsDue([PlacementFollowUps(placement: placement, sent: [])], rules: PlacementRules(), now: W.now)
        #expect(due.map(\.followUpSent) == [.afterStart, .plannedEnd])
        let flexJob = W.placement(at: W.opening(), startedDaysAgo: 30, plannedEndIn: nil)
        #expect(
            PlacementWorkflow.followUpsDue(
                [PlacementFollowUps(placement: flexJob, sent: [.afterStart])], rules: PlacementRules(),
                now: W.now
            ).isEmpty, "no planned end, no second follow-up")
    }

    @Test func anEndedPlacementHasNoFollowUps() {
        var ended = W.placement(at: W.opening(), startedDaysAgo: 30, plannedEndIn: 0)
        ended.state = .ended
        #expect(
            PlacementWorkflow.followUpsDue([PlacementFollowUps(placement: ended, sent: [])], rules: PlacementRules(), now: W.now)
                .isEmpty)
    }
}

import Foundation
import MatchCore

/// The placement workflow, decided purely: each step takes the placement as stored, the records
/// and counts read in the transaction and the time, and returns what to write and which events
/// to queue (`PlacementChange`), or the rule that refuses it (`WorkflowRefusal`).
///
/// `active` (started, progressed) → `ended` with an outcome; follow-ups after the start and at
/// the planned end.
public enum PlacementWorkflow {
    /// Starts `placement` at `vacancy`, where `activePlacements` placements are active (counted in
    /// the transaction: of two placements for the last place, one wins). A slot with no free
    /// place refuses; an opening has no places to count.
    public static func start(
        _ placement: Placement, vacancy: Vacancy, activePlacements: Int,
        now: Date
    ) -> Result<PlacementChange, WorkflowRefusal> {
        if var places = vacancy.places {
            places.placed = activePlacements
            guard places.free > 0 else {
                return .failure(WorkflowRefusal(.slotFull, "the slot has no free place (\(places.taken) of \(places.capacity) taken)"))
            }
        }
        var started = placement
        started.createdAt = now
        return .success(PlacementChange(placement: started, events: [.placementStarted(started)]))
    }

    /// Replaces the agreed terms (kind, planned end, hours, mentor) with those of `terms`, while
    /// the placement is active.
    public static func update(_ placement: Placement, terms: Placement) -> Result<PlacementChange, WorkflowRefusal> {
        if let refusal = ended(placement, "the placement has ended") { return .failure(refusal) }
        var next = placement
        next.kind = terms.kind
        next.plannedEnd = terms.plannedEnd
        next.agreedHours = terms.agreedHours
        next.mentorName = terms.mentorName
        next.version += 1
        return .success(PlacementChange(placement: next, events: []))
    }

    /// Records a progression entry while the placement is active. The latest entry (by date; an
    /// older one added late moves nothing) gives the citizen's current weekly hours, and the
    /// target is never below them.
    public static func progress(
        _ placement: Placement, _ entry: ProgressEntry,
        citizen: Citizen
    ) -> Result<PlacementChange, WorkflowRefusal> {
        if let refusal = ended(placement, "the placement has ended") { return .failure(refusal) }
        let isLatest = placement.latest.map { entry.date >= $0.date } ?? true
        var next = placement
        next.progress.append(entry)
        next.progress.sort { $0.date < $1.date }
        next.version += 1
        var change = PlacementChange(placement: next, events: [.placementProgressed(next)])
        guard isLatest, citizen.hours.current != entry.weeklyHours else { return .success(change) }
        var moved = citizen
        moved.hours = hours(of: citizen, working: entry.weeklyHours)
        change.citizen = moved
        change.events.append(.hoursChanged(previous: citizen, current: moved))
        return .success(change)
    }

    /// The citizen's hours once they work `weeklyHours` a week: those are their current hours, and
    /// the target is never below them.
    public static func hours(of citizen: Citizen, working weeklyHours: Double) -> CitizenHours {
        CitizenHours(current: weeklyHours, target: max(citizen.hours.target, weeklyHours))
    }

    /// Ends an active placement on `date` with an outcome. Asked to (`closeOpening`), a hire
    /// closes the opening it was at, when that is still open.
    public static func end(
        _ placement: Placement, on date: Date, outcome: PlacementOutcome, text: String?, closeOpening: Bool,
        by actor: Actor, vacancy: Vacancy
    ) -> Result<PlacementChange, WorkflowRefusal> {
        if let refusal = ended(placement, "the placement has already ended") { return .failure(refusal) }
        var next = placement
        next.state = .ended
        next.endDate = date
        next.outcome = outcome
        next.endText = text
        next.endedBy = actor
        next.version += 1
        var change = PlacementChange(placement: next, events: [.placementEnded(next)])
        guard closeOpening, mayCloseOpening(outcome, source: vacancy.source), vacancy.status == .open else { return .success(change) }
        var closed = vacancy
        closed.status = .closed
        change.closedOpening = closed
        change.events.append(.vacancyChanged(previous: vacancy, current: closed))
        return .success(change)
    }

    /// Whether a placement ending with `outcome` at a vacancy of `source` may close it: only a
    /// hire, only at an opening (a slot's places stay).
    public static func mayCloseOpening(_ outcome: PlacementOutcome, source: VacancySource) -> Bool {
        outcome.isHired && source == .opening
    }

    /// The follow-ups due at `now` and not sent yet: the first `rules.followUpAfterStart` after
    /// the start, the second at the planned end, while the placement is active. One change per
    /// follow-up.
    public static func followUpsDue(_ placements: [PlacementFollowUps], rules: PlacementRules, now: Date) -> [PlacementChange] {
        placements.filter { $0.placement.state == .active }.flatMap { candidate -> [PlacementChange] in
            let placement = candidate.placement
            var due: [FollowUp] = []
            if !candidate.sent.contains(.afterStart), placement.startDate.addingTimeInterval(rules.followUpAfterStart) <= now {
                due.append(.afterStart)
            }
            if !candidate.sent.contains(.plannedEnd), let end = placement.plannedEnd, end <= now { due.append(.plannedEnd) }
            return due.map { PlacementChange(placement: placement, followUpSent: $0, events: [.followUpDue(placement, $0)]) }
        }
    }

    /// Placements started on or before this instant have their first follow-up due at `now` (the
    /// store reads these, and those whose planned end is on or before `now`).
    public static func followUpStartedBy(now: Date, rules: PlacementRules) -> Date {
        now.addingTimeInterval(-rules.followUpAfterStart)
    }

    /// Refuses a change to an ended placement.
    private static func ended(_ placement: Placement, _ message: String) -> WorkflowRefusal? {
        placement.state == .active ? nil : WorkflowRefusal(.placementEnded, message)
    }
}

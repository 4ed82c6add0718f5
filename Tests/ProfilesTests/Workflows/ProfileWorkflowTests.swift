import Foundation
import Testing

@testable import Profiles

/// The rules of profile writes with literal records: a slot's places given the placements.
@Suite struct ProfileWorkflowTests {
    @Test func aReplacedSlotKeepsThePlacesItsPlacementsTake() throws {
        let stored = W.slot(capacity: 4, outside: 1, placed: 2)
        let sent = W.slot(capacity: 4, outside: 2, placed: 0)
        let kept = try ProfileWorkflow.update(sent, stored: stored).get()
        #expect(kept.places?.placed == 2 && kept.places?.taken == 4 && kept.places?.free == 0)
    }

    @Test func aReplacedSlotMayNotHaveMorePlacesTakenThanItHas() {
        let stored = W.slot(capacity: 4, outside: 1, placed: 2)
        let failure = ProfileWorkflow.update(W.slot(capacity: 4, outside: 3), stored: stored).refusal
        #expect(
            failure?.errors == [
                FieldError(
                    field: "occupiedOutside",
                    message: "must be between 0 and the places the active placements leave (2)")
            ])
        let smaller = ProfileWorkflow.update(W.slot(capacity: 1, outside: 0), stored: stored).refusal
        #expect(smaller?.errors == [FieldError(field: "capacity", message: "must be at least the active placements (2)")])
    }

    @Test func anOpeningHasNoPlacesToKeep() throws {
        #expect(try ProfileWorkflow.update(W.opening(), stored: W.opening(status: .closed)).get() == W.opening())
    }

    @Test func aRecordSetsPlacementsMustFitTheirSlots() {
        let fits = [W.opening(), W.slot(capacity: 3, outside: 1, placed: 2)]
        #expect(ProfileWorkflow.placementsProblem(fits) == nil)
        let overfull = W.slot(capacity: 3, outside: 2, placed: 2)
        #expect(
            ProfileWorkflow.placementsProblem(fits + [overfull])
                == FieldError(
                    field: "placements", message: "more active placements than free places at slot \(W.slotId.uuidString.lowercased())"))
    }
}

import Foundation

/// Placements, their progression and their end. Each change is one transaction with its
/// webhook deliveries; a slot's occupancy and the citizen's hours follow in the same one.
public protocol PlacementStore: Sendable {
    /// Starts a placement (`PlacementWorkflow.start`: a `WorkflowRefusal` with `slotFull` when its
    /// slot is full; `StoreError.notFound` when the citizen or vacancy is gone).
    func start(_ placement: Placement) async throws -> Placement
    /// One placement with its progression, or nil.
    func placement(_ id: UUID) async throws -> Placement?
    /// A page of placements matching `filter`, in id order.
    func placements(_ filter: PlacementFilter, page: PageRequest) async throws -> Page<Placement>
    /// Replaces the agreed terms (kind, planned end, hours, mentor), only at `ifVersion` when
    /// given. Changing, progressing or ending an ended placement is refused (`placementEnded`).
    func update(_ placement: Placement, ifVersion: Int?) async throws -> Placement
    /// Records a progression entry; when it is the latest, the citizen's current hours follow.
    func progress(_ id: UUID, _ entry: ProgressEntry) async throws -> Placement
    /// Ends a placement with an outcome; a hired outcome can close its opening.
    func end(_ id: UUID, on date: Date, outcome: PlacementOutcome, text: String?, closeOpening: Bool, by actor: Actor) async throws
        -> Placement
}

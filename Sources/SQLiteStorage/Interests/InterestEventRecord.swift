import Foundation
import GRDB
import Profiles

/// A row of `interestEvent`: one step of an interest's history with the interest it belongs to,
/// which `InterestEvent` does not hold; who acted in the `actor…` columns.
struct InterestEventRecord: Equatable {
    /// The interest.
    var interestId: UUID
    /// The step.
    var event: InterestEvent
}

extension InterestEventRecord: FetchableRecord, PersistableRecord {
    /// `interestEvent`.
    static let databaseTableName = "interestEvent"

    /// The columns queries filter and order by.
    enum Columns {
        static let id = Column("id")
        static let interestId = Column("interestId")
    }

    init(row: Row) throws {
        interestId = try row.uuid("interestId")
        event = InterestEvent(
            at: try row.decode(forColumn: "at"), change: try row.raw(InterestEvent.Change.self, "change"),
            side: try row.decode(String?.self, forColumn: "side").flatMap(InterestSide.init(rawValue:)),
            actor: try Actor.optional(row: row, columns: .actor),
            reason: try row.decode(String?.self, forColumn: "reason").flatMap(DeclineReason.init(rawValue:)))
    }

    func encode(to container: inout PersistenceContainer) throws {
        container["interestId"] = interestId.lowercasedText
        container["at"] = event.at.storedText
        container["change"] = event.change.rawValue
        container["side"] = event.side?.rawValue
        Actor.encode(event.actor, to: &container, columns: .actor)
        container["reason"] = event.reason?.rawValue
    }
}

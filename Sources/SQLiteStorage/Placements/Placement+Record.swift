import Foundation
import GRDB
import MatchCore
import Profiles

/// A placement as a row of `placement`: who created and ended it in the `createdBy…` and
/// `endedBy…` columns; its progression is in `placementProgress` (`ProgressEntryRecord`), and
/// the times its follow-ups were sent (`followUpStartSentAt`, `followUpEndSentAt`) are written
/// only by `markFollowUpSent`.
extension Placement: FetchableRecord, PersistableRecord {
    /// `placement`.
    public static let databaseTableName = "placement"

    /// The columns queries filter and order by.
    public enum Columns {
        static let vacancyId = Column("vacancyId")
        static let state = Column("state")
        static let startDate = Column("startDate")
        static let plannedEnd = Column("plannedEnd")
        static let followUpStartSentAt = Column("followUpStartSentAt")
        static let followUpEndSentAt = Column("followUpEndSentAt")
    }

    /// The placement of `row`, without its progression.
    public init(row: Row) throws {
        self.init(
            id: try row.uuid("id"), citizenId: try row.uuid("citizenId"), vacancyId: try row.uuid("vacancyId"),
            source: try row.raw(VacancySource.self, "source"), companyId: try row.uuid("companyId"),
            kind: try row.raw(EmploymentKind.self, "kind"), startDate: try row.decode(forColumn: "startDate"),
            plannedEnd: try row.decode(forColumn: "plannedEnd"), agreedHours: try row.decode(forColumn: "agreedHours"),
            mentorName: try row.decode(forColumn: "mentorName"), interestId: try row.optionalUUID("interestId"),
            createdBy: try Actor(row: row, columns: .createdBy), createdAt: try row.decode(forColumn: "createdAt"))
        state = try row.raw(PlacementState.self, "state")
        endDate = try row.decode(forColumn: "endDate")
        outcome = try row.decode(String?.self, forColumn: "outcome").flatMap(PlacementOutcome.init(rawValue:))
        endedBy = try Actor.optional(row: row, columns: .endedBy)
        endText = try row.decode(forColumn: "endText")
        version = try row.decode(forColumn: "version")
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id.lowercasedText
        container["citizenId"] = citizenId.lowercasedText
        container["vacancyId"] = vacancyId.lowercasedText
        container["source"] = source.rawValue
        container["companyId"] = companyId.lowercasedText
        container["kind"] = kind.rawValue
        container["startDate"] = startDate.storedText
        container["plannedEnd"] = plannedEnd?.storedText
        container["agreedHours"] = agreedHours
        container["mentorName"] = mentorName
        container["interestId"] = interestId?.lowercasedText
        container["state"] = state.rawValue
        container["endDate"] = endDate?.storedText
        container["outcome"] = outcome?.rawValue
        Actor.encode(endedBy, to: &container, columns: .endedBy)
        container["endText"] = endText
        Actor.encode(createdBy, to: &container, columns: .createdBy)
        container["createdAt"] = createdAt.storedText
        container["version"] = version
    }

    /// Records that `followUp` was sent at `at`.
    func markFollowUpSent(_ db: Database, _ followUp: FollowUp, at: Date) throws {
        let column = followUp == .afterStart ? Columns.followUpStartSentAt : Columns.followUpEndSentAt
        try Placement.filter(key: id.lowercasedText).updateAll(db, column.set(to: at))
    }
}

extension Placement: PartyRecord {
    typealias State = PlacementState
}

extension DerivableRequest<Placement> {
    /// The active placements.
    func active() -> Self {
        filter(Placement.Columns.state == PlacementState.active.rawValue)
    }

    /// Active placements with a follow-up not sent yet: started on or before `startedBy`, or
    /// planned to end on or before `plannedEndBy`; earliest start first.
    func followUpsUnsent(startedBy: Date, plannedEndBy: Date) -> Self {
        typealias Columns = Placement.Columns
        return active()
            .filter(
                (Columns.followUpStartSentAt == nil && Columns.startDate <= startedBy)
                    || (Columns.followUpEndSentAt == nil && Columns.plannedEnd != nil && Columns.plannedEnd <= plannedEndBy)
            )
            .order(Columns.startDate)
    }
}

/// An active placement and the follow-ups sent for it, read from its row.
extension PlacementFollowUps: FetchableRecord {
    public init(row: Row) throws {
        var sent: Set<FollowUp> = []
        if try row.decode(Date?.self, forColumn: "followUpStartSentAt") != nil { sent.insert(.afterStart) }
        if try row.decode(Date?.self, forColumn: "followUpEndSentAt") != nil { sent.insert(.plannedEnd) }
        self.init(placement: try Placement(row: row), sent: sent)
    }
}

import Foundation
import GRDB
import MatchCore
import Profiles

/// An interest as a row of `interest`: who created it in the `createdBy…` columns, the match
/// snapshot and the shared needs as JSON, and the first answer's time (`answeredAt`, which the
/// interest computes) stored for the overview.
extension Interest: FetchableRecord, PersistableRecord {
    /// `interest`.
    public static let databaseTableName = "interest"

    /// The columns queries filter and order by.
    public enum Columns {
        static let id = Column("id")
        static let citizenId = Column("citizenId")
        static let vacancyId = Column("vacancyId")
        static let companyId = Column("companyId")
        static let initiator = Column("initiator")
        static let state = Column("state")
        static let citizenAnswer = Column("citizenAnswer")
        static let companyAnswer = Column("companyAnswer")
        static let companyAnsweredAt = Column("companyAnsweredAt")
        static let closedAt = Column("closedAt")
        static let createdAt = Column("createdAt")
    }

    public init(row: Row) throws {
        self.init(
            id: try row.uuid("id"), citizenId: try row.uuid("citizenId"), vacancyId: try row.uuid("vacancyId"),
            source: try row.raw(VacancySource.self, "source"), companyId: try row.uuid("companyId"),
            initiator: try row.raw(InterestInitiator.self, "initiator"), createdBy: try Actor(row: row, columns: .createdBy),
            message: try row.decode(forColumn: "message"), snapshot: try JSONColumn.decode(MatchSnapshot.self, row, "snapshot"),
            state: try row.raw(InterestState.self, "state"), citizenAnswer: try row.raw(InterestAnswer.self, "citizenAnswer"),
            companyAnswer: try row.raw(InterestAnswer.self, "companyAnswer"),
            citizenAnsweredAt: try row.decode(forColumn: "citizenAnsweredAt"),
            companyAnsweredAt: try row.decode(forColumn: "companyAnsweredAt"),
            sharedNeeds: try JSONColumn.decode([String].self, row, "sharedNeeds"),
            declineReason: try row.decode(String?.self, forColumn: "declineReason").flatMap(DeclineReason.init(rawValue:)),
            declineText: try row.decode(forColumn: "declineText"), remindedAt: try row.decode(forColumn: "remindedAt"),
            createdAt: try row.decode(forColumn: "createdAt"), closedAt: try row.decode(forColumn: "closedAt"))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id.lowercasedText
        container["citizenId"] = citizenId.lowercasedText
        container["vacancyId"] = vacancyId.lowercasedText
        container["source"] = source.rawValue
        container["companyId"] = companyId.lowercasedText
        container["initiator"] = initiator.rawValue
        Actor.encode(createdBy, to: &container, columns: .createdBy)
        container["message"] = message
        container["snapshot"] = try JSONColumn.encode(snapshot)
        container["state"] = state.rawValue
        container["citizenAnswer"] = citizenAnswer.rawValue
        container["companyAnswer"] = companyAnswer.rawValue
        container["citizenAnsweredAt"] = citizenAnsweredAt?.storedText
        container["companyAnsweredAt"] = companyAnsweredAt?.storedText
        container["answeredAt"] = answeredAt?.storedText
        container["sharedNeeds"] = try JSONColumn.encode(sharedNeeds)
        container["declineReason"] = declineReason?.rawValue
        container["declineText"] = declineText
        container["remindedAt"] = remindedAt?.storedText
        container["closedAt"] = closedAt?.storedText
        container["createdAt"] = createdAt.storedText
    }
}

extension Interest: PartyRecord {
    typealias State = InterestState
}

extension DerivableRequest<Interest> {
    /// Pending interests created at or before `createdBefore`, oldest first (reminders and expiry).
    func pending(createdBefore: Date) -> Self {
        filter(Interest.Columns.state == InterestState.pending.rawValue && Interest.Columns.createdAt <= createdBefore)
            .order(Interest.Columns.createdAt)
    }
}

import Foundation
import GRDB
import Profiles

extension PacingFacts {
    /// The facts around a new interest on this pair, read in its transaction: the citizen's
    /// interests awaiting their answer, those the company started since `windowStart`, and the
    /// pair's pending and last declined interest.
    static func fetch(_ db: Database, citizenId: UUID, vacancyId: UUID, companyId: UUID, since windowStart: Date) throws -> PacingFacts {
        typealias Columns = Interest.Columns
        let pending = InterestState.pending.rawValue
        let countAndOldest: [any SQLSelectable] = [count(Columns.id).forKey("n"), min(Columns.createdAt).forKey("oldest")]
        let citizen = try Row.fetchOne(
            db,
            Interest.filter(
                Columns.citizenId == citizenId.lowercasedText && Columns.state == pending
                    && Columns.citizenAnswer == InterestAnswer.pending.rawValue
            )
            .select(countAndOldest))
        let company = try Row.fetchOne(
            db,
            Interest.filter(
                Columns.companyId == companyId.lowercasedText
                    && Columns.initiator == InterestInitiator.company.rawValue
                    && Columns.createdAt > windowStart
            )
            .select(countAndOldest))
        let pair = Interest.filter(Columns.citizenId == citizenId.lowercasedText && Columns.vacancyId == vacancyId.lowercasedText)
        return PacingFacts(
            citizenPending: try citizen?.decode(forColumn: "n") ?? 0,
            citizenOldestPendingCreatedAt: try citizen?.decode(forColumn: "oldest"),
            companyStarted: try company?.decode(forColumn: "n") ?? 0, companyOldestStartedAt: try company?.decode(forColumn: "oldest"),
            pairPendingCreatedAt: try pair.filter(Columns.state == pending).select(Columns.createdAt, as: Date.self).fetchOne(db),
            pairDeclinedAt: try pair.filter(Columns.state == InterestState.declined.rawValue)
                .select(max(Columns.closedAt), as: Date.self).fetchOne(db))
    }
}

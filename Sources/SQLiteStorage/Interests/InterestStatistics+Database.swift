import Foundation
import GRDB
import Profiles

extension InterestStatistics {
    /// A company's answers to the interests it had to answer (those a citizen or a consultant
    /// started): received, answered, accepted, declined, and the median time to its answer.
    static func fetch(_ db: Database, companyId: UUID) throws -> InterestStatistics {
        typealias Columns = Interest.Columns
        let toAnswer = [InterestInitiator.citizen, .consultant].map(\.rawValue)
        let rows = try Row.fetchAll(
            db,
            Interest
                .filter(Columns.companyId == companyId.lowercasedText && toAnswer.contains(Columns.initiator))
                .select(Columns.companyAnswer, Columns.createdAt, Columns.companyAnsweredAt))
        var answerTimes: [TimeInterval] = []
        var accepted = 0
        var declined = 0
        for row in rows {
            let answer = try row.raw(InterestAnswer.self, "companyAnswer")
            if answer == .accepted { accepted += 1 }
            if answer == .declined { declined += 1 }
            if let at: Date = try row.decode(forColumn: "companyAnsweredAt") {
                answerTimes.append(at.timeIntervalSince(try row.decode(Date.self, forColumn: "createdAt")))
            }
        }
        return InterestStatistics(
            received: rows.count, answered: answerTimes.count, accepted: accepted, declined: declined,
            medianSecondsToAnswer: answerTimes.median)
    }
}

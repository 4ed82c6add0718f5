import Foundation
import GRDB
import MatchCore
import Profiles

extension PlacementHistory {
    /// Inserts this placement of a record set's history, dated back from `now`, with the
    /// citizen's hours as the progression moved them.
    func insert(_ db: Database, now: Date) throws {
        func day(_ offset: Int, from date: Date) -> Date { date.addingTimeInterval(TimeInterval(offset) * 86_400) }
        guard let vacancy = try Stored<Vacancy>.fetchOne(db, id: vacancyId)?.value,
            let citizen = try Stored<Citizen>.fetchOne(db, id: citizenId)?.value
        else { throw StoreError.notFound }
        let start = day(-startDaysAgo, from: now)
        var placement = Placement(
            id: UUID(), citizenId: citizen.id, vacancyId: vacancy.id, source: vacancy.source, companyId: vacancy.companyId,
            kind: kind, startDate: start, plannedEnd: plannedEndDaysAfterStart.map { day($0, from: start) },
            agreedHours: agreedHours, mentorName: mentorName, interestId: nil,
            createdBy: Actor(role: .admin, scope: nil, tokenId: nil), createdAt: start)
        try placement.insert(db)
        for step in progress {
            let at = day(step.daysAfterStart, from: start)
            let entry = ProgressEntry(date: at, weeklyHours: step.weeklyHours, paidHours: step.paidHours, note: step.note, recordedBy: nil)
            try ProgressEntryRecord(placementId: placement.id, entry: entry).insert(db)
            try CitizenHoursEntry(citizenId: citizen.id, at: at, hours: PlacementWorkflow.hours(of: citizen, working: step.weeklyHours))
                .append(db)
        }
        if let ended {
            placement.state = .ended
            placement.endDate = day(ended.daysAfterStart, from: start)
            placement.outcome = ended.outcome
            placement.endedBy = Actor(role: .admin, scope: nil, tokenId: nil)
            try placement.update(db)
        }
        try Vacancy.recountPlaced(db, id: vacancy.id)
    }
}

import Foundation
import MatchCore

/// Whether a placement is running.
public enum PlacementState: String, Codable, Sendable, CaseIterable {
    /// The citizen is at the workplace.
    case active
    /// It ended, with an outcome.
    case ended
}

/// How a placement ended: the catalogue job centres learn from.
public enum PlacementOutcome: String, Codable, Sendable, CaseIterable {
    case hiredFlexJob, hiredOrdinaryHours, hiredWageSubsidy, continuedTraining, endedByCitizen, endedByCompany
    case endedForHealthReasons, other

    /// Whether the citizen was hired (closes an opening when asked).
    public var isHired: Bool { self == .hiredFlexJob || self == .hiredOrdinaryHours || self == .hiredWageSubsidy }
}

/// One dated step of a placement: weekly hours worked and the paid ones among them.
public struct ProgressEntry: Sendable, Equatable {
    /// The day it applies from.
    public var date: Date
    /// Weekly hours at the workplace.
    public var weeklyHours: Double
    /// Paid (ordinary) weekly hours among them.
    public var paidHours: Double
    /// A short note (≤ 500 characters).
    public var note: String
    /// Who recorded it.
    public var recordedBy: Actor?

    /// Creates an entry.
    public init(date: Date, weeklyHours: Double, paidHours: Double, note: String, recordedBy: Actor?) {
        self.date = date
        self.weeklyHours = weeklyHours
        self.paidHours = paidHours
        self.note = note
        self.recordedBy = recordedBy
    }
}

/// A citizen at a workplace (forløb): a work trial, fleksjob, wage-subsidy or ordinary job at
/// one vacancy, from a start date, with agreed weekly hours, progressing, and ended with an
/// outcome.
public struct Placement: Sendable, Equatable {
    /// Id.
    public var id: UUID
    /// The citizen.
    public var citizenId: UUID
    /// The opening or slot.
    public var vacancyId: UUID
    /// Opening or slot.
    public var source: VacancySource
    /// The vacancy's company.
    public var companyId: UUID
    /// Work trial, fleksjob, wage subsidy or ordinary hours.
    public var kind: EmploymentKind
    /// The first day.
    public var startDate: Date
    /// The planned last day (optional for a fleksjob).
    public var plannedEnd: Date?
    /// Agreed weekly hours.
    public var agreedHours: Double
    /// The mentor's name (slots).
    public var mentorName: String?
    /// The interest it came from.
    public var interestId: UUID?
    /// Active or ended.
    public var state: PlacementState
    /// The last day, once ended.
    public var endDate: Date?
    /// How it ended.
    public var outcome: PlacementOutcome?
    /// Who ended it.
    public var endedBy: Actor?
    /// Words on the end.
    public var endText: String?
    /// Who created it.
    public var createdBy: Actor
    /// When it was created.
    public var createdAt: Date
    /// Incremented by every change (ETag).
    public var version: Int = 1
    /// Progression, oldest first.
    public var progress: [ProgressEntry]

    /// Creates an active placement with no progression yet at the vacancy `vacancyId` (of
    /// `source`, offered by `companyId`).
    public init(
        id: UUID, citizenId: UUID, vacancyId: UUID, source: VacancySource, companyId: UUID, kind: EmploymentKind,
        startDate: Date, plannedEnd: Date?, agreedHours: Double, mentorName: String?, interestId: UUID?,
        createdBy: Actor, createdAt: Date
    ) {
        self.id = id
        self.citizenId = citizenId
        self.vacancyId = vacancyId
        self.source = source
        self.companyId = companyId
        self.kind = kind
        self.startDate = startDate
        self.plannedEnd = plannedEnd
        self.agreedHours = agreedHours
        self.mentorName = mentorName
        self.interestId = interestId
        self.state = .active
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.progress = []
    }

    /// The latest progression entry.
    public var latest: ProgressEntry? { progress.max { $0.date < $1.date } }
}

import Foundation
import MatchCore

/// A municipality's caseload figures (produktionsstyring), computed from the database.
public struct CaseloadOverview: Sendable, Equatable {
    /// Citizens of the municipality by case status.
    public var citizensByStatus: [CitizenStatus: Int]
    /// Citizens whose profile companies may see.
    public var visibleToCompanies: Int
    /// Citizens with at least one match scoring 70 or more.
    public var withStrongMatch: Int
    /// Citizens with a pending interest.
    public var withPendingInterest: Int
    /// Citizens active in a placement.
    public var activeInPlacement: Int
    /// Citizens active in a placement whose latest progression has paid hours.
    public var withPaidHours: Int
    /// Placements started in the period, by kind.
    public var placementsStarted: [EmploymentKind: Int]
    /// Placements ended in the period, by outcome.
    public var placementsEnded: [PlacementOutcome: Int]
    /// Median days from profile to first placement, for first placements started in the period.
    public var medianDaysToFirstPlacement: Double?
    /// Weekly hours now and at the period's start of the citizens active in a placement.
    public var hoursNow: [Double]
    public var hoursAtStart: [Double]
    /// Interests of the municipality's citizens: created, answered and accepted in the period,
    /// and the median hours to the first answer.
    public var interestsCreated: Int
    public var interestsAnswered: Int
    public var interestsAccepted: Int
    public var medianHoursToAnswer: Double?
    /// Open slots of the municipality's companies, per company.
    public var slots: [SlotOccupancy]

    /// Creates the value from every stored property (for the stores, in other targets).
    package init(
        citizensByStatus: [CitizenStatus: Int], visibleToCompanies: Int, withStrongMatch: Int, withPendingInterest: Int,
        activeInPlacement: Int, withPaidHours: Int, placementsStarted: [EmploymentKind: Int], placementsEnded: [PlacementOutcome: Int],
        medianDaysToFirstPlacement: Double? = nil, hoursNow: [Double], hoursAtStart: [Double], interestsCreated: Int,
        interestsAnswered: Int, interestsAccepted: Int, medianHoursToAnswer: Double? = nil, slots: [SlotOccupancy]
    ) {
        self.citizensByStatus = citizensByStatus
        self.visibleToCompanies = visibleToCompanies
        self.withStrongMatch = withStrongMatch
        self.withPendingInterest = withPendingInterest
        self.activeInPlacement = activeInPlacement
        self.withPaidHours = withPaidHours
        self.placementsStarted = placementsStarted
        self.placementsEnded = placementsEnded
        self.medianDaysToFirstPlacement = medianDaysToFirstPlacement
        self.hoursNow = hoursNow
        self.hoursAtStart = hoursAtStart
        self.interestsCreated = interestsCreated
        self.interestsAnswered = interestsAnswered
        self.interestsAccepted = interestsAccepted
        self.medianHoursToAnswer = medianHoursToAnswer
        self.slots = slots
    }
}

/// One company's virksomhedscenter places.
public struct SlotOccupancy: Sendable, Equatable {
    public var companyId: UUID
    public var companyName: String
    public var capacity: Int
    public var occupied: Int

    /// Creates the value from every stored property (for the stores, in other targets).
    package init(companyId: UUID, companyName: String, capacity: Int, occupied: Int) {
        self.companyId = companyId
        self.companyName = companyName
        self.capacity = capacity
        self.occupied = occupied
    }
    /// Free places.
    public var free: Int { max(0, capacity - occupied) }
}

/// The caseload overview.
public protocol OverviewStore: Sendable {
    /// The figures of `municipality` for the period `from` ..< `to`.
    func overview(of municipality: MunicipalityCode, from: Date, to: Date) async throws -> CaseloadOverview
}

extension Array where Element == Double {
    /// The median, nil when empty.
    public var median: Double? {
        guard !isEmpty else { return nil }
        let sorted = self.sorted()
        let middle = count / 2
        return count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}

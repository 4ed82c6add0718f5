import Foundation

@testable import MatchCore
@testable import Profiles

/// Literal records for the workflow tests: no database, no index, a fixed clock.
enum W {
    static let day: TimeInterval = 86_400
    /// The tests' "now": 2025-03-03 09:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_740_992_400)
    static func days(_ n: Double, from date: Date = now) -> Date { date.addingTimeInterval(n * day) }

    static let citizenId = UUID(uuidString: "00000000-0000-0000-0000-0000000000c1")!
    static let companyId = UUID(uuidString: "00000000-0000-0000-0000-0000000000a1")!
    static let openingId = UUID(uuidString: "00000000-0000-0000-0000-0000000000b1")!
    static let slotId = UUID(uuidString: "00000000-0000-0000-0000-0000000000b2")!
    static let interestId = UUID(uuidString: "00000000-0000-0000-0000-0000000000e1")!
    static let consentId = UUID(uuidString: "00000000-0000-0000-0000-0000000000f1")!
    static let placementId = UUID(uuidString: "00000000-0000-0000-0000-0000000000d1")!

    static let citizenActor = Actor(role: .citizen, scope: citizenId.uuidString.lowercased(), tokenId: nil)
    static let companyActor = Actor(role: .company, scope: companyId.uuidString.lowercased(), tokenId: nil)
    static let consultantActor = Actor(role: .consultant, scope: "615", tokenId: nil)

    static func citizen(current: Double = 10, target: Double = 15) -> Citizen {
        Citizen(
            id: citizenId, municipalityCode: MunicipalityCode(rawValue: 615)!, name: "Test Borger", status: .flexJobApproved,
            hours: CitizenHours(current: current, target: target), competencies: [], jobGoals: [],
            needs: [
                NeedCode(code: "fixed-routines", required: true, shared: false),
                NeedCode(code: "quiet-room", required: false, shared: true),
            ],
            acceptedKinds: [.flexJob, .workTrial], location: GeoPoint(lat: 55.86, lon: 9.85), maxCommuteKm: 25,
            visibleToCompanies: true)
    }

    static func opening(status: VacancyStatus = .open) -> Vacancy {
        Vacancy(
            id: openingId, companyId: companyId, source: .opening, title: "Rengøring", description: "", occupationCode: nil,
            kind: .flexJob, status: status, hours: HoursBand(min: 8, max: 15), competencies: [], offers: [], demands: [],
            location: GeoPoint(lat: 55.86, lon: 9.85), remote: false)
    }

    /// A slot of `capacity` places, `outside` of them taken by citizens placed outside matchd.
    static func slot(capacity: Int, outside: Int, placed: Int = 0) -> Vacancy {
        Vacancy(
            id: slotId, companyId: companyId, source: .slot, title: "Virksomhedscenter", description: "", occupationCode: nil,
            kind: .workTrial, status: .open, places: Places(capacity: capacity, occupiedOutside: outside, placed: placed),
            hours: HoursBand(min: 2, max: 15), competencies: [], offers: [], demands: [],
            location: GeoPoint(lat: 55.86, lon: 9.85), remote: false)
    }

    static let explanation = MatchExplanation(
        citizenId: EntityID(citizenId), vacancyId: EntityID(openingId), source: .opening, score: 71.5,
        components: [ComponentScore(name: .hours, weight: 1, value: 0.715, contribution: 71.5)], passed: [.vacancyOpen],
        toConfirm: [], gaps: MatchGaps(missingEssentialCompetencies: [], competenciesBelowLevel: [], hoursShort: nil),
        growInto: false, distanceKm: 2)

    /// A pending interest on the opening started by `initiator` a day before `now`.
    static func interest(_ initiator: InterestInitiator, createdAt: Date = days(-1)) -> Interest {
        Interest(
            id: interestId, citizenId: citizenId, vacancyId: openingId, source: .opening, companyId: companyId,
            initiator: initiator, createdBy: actor(initiator), message: "Hej", snapshot: MatchSnapshot(explanation),
            state: .pending, citizenAnswer: initiator == .citizen ? .accepted : .pending,
            companyAnswer: initiator == .company ? .accepted : .pending, citizenAnsweredAt: nil, companyAnsweredAt: nil,
            sharedNeeds: [], declineReason: nil, declineText: nil, remindedAt: nil, createdAt: createdAt, closedAt: nil)
    }

    static func actor(_ initiator: InterestInitiator) -> Actor {
        switch initiator {
        case .citizen: citizenActor
        case .company: companyActor
        case .consultant: consultantActor
        }
    }

    /// An active placement at `vacancy`, started `startedDaysAgo` days before `now`.
    static func placement(at vacancy: Vacancy, startedDaysAgo: Double = 10, plannedEndIn: Double? = 30) -> Placement {
        Placement(
            id: placementId, citizenId: citizenId, vacancyId: vacancy.id, source: vacancy.source, companyId: companyId,
            kind: .workTrial, startDate: days(-startedDaysAgo), plannedEnd: plannedEndIn.map { days($0) }, agreedHours: 6,
            mentorName: "Mette", interestId: nil, createdBy: consultantActor, createdAt: days(-startedDaysAgo))
    }

    static func entry(daysAgo: Double, hours: Double) -> ProgressEntry {
        ProgressEntry(date: days(-daysAgo), weeklyHours: hours, paidHours: 0, note: "", recordedBy: consultantActor)
    }
}

extension Result {
    /// The refusal, or nil when it succeeded.
    var refusal: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}

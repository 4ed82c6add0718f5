import Foundation
import MatchCore
import OpenAPIRuntime
import Profiles

extension APIHandler {
    func getCaseloadOverview(_ input: Operations.GetCaseloadOverview.Input) async throws -> Operations.GetCaseloadOverview.Output {
        let principal = try RequestValues.caller()
        guard let code = MunicipalityCode(input.path.code), taxonomy.municipalities[code] != nil else { throw APIProblem.notFound }
        try policy.overview(principal, of: code).require(principal)
        let to = input.query.to ?? clock()
        let from = input.query.from ?? to.addingTimeInterval(-90 * 86_400)
        guard from < to else { throw APIProblem.badRequest("from must be before to.", field: "from") }
        let figures = try await store.overview(of: code, from: from, to: to)
        let overview = Schemas.CaseloadOverview(figures, municipality: code, from: from, to: to)
        let csv = input.headers.accept.sortedByQuality().first { $0.contentType == .csv || $0.contentType == .json }?.contentType == .csv
        if csv { return .ok(.init(body: .csv(HTTPBody(Self.csv(overview))))) }
        return .ok(.init(body: .json(overview)))
    }

    /// The overview as CSV: `figure,key,value`, one row per figure.
    static func csv(_ overview: Schemas.CaseloadOverview) -> String {
        var rows = ["figure,key,value"]
        func add(_ figure: String, _ key: String, _ value: Double?) {
            rows.append("\(figure),\(key),\(value.map { $0 == $0.rounded() ? String(Int($0)) : String($0) } ?? "")")
        }
        overview.citizensByStatus.forEach { add("citizensByStatus", $0.key, Double($0.count)) }
        add("visibleToCompanies", "", Double(overview.visibleToCompanies))
        add("withStrongMatch", "", Double(overview.withStrongMatch))
        add("withPendingInterest", "", Double(overview.withPendingInterest))
        add("activeInPlacement", "", Double(overview.activeInPlacement))
        add("withPaidHours", "", Double(overview.withPaidHours))
        overview.placementsStarted.forEach { add("placementsStarted", $0.key, Double($0.count)) }
        overview.placementsEnded.forEach { add("placementsEnded", $0.key, Double($0.count)) }
        add("medianDaysToFirstPlacement", "", overview.medianDaysToFirstPlacement)
        for (name, hours) in [("hoursNow", overview.hoursNow), ("hoursAtStart", overview.hoursAtStart)] {
            add(name, "median", hours.median)
            hours.distribution.forEach { add(name, $0.key, Double($0.count)) }
        }
        add("interestsCreated", "", Double(overview.interestsCreated))
        add("interestsAnswered", "", Double(overview.interestsAnswered))
        add("interestsAccepted", "", Double(overview.interestsAccepted))
        add("medianHoursToAnswer", "", overview.medianHoursToAnswer)
        for slot in overview.slots {
            add("slotCapacity", slot.companyId, Double(slot.capacity))
            add("slotOccupied", slot.companyId, Double(slot.occupied))
            add("slotFree", slot.companyId, Double(slot.free))
        }
        return rows.joined(separator: "\n") + "\n"
    }
}

extension Schemas.CaseloadOverview {
    init(_ figures: CaseloadOverview, municipality: MunicipalityCode, from: Date, to: Date) {
        func counts<K: RawRepresentable>(_ values: [K: Int], _ all: [K]) -> [Schemas.Count] where K.RawValue == String {
            all.compactMap { key in values[key].map { Schemas.Count(key: key.rawValue, count: $0) } }
        }
        self.init(
            municipalityCode: municipality.description, from: from, to: to,
            citizensByStatus: counts(figures.citizensByStatus, CitizenStatus.allCases),
            visibleToCompanies: figures.visibleToCompanies, withStrongMatch: figures.withStrongMatch,
            withPendingInterest: figures.withPendingInterest, activeInPlacement: figures.activeInPlacement,
            withPaidHours: figures.withPaidHours,
            placementsStarted: counts(figures.placementsStarted, EmploymentKind.allCases),
            placementsEnded: counts(figures.placementsEnded, PlacementOutcome.allCases),
            medianDaysToFirstPlacement: figures.medianDaysToFirstPlacement,
            hoursNow: .init(figures.hoursNow), hoursAtStart: .init(figures.hoursAtStart),
            interestsCreated: figures.interestsCreated, interestsAnswered: figures.interestsAnswered,
            interestsAccepted: figures.interestsAccepted, medianHoursToAnswer: figures.medianHoursToAnswer,
            slots: figures.slots.map {
                .init(
                    companyId: $0.companyId.lowercasedText, companyName: $0.companyName, capacity: $0.capacity, occupied: $0.occupied,
                    free: $0.free)
            })
    }
}

extension Schemas.HoursFigures {
    /// The bands of weekly hours the distribution counts in (lower bound included).
    static let bands: [(key: String, range: Range<Double>)] = [
        ("0-2", 0..<2), ("2-5", 2..<5), ("5-10", 5..<10), ("10-15", 10..<15), ("15-20", 15..<20), ("20-30", 20..<30), ("30+", 30..<1000),
    ]

    init(_ hours: [Double]) {
        self.init(
            median: hours.median,
            distribution: Self.bands.map { band in
                .init(key: band.key, count: hours.filter { band.range.contains($0) }.count)
            })
    }
}

import Foundation
import MatchCore

/// Checks records against the limits and the taxonomy, collecting every problem with the field
/// it concerns, so a client can fix a request in one round.
public struct RecordValidator: Sendable {
    /// The taxonomy codes are checked against.
    public let taxonomy: Taxonomy

    /// Creates a validator.
    public init(taxonomy: Taxonomy) { self.taxonomy = taxonomy }

    /// Every problem with a citizen profile.
    public func problems(_ citizen: Citizen) -> [FieldError] {
        var check = Checker()
        check.municipality(citizen.municipalityCode, "municipalityCode", taxonomy)
        check.text(citizen.name, "name", Limits.shortText)
        if let email = citizen.email { check.email(email, "email") }
        if let phone = citizen.phone { check.phone(phone, "phone") }
        check.range(citizen.hours.current, "hours.current", Limits.hours)
        check.range(citizen.hours.target, "hours.target", Limits.hours)
        if citizen.hours.current > citizen.hours.target {
            check.fail("hours.current", "must not exceed hours.target")
        }
        check.count(citizen.competencies.count, "competencies", max: Limits.citizenCompetencies)
        check.unique(citizen.competencies.map(\.code), "competencies", "code")
        for (i, held) in citizen.competencies.enumerated() {
            check.known(held.code, "competencies[\(i)].code", taxonomy.competencyIndex, "competency")
            check.range(held.level, "competencies[\(i)].level", Limits.level)
        }
        check.count(citizen.jobGoals.count, "jobGoals", max: Limits.jobGoals)
        check.unique(citizen.jobGoals, "jobGoals", nil)
        for (i, goal) in citizen.jobGoals.enumerated() {
            check.known(goal, "jobGoals[\(i)]", taxonomy.occupationIndex, "occupation")
        }
        check.count(citizen.needs.count, "needs", max: Limits.needs)
        check.unique(citizen.needs.map(\.code), "needs", "code")
        for (i, need) in citizen.needs.enumerated() {
            check.known(need.code, "needs[\(i)].code", taxonomy.needIndex, "accommodation need")
        }
        if citizen.acceptedKinds.isEmpty { check.fail("acceptedKinds", "must name at least one employment kind") }
        check.unique(citizen.acceptedKinds.map(\.rawValue), "acceptedKinds", nil)
        check.location(citizen.location, "location")
        check.range(citizen.maxCommuteKm, "maxCommuteKm", Limits.maxCommuteKm)
        return check.errors
    }

    /// Every problem with a company.
    public func problems(_ company: Company) -> [FieldError] {
        var check = Checker()
        if !CVR.isValid(company.cvr) {
            check.fail("cvr", "must be 8 digits with a valid modulus-11 check digit")
        }
        check.text(company.name, "name", Limits.shortText)
        if company.industry.count != 6 || !company.industry.allSatisfy(\.isASCIIDigit) {
            check.fail("industry", "must be a 6-digit DB07 industry code")
        }
        check.municipality(company.municipalityCode, "municipalityCode", taxonomy)
        check.location(company.location, "location")
        if let email = company.contactEmail { check.email(email, "contactEmail") }
        return check.errors
    }

    /// Every problem with an opening or slot.
    public func problems(_ vacancy: Vacancy) -> [FieldError] {
        var check = Checker()
        check.text(vacancy.title, "title", Limits.shortText)
        check.text(vacancy.description, "description", Limits.longText)
        if let code = vacancy.occupationCode { check.known(code, "occupationCode", taxonomy.occupationIndex, "occupation") }
        check.range(vacancy.hours.min, "hours.min", Limits.hours)
        check.range(vacancy.hours.max, "hours.max", Limits.hours)
        if vacancy.hours.min > vacancy.hours.max { check.fail("hours.min", "must not exceed hours.max") }
        check.count(vacancy.competencies.count, "competencies", max: Limits.requirements)
        check.unique(vacancy.competencies.map(\.code), "competencies", "code")
        for (i, requirement) in vacancy.competencies.enumerated() {
            check.known(requirement.code, "competencies[\(i)].code", taxonomy.competencyIndex, "competency")
            check.range(requirement.level, "competencies[\(i)].level", Limits.level)
        }
        check.count(vacancy.offers.count, "offers", max: Limits.offersOrDemands)
        check.unique(vacancy.offers, "offers", nil)
        for (i, offer) in vacancy.offers.enumerated() { check.known(offer, "offers[\(i)]", taxonomy.offerIndex, "offer") }
        check.count(vacancy.demands.count, "demands", max: Limits.offersOrDemands)
        check.unique(vacancy.demands, "demands", nil)
        for (i, demand) in vacancy.demands.enumerated() { check.known(demand, "demands[\(i)]", taxonomy.demandIndex, "demand") }
        check.location(vacancy.location, "location")
        switch (vacancy.source, vacancy.places) {
        case (.slot, let places?):
            check.range(places.capacity, "capacity", Limits.capacity)
            if places.occupiedOutside < 0 {
                check.fail("occupiedOutside", "must be at least 0")
            } else if let problem = places.placementProblem {
                check.fail(problem.field, problem.message)
            }
        case (.slot, nil): check.fail("capacity", "a slot has a capacity")
        case (.opening, _?): check.fail("capacity", "an opening has no places")
        case (.opening, nil): break
        }
        return check.errors
    }

    /// Every problem with a placement of a record set's history, whose citizen and vacancy must
    /// be among the set's (`citizens`, `vacancies`: their ids).
    public func problems(_ placement: PlacementHistory, citizens: Set<UUID>, vacancies: Set<UUID>) -> [FieldError] {
        var check = Checker()
        if !citizens.contains(placement.citizenId) { check.fail("citizenId", "names no citizen of the set") }
        if !vacancies.contains(placement.vacancyId) { check.fail("vacancyId", "names no opening or slot of the set") }
        check.range(placement.agreedHours, "agreedHours", Limits.hours)
        if placement.startDaysAgo < 0 { check.fail("startDaysAgo", "must not be negative") }
        for (j, step) in placement.progress.enumerated() {
            check.range(step.weeklyHours, "progress[\(j)].weeklyHours", Limits.hours)
            if step.paidHours < 0 || step.paidHours > step.weeklyHours {
                check.fail("progress[\(j)].paidHours", "must be between 0 and weeklyHours")
            }
        }
        return check.errors
    }
}

/// Collects field errors; one method per kind of check.
struct Checker {
    var errors: [FieldError] = []

    mutating func fail(_ field: String, _ message: String) {
        errors.append(FieldError(field: field, message: message))
    }

    mutating func text(_ value: String, _ field: String, _ length: ClosedRange<Int>) {
        if length.lowerBound > 0 && Self.isBlank(value) {
            fail(field, "must not be empty")
        } else if !length.contains(value.unicodeScalars.count) {
            // Code points, as SQLite's length() and JSON Schema's maxLength count: "é" written as
            // e + combining accent is two.
            fail(field, "must be \(length.lowerBound)–\(length.upperBound) characters")
        } else if value.unicodeScalars.contains(where: TextRules.isRefused) {
            fail(field, "must not contain control or bidirectional-override characters")
        }
    }

    mutating func email(_ value: String, _ field: String) {
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        if value.unicodeScalars.count > 254 || parts.count != 2 || parts[0].isEmpty || !parts[1].contains(".")
            || value.contains(where: \.isWhitespace)
        {
            fail(field, "must be an e-mail address")
        }
    }

    mutating func phone(_ value: String, _ field: String) {
        let digits = value.filter(\.isASCIIDigit).count
        if value.unicodeScalars.count > 32 || digits < 8 || !value.allSatisfy({ $0.isASCIIDigit || $0 == "+" || $0 == " " || $0 == "-" }) {
            fail(field, "must be a phone number of at least 8 digits")
        }
    }

    mutating func range<T: Comparable>(_ value: T, _ field: String, _ range: ClosedRange<T>) {
        if !range.contains(value) { fail(field, "must be between \(range.lowerBound) and \(range.upperBound)") }
    }

    mutating func range(_ value: Double, _ field: String, _ range: ClosedRange<Double>) {
        if !value.isFinite || !range.contains(value) {
            fail(field, "must be between \(range.lowerBound.formatted()) and \(range.upperBound.formatted())")
        }
    }

    mutating func count(_ count: Int, _ field: String, max: Int) {
        if count > max { fail(field, "must have at most \(max) entries") }
    }

    mutating func unique(_ codes: [String], _ field: String, _ member: String?) {
        // A short list (every valid one) is searched, not hashed: the same answers, a quarter of
        // a bulk import's validation time less.
        var seen = Set<String>()
        for (i, code) in codes.enumerated() where codes.count <= 32 ? codes[..<i].contains(code) : !seen.insert(code).inserted {
            fail(member.map { "\(field)[\(i)].\($0)" } ?? "\(field)[\(i)]", "\(code) is listed twice")
        }
    }

    /// Whether `value` is empty or white space only; text starting with a printable ASCII
    /// character other than a space is answered without Foundation's trimming.
    private static func isBlank(_ value: String) -> Bool {
        if let first = value.utf8.first, first > 0x20, first < 0x7F { return false }
        return value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }

    mutating func known(_ code: String, _ field: String, _ index: [String: Int], _ kind: String) {
        if index[code] == nil { fail(field, "unknown \(kind) code \(code)") }
    }

    mutating func municipality(_ code: MunicipalityCode, _ field: String, _ taxonomy: Taxonomy) {
        if taxonomy.municipalities[code] == nil { fail(field, "unknown municipality code \(code)") }
    }

    mutating func location(_ point: GeoPoint, _ field: String) {
        range(point.lat, "\(field).lat", Limits.latitude)
        range(point.lon, "\(field).lon", Limits.longitude)
    }
}

extension Double {
    fileprivate func formatted() -> String { self == rounded() ? String(Int(self)) : String(self) }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

/// What free text may not hold: control characters other than newline and tab (NUL among them),
/// and the bidirectional overrides and isolates that make text display other than it reads.
public enum TextRules {
    /// Whether `scalar` is refused in free text.
    public static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}

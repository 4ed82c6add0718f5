import Foundation
import MatchCore
import Profiles

/// Conversions between the generated API types (the contract) and the domain records. Every
/// response is built here — the match lists also by `MatchListJSON`, from the same ranked
/// values — never by encoding a database record directly.
typealias Schemas = Components.Schemas

extension Schemas.GeoPoint {
    init(_ point: GeoPoint) { self.init(lat: point.lat, lon: point.lon) }
    var domain: GeoPoint { GeoPoint(lat: lat, lon: lon) }
}

extension Schemas.CitizenHours {
    init(_ hours: CitizenHours) { self.init(current: hours.current, target: hours.target) }
    var domain: CitizenHours { CitizenHours(current: current, target: target) }
}

extension Schemas.HoursBand {
    init(_ hours: HoursBand) { self.init(min: hours.min, max: hours.max) }
    var domain: HoursBand { HoursBand(min: min, max: max) }
}

extension Schemas.EmploymentKind {
    init(_ kind: EmploymentKind) { self.init(rawValue: kind.rawValue)! }
    var domain: EmploymentKind { EmploymentKind(rawValue: rawValue)! }
}

extension Schemas.CitizenStatus {
    init(_ status: CitizenStatus) { self.init(rawValue: status.rawValue)! }
    var domain: CitizenStatus { CitizenStatus(rawValue: rawValue)! }
}

extension Schemas.VacancyStatus {
    init(_ status: VacancyStatus) { self.init(rawValue: status.rawValue)! }
    var domain: VacancyStatus { VacancyStatus(rawValue: rawValue)! }
}

extension Schemas.Requirement {
    init(_ requirement: RequirementCode) { self.init(code: requirement.code, level: requirement.level, essential: requirement.essential) }
    var domain: RequirementCode { RequirementCode(code: code, level: level, essential: essential) }
}

extension Schemas.Need {
    init(_ need: NeedCode) { self.init(code: need.code, required: need.required, shared: need.shared) }
}

extension Schemas.HeldCompetency {
    init(_ held: HeldCompetencyCode) { self.init(code: held.code, level: held.level) }
}

extension Schemas.CitizenInput {
    func domain(id: UUID) throws -> Citizen {
        Citizen(
            id: id, municipalityCode: try municipality(municipalityCode, field: "municipalityCode"), name: name, email: email, phone: phone,
            status: status.domain,
            hours: hours.domain, competencies: competencies.map { HeldCompetencyCode(code: $0.code, level: $0.level) },
            jobGoals: jobGoals, needs: needs.map { NeedCode(code: $0.code, required: $0.required, shared: $0.shared) },
            acceptedKinds: acceptedKinds.map(\.domain), location: location.domain, maxCommuteKm: maxCommuteKm,
            visibleToCompanies: visibleToCompanies)
    }
}

extension Schemas.Citizen {
    init(_ stored: Stored<Citizen>) {
        let citizen = stored.value
        self.init(
            id: citizen.id.lowercasedText, alias: citizen.alias, municipalityCode: citizen.municipalityCode.description,
            name: citizen.name, email: citizen.email, phone: citizen.phone, status: .init(citizen.status),
            hours: .init(citizen.hours), competencies: citizen.competencies.map(Schemas.HeldCompetency.init),
            jobGoals: citizen.jobGoals, needs: citizen.needs.map(Schemas.Need.init),
            acceptedKinds: citizen.acceptedKinds.map(Schemas.EmploymentKind.init), location: .init(citizen.location),
            maxCommuteKm: citizen.maxCommuteKm, visibleToCompanies: citizen.visibleToCompanies,
            version: stored.version, createdAt: stored.createdAt, updatedAt: stored.updatedAt)
    }
}

extension Schemas.CompanyInput {
    func domain(id: UUID) throws -> Company {
        Company(
            id: id, cvr: cvr, name: name, industry: industry,
            municipalityCode: try municipality(municipalityCode, field: "municipalityCode"),
            location: location.domain, contactEmail: contactEmail)
    }
}

extension Schemas.Company {
    /// The record with the fields the access policy shows.
    init(_ stored: Stored<Company>, fields: CompanyFields) {
        let company = stored.value
        self.init(
            id: company.id.lowercasedText, cvr: company.cvr, name: company.name, industry: company.industry,
            municipalityCode: company.municipalityCode.description, location: .init(company.location),
            contactEmail: fields.contactEmail ? company.contactEmail : nil, version: stored.version, createdAt: stored.createdAt,
            updatedAt: stored.updatedAt)
    }
}

extension Schemas.OpeningInput {
    func domain(id: UUID, companyId: UUID, status: VacancyStatus) -> Vacancy {
        Vacancy(
            id: id, companyId: companyId, source: .opening, title: title, description: description,
            occupationCode: occupationCode, kind: kind.domain, status: status, hours: hours.domain,
            competencies: competencies.map(\.domain), offers: offers, demands: demands, location: location.domain,
            remote: remote)
    }
}

extension Schemas.Opening {
    init(_ stored: Stored<Vacancy>) {
        let opening = stored.value
        self.init(
            id: opening.id.lowercasedText, companyId: opening.companyId.lowercasedText, status: .init(opening.status),
            title: opening.title, description: opening.description, occupationCode: opening.occupationCode,
            kind: .init(opening.kind), hours: .init(opening.hours),
            competencies: opening.competencies.map(Schemas.Requirement.init), offers: opening.offers,
            demands: opening.demands, location: .init(opening.location), remote: opening.remote,
            version: stored.version, createdAt: stored.createdAt, updatedAt: stored.updatedAt)
    }
}

extension Schemas.SlotInput {
    func domain(id: UUID, companyId: UUID) -> Vacancy {
        Vacancy(
            id: id, companyId: companyId, source: .slot, title: title, description: description,
            occupationCode: occupationCode, kind: kind.domain, status: status?.domain ?? .open,
            places: Places(capacity: capacity, occupiedOutside: occupiedOutside), hours: hours.domain,
            competencies: competencies.map(\.domain), offers: offers, demands: demands, location: location.domain,
            remote: remote)
    }
}

extension Schemas.Slot {
    init(_ stored: Stored<Vacancy>) {
        let slot = stored.value
        self.init(
            id: slot.id.lowercasedText, companyId: slot.companyId.lowercasedText, status: .init(slot.status),
            capacity: slot.places?.capacity ?? 0, occupied: slot.places?.taken ?? 0,
            occupiedOutside: slot.places?.occupiedOutside ?? 0, title: slot.title, description: slot.description,
            occupationCode: slot.occupationCode, kind: .init(slot.kind), hours: .init(slot.hours),
            competencies: slot.competencies.map(Schemas.Requirement.init), offers: slot.offers,
            demands: slot.demands, location: .init(slot.location), remote: slot.remote,
            version: stored.version, createdAt: stored.createdAt, updatedAt: stored.updatedAt)
    }
}

extension Schemas.VacancySummary {
    /// The vacancy as a citizen's match list shows it.
    init(_ vacancy: Vacancy, companyName: String) {
        self.init(
            id: vacancy.id.lowercasedText, source: .init(vacancy.source),
            companyId: vacancy.companyId.lowercasedText, companyName: companyName, title: vacancy.title,
            occupationCode: Nullable(vacancy.occupationCode), kind: .init(vacancy.kind), hours: .init(vacancy.hours),
            location: .init(vacancy.location), remote: vacancy.remote, offers: vacancy.offers,
            demands: vacancy.demands, capacity: Nullable(vacancy.places?.capacity), occupied: Nullable(vacancy.places?.taken))
    }
}

extension Schemas.CitizenCard {
    /// The citizen as a card in `view`: the policy says which needs, and whether the identity
    /// and contact details, are shown.
    init(_ citizen: Citizen, view: CardView, policy: Visibility) {
        self.init(CitizenCardContent(citizen, view: view, policy: policy))
    }

    /// The card with what `card` shows.
    init(_ card: CitizenCardContent) {
        let citizen = card.citizen
        self.init(
            citizenId: citizen.id.lowercasedText, alias: citizen.alias, status: .init(citizen.status), hours: .init(citizen.hours),
            competencies: citizen.competencies.map(Schemas.HeldCompetency.init), jobGoals: citizen.jobGoals,
            needs: card.needs.map(Schemas.Need.init), municipalityCode: citizen.municipalityCode.description,
            contact: card.identified ? .init(name: citizen.name, email: citizen.email, phone: citizen.phone) : nil)
    }
}

extension Schemas.CitizenMatch {
    /// A ranked citizen with its explanation and card.
    init(_ ranked: RankedCitizen) {
        let match = ranked.match
        self.init(
            citizenId: ranked.card.citizen.id.lowercasedText, score: match.score,
            components: match.components.map(Schemas.MatchComponent.init), passed: match.passed.map(Schemas.HardRule.init),
            toConfirm: ranked.toConfirm, gaps: .init(match.gaps), growInto: match.growInto,
            distanceKm: Nullable(match.shownDistanceKm), citizen: .init(ranked.card))
    }
}

extension Schemas.VacancyMatch {
    /// A ranked vacancy with its explanation and summary.
    init(_ ranked: RankedVacancy) {
        let match = ranked.match
        let summary = Schemas.VacancySummary(ranked.vacancy, companyName: ranked.companyName)
        self.init(
            vacancyId: summary.id, source: summary.source, score: match.score,
            components: match.components.map(Schemas.MatchComponent.init), passed: match.passed.map(Schemas.HardRule.init),
            toConfirm: match.toConfirm, gaps: .init(match.gaps), growInto: match.growInto,
            distanceKm: Nullable(match.shownDistanceKm), vacancy: summary)
    }
}

extension Schemas.VacancySource {
    init(_ source: VacancySource) { self = source == .opening ? .opening : .slot }
    var domain: VacancySource { self == .opening ? .opening : .slot }
}

extension Schemas.MatchComponent {
    init(_ component: ComponentScore) {
        self.init(
            name: Schemas.ScoreComponentName(component.name), weight: component.weight,
            value: component.value, contribution: component.contribution)
    }
}

extension Schemas.ScoreComponentName {
    /// The spec's name of an engine component (by `switch`: the raw-value initialiser compares
    /// strings, once per component of every match listed).
    init(_ name: ScoreComponent) {
        switch name {
        case .competencies: self = .competencies
        case .jobGoals: self = .jobGoals
        case .hours: self = .hours
        case .accommodations: self = .accommodations
        case .distance: self = .distance
        }
    }
}

extension Schemas.HardRule {
    /// The spec's name of an engine rule (by `switch`, as `ScoreComponentName`).
    init(_ rule: MatchCore.HardRule) {
        switch rule {
        case .vacancyOpen: self = .vacancyOpen
        case .placeAvailable: self = .placeAvailable
        case .kindAccepted: self = .kindAccepted
        case .flexJobEligible: self = .flexJobEligible
        case .hoursReachable: self = .hoursReachable
        case .withinCommute: self = .withinCommute
        case .needsCompatible: self = .needsCompatible
        }
    }
}

extension Schemas.MatchGaps {
    init(_ gaps: MatchGaps) {
        self.init(
            missingEssentialCompetencies: gaps.missingEssentialCompetencies,
            competenciesBelowLevel: gaps.competenciesBelowLevel, hoursShort: Nullable(gaps.hoursShort))
    }
}

extension Stored {
    /// The ETag of this version: the quoted version number.
    var eTag: String { "\"\(version)\"" }
}

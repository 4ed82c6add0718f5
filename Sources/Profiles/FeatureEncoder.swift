import Foundation
import MatchCore

extension EntityID {
    /// The engine id of a UUID (same bytes).
    public init(_ uuid: UUID) {
        let b = uuid.uuid
        let high = [b.0, b.1, b.2, b.3, b.4, b.5, b.6, b.7].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let low = [b.8, b.9, b.10, b.11, b.12, b.13, b.14, b.15].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        self.init(high: high, low: low)
    }

    /// The UUID with the same bytes.
    public var uuid: UUID {
        withUnsafeBytes(of: (high.bigEndian, low.bigEndian)) { UUID(uuid: $0.loadUnaligned(as: uuid_t.self)) }
    }
}

/// Codes validated records into the engine's features. Records must have passed
/// `RecordValidator`; unknown codes are dropped rather than trapped on.
public struct FeatureEncoder: Sendable {
    /// The taxonomy codes are resolved in.
    public let taxonomy: Taxonomy

    /// Creates an encoder.
    public init(taxonomy: Taxonomy) { self.taxonomy = taxonomy }

    /// The citizen's features.
    public func features(_ citizen: Citizen) -> CitizenFeatures {
        CitizenFeatures(
            id: EntityID(citizen.id), status: citizen.status, hours: citizen.hours,
            competencies: competencies(citizen.competencies),
            jobGoals: citizen.jobGoals.compactMap { taxonomy.occupationIndex[$0] },
            needs: citizen.needs.compactMap { need in
                taxonomy.needIndex[need.code].map { AccommodationNeed(need: $0, required: need.required, shared: need.shared) }
            },
            acceptedKinds: KindSet(citizen.acceptedKinds), location: citizen.location,
            maxCommuteKm: citizen.maxCommuteKm, visibleToCompanies: citizen.visibleToCompanies,
            municipality: citizen.municipalityCode)
    }

    /// The held competencies the taxonomy knows, as dense indexes, in one allocation (start-up
    /// codes a million citizens; `compactMap` grew each array step by step).
    private func competencies(_ held: [HeldCompetencyCode]) -> [HeldCompetency] {
        var coded: [HeldCompetency] = []
        coded.reserveCapacity(held.count)
        for competency in held {
            if let index = taxonomy.competencyIndex[competency.code] {
                coded.append(HeldCompetency(competency: index, level: competency.level))
            }
        }
        return coded
    }

    /// The vacancy's features.
    public func features(_ vacancy: Vacancy) -> VacancyFeatures {
        VacancyFeatures(
            id: EntityID(vacancy.id), companyId: EntityID(vacancy.companyId), source: vacancy.source, kind: vacancy.kind,
            isOpen: vacancy.status == .open, capacity: vacancy.places?.capacity, occupied: vacancy.places?.taken ?? 0,
            hours: vacancy.hours, occupation: vacancy.occupationCode.flatMap { taxonomy.occupationIndex[$0] },
            requirements: requirements(vacancy.competencies), offers: vacancy.offers.compactMap { taxonomy.offerIndex[$0] },
            demands: vacancy.demands.compactMap { taxonomy.demandIndex[$0] }, location: vacancy.location,
            remote: vacancy.remote)
    }

    private func requirements(_ codes: [RequirementCode]) -> [CompetencyRequirement] {
        codes.compactMap { requirement in
            taxonomy.competencyIndex[requirement.code].map {
                CompetencyRequirement(competency: $0, level: requirement.level, essential: requirement.essential)
            }
        }
    }
}

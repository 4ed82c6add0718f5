/// The taxonomy compiled for scoring: every code mapped to a dense integer, competency groups
/// and needs as bit positions, related competencies as bit rows, and the catalogue's
/// satisfy/conflict relations as need masks.
public struct Taxonomy: Sendable {
    /// The records it was compiled from (labels, synonyms, URIs).
    public let source: TaxonomySource
    /// Competency code → dense index.
    public let competencyIndex: [String: Int]
    /// Group index (bit position, < 64) of each competency.
    public let competencyGroup: [UInt8]
    /// Related competencies (same group, or both typical of one occupation): a requirement not
    /// held but related to one held earns related credit.
    public let relatedCompetencies: CompetencyRelation
    /// Occupation code → dense index.
    public let occupationIndex: [String: Int]
    /// ISCO-08 unit group of each occupation, as an integer (e.g. 9112).
    public let occupationIsco: [Int]
    /// Need code → dense index (bit position, < 64).
    public let needIndex: [String: Int]
    /// Offer code → dense index.
    public let offerIndex: [String: Int]
    /// Demand code → dense index.
    public let demandIndex: [String: Int]
    /// For each offer, the mask of needs it satisfies.
    public let needsSatisfiedByOffer: [UInt64]
    /// For each demand, the mask of needs it conflicts with.
    public let needsConflictingWithDemand: [UInt64]
    /// Municipality code → entry.
    public let municipalities: [MunicipalityCode: MunicipalityEntry]

    /// The most competency groups and needs the engine supports (one bit each in a 64-bit mask).
    public static let maxGroups = 64
    /// The most accommodation needs the catalogue may hold.
    public static let maxNeeds = 64

    /// Compiles and validates a taxonomy: codes unique, references resolvable, limits respected.
    public init(source: TaxonomySource) throws(TaxonomyError) {
        self.source = source
        let groups = try Taxonomy.indexCodes(source.competencies.groups.map(\.code), kind: "competency group")
        guard groups.count <= Taxonomy.maxGroups else {
            throw TaxonomyError("at most \(Taxonomy.maxGroups) competency groups are supported, found \(groups.count)")
        }
        competencyIndex = try Taxonomy.indexCodes(source.competencies.competencies.map(\.code), kind: "competency")
        competencyGroup = try source.competencies.competencies.map { entry throws(TaxonomyError) in
            guard let group = groups[entry.group] else {
                throw TaxonomyError("competency \(entry.code) names unknown group \(entry.group)")
            }
            return UInt8(group)
        }
        occupationIndex = try Taxonomy.indexCodes(source.occupations.occupations.map(\.code), kind: "occupation")
        occupationIsco = try source.occupations.occupations.map { entry throws(TaxonomyError) in
            guard entry.iscoGroup.count == 4, let isco = Int(entry.iscoGroup) else {
                throw TaxonomyError("occupation \(entry.code) has ISCO group \(entry.iscoGroup), want 4 digits")
            }
            return isco
        }
        let competencyIndex = competencyIndex
        let typical = try source.occupations.occupations.map { occupation throws(TaxonomyError) in
            try occupation.competencies.map { code throws(TaxonomyError) in
                guard let competency = competencyIndex[code] else {
                    throw TaxonomyError("occupation \(occupation.code) names unknown competency \(code)")
                }
                return competency
            }
        }
        relatedCompetencies = CompetencyRelation(groups: competencyGroup, occupations: typical)
        let catalogue = source.accommodations
        needIndex = try Taxonomy.indexCodes(catalogue.needs.map(\.code), kind: "need")
        guard needIndex.count <= Taxonomy.maxNeeds else {
            throw TaxonomyError("at most \(Taxonomy.maxNeeds) needs are supported, found \(needIndex.count)")
        }
        offerIndex = try Taxonomy.indexCodes(catalogue.offers.map(\.code), kind: "offer")
        demandIndex = try Taxonomy.indexCodes(catalogue.demands.map(\.code), kind: "demand")
        var satisfied = [UInt64](repeating: 0, count: catalogue.offers.count)
        var conflicting = [UInt64](repeating: 0, count: catalogue.demands.count)
        for (bit, need) in catalogue.needs.enumerated() {
            for code in need.satisfiedBy {
                guard let offer = offerIndex[code] else { throw TaxonomyError("need \(need.code) names unknown offer \(code)") }
                satisfied[offer] |= 1 << UInt64(bit)
            }
            for code in need.conflictsWith {
                guard let demand = demandIndex[code] else { throw TaxonomyError("need \(need.code) names unknown demand \(code)") }
                conflicting[demand] |= 1 << UInt64(bit)
            }
        }
        needsSatisfiedByOffer = satisfied
        needsConflictingWithDemand = conflicting
        var municipalities: [MunicipalityCode: MunicipalityEntry] = [:]
        for entry in source.municipalities {
            guard municipalities.updateValue(entry, forKey: entry.code) == nil else {
                throw TaxonomyError("municipality code \(entry.code) appears twice")
            }
        }
        self.municipalities = municipalities
    }

    /// Number of competencies (the size of per-query lookup tables).
    public var competencyCount: Int { competencyGroup.count }

    /// The code of the competency at `index`.
    public func competencyCode(_ index: Int) -> String { source.competencies.competencies[index].code }

    /// The code of the occupation at `index`.
    public func occupationCode(_ index: Int) -> String { source.occupations.occupations[index].code }

    /// The code of the need at bit `index`.
    public func needCode(_ index: Int) -> String { source.accommodations.needs[index].code }

    /// The mask of needs satisfied by any of `offers` (dense offer indexes).
    public func satisfiedNeeds(offers: [Int]) -> UInt64 {
        offers.reduce(0) { $0 | needsSatisfiedByOffer[$1] }
    }

    /// The mask of needs in conflict with any of `demands` (dense demand indexes).
    public func conflictingNeeds(demands: [Int]) -> UInt64 {
        demands.reduce(0) { $0 | needsConflictingWithDemand[$1] }
    }

    private static func indexCodes(_ codes: [String], kind: String) throws(TaxonomyError) -> [String: Int] {
        var index: [String: Int] = [:]
        for (position, code) in codes.enumerated() {
            guard !code.isEmpty else { throw TaxonomyError("a \(kind) has an empty code") }
            guard index.updateValue(position, forKey: code) == nil else {
                throw TaxonomyError("\(kind) code \(code) appears twice")
            }
        }
        return index
    }
}

/// A taxonomy that cannot be compiled: the message names the entry and the problem.
public struct TaxonomyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong, naming the entry.
    public let message: String

    /// Creates an error.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}

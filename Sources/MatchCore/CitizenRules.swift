/// The fields of a citizen's row that a ranking reads for most rows it scans (the hard rules,
/// the place, the needs and the signatures that bound the score), held together in one record
/// per row: a scan reads one stream of records per block instead of one array per field (each
/// a cache miss where a block starts), and refuses a row on liveness, visibility, fleksjob
/// approval and kind with one mask test of `gate`.
struct CitizenRules: Sendable {
    /// `gate` bit of a live row (a removed citizen's row is 0).
    static let alive: UInt8 = 1
    /// `gate` bit of a citizen visible to companies.
    static let visible: UInt8 = 2
    /// `gate` bit of a fleksjob-approved citizen.
    static let flexJobApproved: UInt8 = 4
    /// Shift of the accepted kinds (`KindSet.rawValue`, 4 bits) in `gate`.
    static let kindShift: UInt8 = 4

    var lat = 0.0, lon = 0.0, cosLat = 0.0
    var maxCommute = 0.0
    var current = 0.0, target = 0.0
    /// Accommodation needs (bit = need index) the citizen requires, and those they prefer.
    var requiredNeeds: UInt64 = 0, preferredNeeds: UInt64 = 0
    /// Bit `c % 64` for each competency `c` held: a row without the bit of any requirement holds
    /// none of them, so the scan bounds its competencies by related credit without reading them.
    var competencySignature: UInt64 = 0
    /// Bit `g % 64` for the ISCO sub-major group `g` of each goal: a row without the bit of the
    /// vacancy occupation's group has no goal that fits it at all.
    var goalGroupSignature: UInt64 = 0
    /// `alive`, `visible`, `flexJobApproved` and the accepted kinds shifted by `kindShift`.
    var gate: UInt8 = 0

    /// The record of a normalized citizen.
    init(_ citizen: CitizenFeatures, taxonomy: Taxonomy) {
        lat = citizen.location.lat
        lon = citizen.location.lon
        cosLat = citizen.location.cosLat
        maxCommute = citizen.maxCommuteKm
        current = citizen.hours.current
        target = citizen.hours.target
        for need in citizen.needs {
            if need.required { requiredNeeds |= 1 << UInt64(need.need) } else { preferredNeeds |= 1 << UInt64(need.need) }
        }
        competencySignature = citizen.competencies.reduce(0) { $0 | 1 << UInt64($1.competency & 63) }
        goalGroupSignature = citizen.jobGoals.reduce(0) { $0 | 1 << UInt64(taxonomy.occupationIsco[$1] / 100 & 63) }
        gate =
            CitizenRules.alive | (citizen.visibleToCompanies ? CitizenRules.visible : 0)
            | (citizen.status == .flexJobApproved ? CitizenRules.flexJobApproved : 0)
            | citizen.acceptedKinds.rawValue << CitizenRules.kindShift
    }

    /// A removed citizen's record: not alive, so every scan refuses it.
    init() {}

    /// The accepted kinds as `KindSet.rawValue`.
    var kinds: UInt8 { gate >> CitizenRules.kindShift }
}

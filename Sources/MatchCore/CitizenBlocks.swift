/// The index's citizens grouped into blocks by place (a grid cell of about 28 × 25 km) and rule
/// class (fleksjob or not, target hours, commute limit), each block a `CitizenTable` with a
/// summary that bounds every member: where they live, their longest commute, the kinds they
/// accept, their hours, the competencies they hold and are related to, and their job goals.
/// The ranker scores a block only when its summary says a member could enter the ranking.
/// Summaries only widen as members come and go, so they stay true bounds.
struct CitizenBlocks: Sendable {
    /// Degrees of latitude and longitude per grid cell.
    static let cellLat = 0.25, cellLon = 0.4

    var tables: [CitizenTable] = []
    var summaries: [CitizenBlockSummary] = []
    /// Per block, `words` words: competencies held by a member, then competencies related to one
    /// held, then members' goal occupations, then their goals' ISCO unit groups (dense), then
    /// their goals' ISCO sub-major groups (bit = the group's two digits).
    var bits: [UInt64] = []
    let layout: CitizenBlockLayout
    var blockOf: [EntityID: Int32] = [:]
    var blockOfKey: [Int: Int32] = [:]

    init(taxonomy: Taxonomy) {
        layout = CitizenBlockLayout(taxonomy: taxonomy)
    }

    var count: Int { blockOf.count }

    mutating func reserve(_ capacity: Int) {
        blockOf.reserveCapacity(capacity)
    }

    /// The block and row of a citizen, or nil.
    func locate(_ id: EntityID) -> (block: Int, row: Int)? {
        guard let block = blockOf[id].map(Int.init), let row = tables[block].rowOf[id] else { return nil }
        return (block, Int(row))
    }

    mutating func upsert(_ citizen: CitizenFeatures, taxonomy: Taxonomy) {
        let block = self.block(key: key(citizen))
        if let old = blockOf.updateValue(Int32(block), forKey: citizen.id), Int(old) != block {
            _ = tables[Int(old)].remove(citizen.id)
        }
        tables[block].upsert(citizen, taxonomy: taxonomy)
        summaries[block].include(citizen)
        let base = block * layout.words
        let relation = taxonomy.relatedCompetencies
        for held in citizen.competencies {
            bits[base + held.competency >> 6] |= 1 << UInt64(held.competency & 63)
            for (word, row) in relation.row(held.competency).enumerated() { bits[base + layout.related + word] |= row }
        }
        for goal in citizen.jobGoals {
            bits[base + layout.goals + goal >> 6] |= 1 << UInt64(goal & 63)
            let unit = layout.unitOf[goal]
            bits[base + layout.units + unit >> 6] |= 1 << UInt64(unit & 63)
            let subMajor = layout.subMajorOf[goal]
            bits[base + layout.subMajors + subMajor >> 6] |= 1 << UInt64(subMajor & 63)
        }
    }

    mutating func remove(_ id: EntityID) -> Bool {
        guard let block = blockOf.removeValue(forKey: id) else { return false }
        return tables[Int(block)].remove(id)
    }

    /// The block for `key`, made when new.
    private mutating func block(key: Int) -> Int {
        if let block = blockOfKey[key] { return Int(block) }
        blockOfKey[key] = Int32(tables.count)
        tables.append(CitizenTable())
        summaries.append(CitizenBlockSummary())
        bits.append(contentsOf: repeatElement(0, count: layout.words))
        return tables.count - 1
    }

    /// Grid cell and rule class of a citizen: whether they can take a fleksjob, and buckets of
    /// their target hours and their commute limit. Most pairs fail a hard rule, so a block of
    /// one class is often excluded whole: by kind for fleksjob openings, by hours for openings
    /// asking many, by commute for places beyond its limit.
    private func key(_ citizen: CitizenFeatures) -> Int {
        let flexJob = citizen.status == .flexJobApproved && citizen.acceptedKinds.contains(.flexJob) ? 1 : 0
        let target = CitizenBlocks.targetBuckets.firstIndex { citizen.hours.target < $0 } ?? CitizenBlocks.targetBuckets.count
        let commute = CitizenBlocks.commuteBuckets.firstIndex { citizen.maxCommuteKm <= $0 } ?? CitizenBlocks.commuteBuckets.count
        return CitizenBlocks.cellKey(lat: citizen.location.lat, lon: citizen.location.lon) << 8 | flexJob << 6 | target << 3 | commute
    }

    /// Upper ends (exclusive) of the target-hours buckets.
    static let targetBuckets = [10.0, 16, 24]
    /// Upper ends (inclusive) of the commute-limit buckets, km.
    static let commuteBuckets = [10.0, 20, 35]

    /// The grid cell of a place, as a non-negative integer.
    static func cellKey(lat: Double, lon: Double) -> Int {
        let row = Int((lat / cellLat).rounded(.down)) & 0xFFFF
        let column = Int((lon / cellLon).rounded(.down)) & 0xFFFF
        return row << 16 | column
    }
}

/// Where each part of a block's bit words starts, and the dense ISCO groups of occupations.
struct CitizenBlockLayout: Sendable {
    let related: Int, goals: Int, units: Int, subMajors: Int, words: Int
    /// Dense index of each occupation's ISCO unit group.
    let unitOf: [Int]
    /// Each occupation's ISCO sub-major group (the unit group's first two digits, 0–99).
    let subMajorOf: [Int]

    init(taxonomy: Taxonomy) {
        var units: [Int: Int] = [:]
        unitOf = taxonomy.occupationIsco.map { isco in
            if let unit = units[isco] { return unit }
            units[isco] = units.count
            return units.count - 1
        }
        subMajorOf = taxonomy.occupationIsco.map { $0 / 100 }
        let competencyWords = (taxonomy.competencyCount + 63) / 64
        related = competencyWords
        goals = related + competencyWords
        self.units = goals + (taxonomy.occupationIsco.count + 63) / 64
        subMajors = self.units + (units.count + 63) / 64
        words = subMajors + 2
    }
}

/// Bounds over every citizen ever placed in a block.
struct CitizenBlockSummary: Sendable {
    var box = BlockBox()
    var maxCommute = 0.0
    var maxCurrent = 0.0
    var maxTarget = -Double.infinity
    /// Union of accepted kinds.
    var kinds: UInt8 = 0
    /// Whether a member is fleksjob-approved and accepts a fleksjob.
    var anyFlexJobReady = false
    var anyVisible = false
    var anyWithoutGoals = false

    mutating func include(_ citizen: CitizenFeatures) {
        box.include(lat: citizen.location.lat, lon: citizen.location.lon, cosLat: citizen.location.cosLat)
        maxCommute = max(maxCommute, citizen.maxCommuteKm)
        maxCurrent = max(maxCurrent, citizen.hours.current)
        maxTarget = max(maxTarget, citizen.hours.target)
        kinds |= citizen.acceptedKinds.rawValue
        anyFlexJobReady = anyFlexJobReady || (citizen.status == .flexJobApproved && citizen.acceptedKinds.contains(.flexJob))
        anyVisible = anyVisible || citizen.visibleToCompanies
        anyWithoutGoals = anyWithoutGoals || citizen.jobGoals.isEmpty
    }
}

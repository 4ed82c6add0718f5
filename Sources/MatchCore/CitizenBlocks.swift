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
    /// Rows of each block's table (`tables[b].ids.count`), kept apart so a ranking sizes its
    /// scan without reading every table it passes over.
    var rowCounts: [Int32] = []
    var summaries: [CitizenBlockSummary] = []
    /// Per block, `words` words: competencies held by a member, then competencies related to one
    /// held, then members' goal occupations, then their goals' ISCO unit groups (dense), then
    /// their goals' ISCO sub-major groups (bit = the group's two digits).
    var bits: [UInt64] = []
    let layout: CitizenBlockLayout
    var blockOf: [EntityID: Int32] = [:]
    var blockOfKey: [Int: Int32] = [:]
    /// The grid cells that hold blocks, so a ranking passes over the far ones in one test.
    var cells: [CitizenCell] = []
    var cellOfBlock: [Int32] = []
    var cellOfKey: [Int: Int32] = [:]

    init(taxonomy: Taxonomy) {
        layout = CitizenBlockLayout(taxonomy: taxonomy)
    }

    var count: Int { blockOf.count }

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
        rowCounts[block] = Int32(tables[block].ids.count)
        let base = block * layout.words
        let words = layout.words
        let layout = layout
        bits.withUnsafeMutableBufferPointer { bits in
            CitizenBlocks.include(
                citizen, layout: layout, relation: taxonomy.relatedCompetencies,
                summary: &summaries[block], bits: .init(rebasing: bits[base..<base + words]))
        }
        cells[Int(cellOfBlock[block])].include(summaries[block])
    }

    /// Inserts or replaces many citizens (not yet normalized), ending as `upsert` of each in
    /// order would. Citizens new to the index are counted per block first, so each block's
    /// table grows once, and then appended in batch order (memory read front to back) by two
    /// parts, each owning about half the rows' blocks; a citizen already held or repeated in the
    /// batch is then upserted on its own, in batch order.
    mutating func upsert(contentsOf batch: [CitizenFeatures], taxonomy: Taxonomy) {
        var blockOfMember = [Int32](repeating: -1, count: batch.count)
        var repeated: [Int] = []
        var counts = [Int](repeating: 0, count: tables.count)
        blockOf.reserveCapacity(blockOf.count + batch.count)
        var lastKey = -1
        var lastBlock = 0
        for (member, citizen) in batch.enumerated() {
            let key = key(citizen)
            if key != lastKey {
                lastBlock = block(key: key)
                lastKey = key
                if counts.count < tables.count { counts.append(0) }
            }
            if let old = blockOf.updateValue(Int32(lastBlock), forKey: citizen.id) {
                blockOf[citizen.id] = old
                repeated.append(member)
            } else {
                blockOfMember[member] = Int32(lastBlock)
                counts[lastBlock] += 1
            }
        }
        // The blocks that grow, taken out of `tables` while they are filled; each part owns
        // consecutive blocks holding about an equal share of the new rows.
        let touched = tables.indices.filter { counts[$0] > 0 }
        var positionOf = [Int](repeating: -1, count: tables.count)
        var partOf = [Int](repeating: 0, count: tables.count)
        var rows = 0
        let total = batch.count - repeated.count
        var work = touched.enumerated().map { position, block in
            positionOf[block] = position
            partOf[block] = min(rows * ParallelScan.parts / max(total, 1), ParallelScan.parts - 1)
            rows += counts[block]
            var table = CitizenTable()
            swap(&table, &tables[block])
            table.reserve(adding: counts[block])
            return table
        }
        let layout = layout
        let relation = taxonomy.relatedCompetencies
        let words = layout.words
        work.withUnsafeMutableBufferPointer { work in
            summaries.withUnsafeMutableBufferPointer { summaries in
                bits.withUnsafeMutableBufferPointer { bits in
                    // The parts write disjoint elements and are joined before the buffers are released.
                    nonisolated(unsafe) let work = work
                    nonisolated(unsafe) let summaries = summaries
                    nonisolated(unsafe) let bits = bits
                    _ = ParallelScan.run(parts: total >= ParallelScan.splitRows ? ParallelScan.parts : 1) {
                        [blockOfMember, positionOf, partOf] part, parts in
                        for (member, block) in blockOfMember.enumerated() {
                            guard block >= 0, parts == 1 || partOf[Int(block)] == part else { continue }
                            let citizen = batch[member].normalized()
                            let block = Int(block)
                            work[positionOf[block]].append(citizen, taxonomy: taxonomy)
                            CitizenBlocks.include(
                                citizen, layout: layout, relation: relation, summary: &summaries[block],
                                bits: .init(rebasing: bits[block * words..<(block + 1) * words]))
                        }
                    }
                }
            }
        }
        for (position, block) in touched.enumerated() {
            swap(&work[position], &tables[block])
            rowCounts[block] = Int32(tables[block].ids.count)
            cells[Int(cellOfBlock[block])].include(summaries[block])
        }
        for member in repeated { upsert(batch[member].normalized(), taxonomy: taxonomy) }
    }

    /// Widens a block's summary and bit words (`bits`, the block's own) to hold `citizen`.
    private static func include(
        _ citizen: CitizenFeatures, layout: CitizenBlockLayout, relation: CompetencyRelation,
        summary: inout CitizenBlockSummary, bits: UnsafeMutableBufferPointer<UInt64>
    ) {
        summary.include(citizen)
        for held in citizen.competencies {
            bits[held.competency >> 6] |= 1 << UInt64(held.competency & 63)
            for (word, row) in relation.row(held.competency).enumerated() { bits[layout.related + word] |= row }
        }
        for goal in citizen.jobGoals {
            bits[layout.goals + goal >> 6] |= 1 << UInt64(goal & 63)
            let unit = layout.unitOf[goal]
            bits[layout.units + unit >> 6] |= 1 << UInt64(unit & 63)
            let subMajor = layout.subMajorOf[goal]
            bits[layout.subMajors + subMajor >> 6] |= 1 << UInt64(subMajor & 63)
        }
    }

    mutating func remove(_ id: EntityID) -> Bool {
        guard let block = blockOf.removeValue(forKey: id) else { return false }
        return tables[Int(block)].remove(id)
    }

    /// The block for `key`, made when new.
    private mutating func block(key: Int) -> Int {
        if let block = blockOfKey[key] { return Int(block) }
        let block = tables.count
        blockOfKey[key] = Int32(block)
        let cell = cellOfKey[key >> 8] ?? Int32(cells.count)
        if cell == cells.count {
            cellOfKey[key >> 8] = cell
            cells.append(CitizenCell())
        }
        cells[Int(cell)].blocks.append(Int32(block))
        cells[Int(cell)].ruleClasses.append(UInt8(key & 0xFF))
        cellOfBlock.append(cell)
        tables.append(CitizenTable())
        rowCounts.append(0)
        summaries.append(CitizenBlockSummary())
        bits.append(contentsOf: repeatElement(0, count: layout.words))
        return block
    }

    /// Grid cell and rule class of a citizen: whether they can take a fleksjob (`flexJobClass`),
    /// and buckets of their target hours (bits 3–5) and their commute limit (bits 0–2); the
    /// class is the key's low byte. Most pairs fail a hard rule, so a block of
    /// one class is often excluded whole: by kind for fleksjob openings, by hours for openings
    /// asking many, by commute for places beyond its limit.
    private func key(_ citizen: CitizenFeatures) -> Int {
        let flexJob = citizen.status == .flexJobApproved && citizen.acceptedKinds.contains(.flexJob) ? CitizenBlocks.flexJobClass : 0
        let target = CitizenBlocks.targetBuckets.firstIndex { citizen.hours.target < $0 } ?? CitizenBlocks.targetBuckets.count
        let commute = CitizenBlocks.commuteBuckets.firstIndex { citizen.maxCommuteKm <= $0 } ?? CitizenBlocks.commuteBuckets.count
        return CitizenBlocks.cellKey(lat: citizen.location.lat, lon: citizen.location.lon) << 8 | flexJob | target << 3 | commute
    }

    /// Rule-class bit of blocks whose members are fleksjob-approved and accept a fleksjob.
    static let flexJobClass = 1 << 6

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

/// The blocks of one grid cell, with the box of all their members and their longest commute:
/// when the cell's nearest point is beyond that commute, no member of any of its blocks can be
/// reached, so a ranking tests far cells rather than each of their blocks.
struct CitizenCell: Sendable {
    var box = BlockBox()
    var maxCommute = 0.0
    var blocks: [Int32] = []
    /// The rule class of each block of `blocks` (its key's low byte), so a ranking passes over
    /// the blocks whose class refuses every member without reading their summaries.
    var ruleClasses: [UInt8] = []

    /// Widens the cell to bound a block of it.
    mutating func include(_ summary: CitizenBlockSummary) {
        box.include(summary.box)
        maxCommute = max(maxCommute, summary.maxCommute)
    }
}

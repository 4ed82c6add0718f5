/// The index's openings and slots grouped into blocks by place (the grid of `CitizenBlocks`),
/// remote work in a block of its own, each block a `VacancyTable` with a summary bounding every
/// member: where they are, the kinds they offer and their smallest minimum hours. The ranker
/// skips a block beyond the citizen's commute, or whose members none can pass the hard rules.
/// Summaries only widen as members come and go, so they stay true bounds.
struct VacancyBlocks: Sendable {
    /// The key of the block of remote work.
    static let remoteKey = -1

    var tables: [VacancyTable] = []
    var summaries: [VacancyBlockSummary] = []
    var blockOf: [EntityID: Int32] = [:]
    var blockOfKey: [Int: Int32] = [:]

    var count: Int { blockOf.count }

    /// The block and row of an opening or slot, or nil.
    func locate(_ id: EntityID) -> (block: Int, row: Int)? {
        guard let block = blockOf[id].map(Int.init), let row = tables[block].rowOf[id] else { return nil }
        return (block, Int(row))
    }

    mutating func upsert(_ vacancy: VacancyFeatures, taxonomy: Taxonomy) {
        let key =
            vacancy.remote
            ? VacancyBlocks.remoteKey
            : CitizenBlocks.cellKey(lat: vacancy.location.lat, lon: vacancy.location.lon)
        let block: Int
        if let existing = blockOfKey[key] {
            block = Int(existing)
        } else {
            block = tables.count
            blockOfKey[key] = Int32(block)
            tables.append(VacancyTable())
            summaries.append(VacancyBlockSummary(remote: vacancy.remote))
        }
        if let old = blockOf.updateValue(Int32(block), forKey: vacancy.id), Int(old) != block {
            _ = tables[Int(old)].remove(vacancy.id)
        }
        tables[block].upsert(vacancy, taxonomy: taxonomy)
        summaries[block].include(vacancy)
    }

    mutating func remove(_ id: EntityID) -> Bool {
        guard let block = blockOf.removeValue(forKey: id) else { return false }
        return tables[Int(block)].remove(id)
    }
}

/// Bounds over every opening and slot ever placed in a block.
struct VacancyBlockSummary: Sendable {
    var box = BlockBox()
    /// Whether the block holds remote work (distance neither excludes nor scores).
    let remote: Bool
    /// Union of the kinds offered.
    var kinds: UInt8 = 0
    var minMinHours = Double.infinity

    init(remote: Bool) { self.remote = remote }

    mutating func include(_ vacancy: VacancyFeatures) {
        box.include(lat: vacancy.location.lat, lon: vacancy.location.lon, cosLat: vacancy.location.cosLat)
        kinds |= vacancy.kind.bit
        minMinHours = min(minMinHours, vacancy.hours.min)
    }
}

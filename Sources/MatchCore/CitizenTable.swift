/// The citizens of the index as a struct of arrays: one row per citizen, fixed-size fields in
/// parallel arrays and variable-length lists in shared arenas, so a ranking scan reads only the
/// bytes it needs. Rows of removed citizens are reused.
struct CitizenTable: Sendable {
    var ids: [EntityID] = []
    /// Per row, the fields read for most scanned rows: place, hours, liveness, visibility,
    /// fleksjob approval, accepted kinds, needs and the competency and goal-group signatures.
    var rules: [CitizenRules] = []
    var status: [CitizenStatus] = []
    var municipality: [UInt16] = []
    var sharedNeeds: [UInt64] = []
    /// Rows by goal group, so a ranking can read only the rows whose goals may fit: list `b`
    /// (0–63) holds rows written with a goal whose `CitizenRules.goalGroupSignature` bit is `b`, list 64 rows
    /// written without goals. Lists keep rows rewritten since (the scan checks the row's current
    /// goals) but hold a row at most once, as `listedGroups` records.
    var goalGroupRows = [[Int32]](repeating: [], count: 65)
    /// Per row, the lists of `goalGroupRows` it is in (bit 64 as `listedWithoutGoals`).
    var listedGroups: [UInt64] = []
    var listedWithoutGoals: [Bool] = []
    /// Competencies: arena entries `competency << 2 | level`.
    var competencies = Arena()
    /// Job goals: arena entries are occupation indexes.
    var goals = Arena()
    var rowOf: [EntityID: Int32] = [:]
    var freeRows: [Int32] = []

    /// Inserts a normalized citizen (competencies sorted, each once) or rewrites their row.
    mutating func upsert(_ citizen: CitizenFeatures, taxonomy: Taxonomy) {
        if let existing = rowOf[citizen.id] {
            write(citizen, at: Int(existing), taxonomy: taxonomy)
        } else if let free = freeRows.popLast() {
            rowOf[citizen.id] = free
            write(citizen, at: Int(free), taxonomy: taxonomy)
        } else {
            append(citizen, taxonomy: taxonomy)
        }
    }

    /// Reserves room for `rows` more rows, so a bulk load grows each column once (at least
    /// doubling, so many small batches still grow it geometrically).
    mutating func reserve(adding rows: Int) {
        guard ids.count + rows > ids.capacity else { return }
        let total = max(ids.count + rows, 2 * ids.count)
        ids.reserveCapacity(total)
        rules.reserveCapacity(total)
        status.reserveCapacity(total)
        municipality.reserveCapacity(total)
        sharedNeeds.reserveCapacity(total)
        listedGroups.reserveCapacity(total)
        listedWithoutGoals.reserveCapacity(total)
        competencies.reserve(rows: total)
        goals.reserve(rows: total)
        rowOf.reserveCapacity(total)
    }

    /// Adds a row at the end for a normalized citizen not in the table.
    mutating func append(_ citizen: CitizenFeatures, taxonomy: Taxonomy) {
        let row = ids.count
        rowOf[citizen.id] = Int32(row)
        ids.append(citizen.id)
        rules.append(CitizenRules())
        status.append(citizen.status)
        municipality.append(0)
        sharedNeeds.append(0)
        listedGroups.append(0)
        listedWithoutGoals.append(false)
        competencies.appendEmptyRow()
        goals.appendEmptyRow()
        write(citizen, at: row, taxonomy: taxonomy)
    }

    /// Writes a normalized citizen's fields into `row`.
    private mutating func write(_ citizen: CitizenFeatures, at row: Int, taxonomy: Taxonomy) {
        ids[row] = citizen.id
        rules[row] = CitizenRules(citizen, taxonomy: taxonomy)
        status[row] = citizen.status
        municipality[row] = citizen.municipality?.rawValue ?? 0
        sharedNeeds[row] = citizen.needs.reduce(0) { $1.shared ? $0 | 1 << UInt64($1.need) : $0 }
        let groups = rules[row].goalGroupSignature
        if citizen.jobGoals.isEmpty && !listedWithoutGoals[row] {
            goalGroupRows[64].append(Int32(row))
            listedWithoutGoals[row] = true
        }
        var unlisted = groups & ~listedGroups[row]
        listedGroups[row] |= groups
        while unlisted != 0 {
            goalGroupRows[unlisted.trailingZeroBitCount].append(Int32(row))
            unlisted &= unlisted - 1
        }
        // Normalized competencies are sorted by competency, so the entries are sorted too.
        competencies.set(row: row, citizen.competencies.lazy.map { UInt32($0.competency) << 2 | UInt32($0.level) })
        goals.set(row: row, citizen.jobGoals.lazy.map { UInt32($0) })
    }

    mutating func remove(_ id: EntityID) -> Bool {
        guard let row = rowOf.removeValue(forKey: id) else { return false }
        rules[Int(row)].gate = 0
        competencies.set(row: Int(row), [])
        goals.set(row: Int(row), [])
        freeRows.append(row)
        return true
    }

    func features(row: Int) -> CitizenFeatures {
        let rules = rules[row]
        var needs: [AccommodationNeed] = []
        for bit in 0..<Taxonomy.maxNeeds {
            let mask: UInt64 = 1 << UInt64(bit)
            let required = rules.requiredNeeds & mask != 0
            if required || rules.preferredNeeds & mask != 0 {
                needs.append(AccommodationNeed(need: bit, required: required, shared: sharedNeeds[row] & mask != 0))
            }
        }
        return CitizenFeatures(
            id: ids[row], status: status[row], hours: CitizenHours(current: rules.current, target: rules.target),
            competencies: competencies.entries(row: row).map { HeldCompetency(competency: Int($0 >> 2), level: Int($0 & 3)) },
            jobGoals: goals.entries(row: row).map { Int($0) }, needs: needs,
            acceptedKinds: KindSet(rawKinds: rules.kinds),
            location: GeoPoint(lat: rules.lat, lon: rules.lon), maxCommuteKm: rules.maxCommute,
            visibleToCompanies: rules.gate & CitizenRules.visible != 0, municipality: MunicipalityCode(rawValue: municipality[row]))
    }
}

extension KindSet {
    /// Recreates a set from its mask.
    init(rawKinds: UInt8) {
        self.init(EmploymentKind.allCases.filter { rawKinds & $0.bit != 0 })
    }
}

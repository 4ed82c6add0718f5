/// The openings and slots of the index as a struct of arrays (see `CitizenTable`).
struct VacancyTable: Sendable {
    var ids: [EntityID] = []
    var companyIds: [EntityID] = []
    var alive: [Bool] = []
    var source: [VacancySource] = []
    var kind: [EmploymentKind] = []
    var isOpen: [Bool] = []
    /// Capacity of a slot, -1 for an opening.
    var capacity: [Int32] = []
    var occupied: [Int32] = []
    var minHours: [Double] = []
    var maxHours: [Double] = []
    /// Occupation index, -1 when none.
    var occupation: [Int32] = []
    var lat: [Double] = []
    var lon: [Double] = []
    var cosLat: [Double] = []
    var remote: [Bool] = []
    var satisfiedNeeds: [UInt64] = []
    var conflictingNeeds: [UInt64] = []
    /// Requirements: arena entries `competency << 3 | essential << 2 | level`.
    var requirements = Arena()
    var offers = Arena()
    var demands = Arena()
    var rowOf: [EntityID: Int32] = [:]
    var freeRows: [Int32] = []

    func isAvailable(row: Int) -> Bool {
        alive[row] && isOpen[row] && (capacity[row] < 0 || occupied[row] < capacity[row])
    }

    mutating func upsert(_ vacancy: VacancyFeatures, taxonomy: Taxonomy) {
        let row: Int
        if let existing = rowOf[vacancy.id] {
            row = Int(existing)
        } else if let free = freeRows.popLast() {
            row = Int(free)
            rowOf[vacancy.id] = free
        } else {
            row = ids.count
            rowOf[vacancy.id] = Int32(row)
            ids.append(vacancy.id)
            companyIds.append(vacancy.companyId)
            alive.append(false)
            source.append(vacancy.source)
            kind.append(vacancy.kind)
            isOpen.append(false)
            capacity.append(-1)
            occupied.append(0)
            minHours.append(0)
            maxHours.append(0)
            occupation.append(-1)
            lat.append(0)
            lon.append(0)
            cosLat.append(0)
            remote.append(false)
            satisfiedNeeds.append(0)
            conflictingNeeds.append(0)
            requirements.appendEmptyRow()
            offers.appendEmptyRow()
            demands.appendEmptyRow()
        }
        ids[row] = vacancy.id
        companyIds[row] = vacancy.companyId
        alive[row] = true
        source[row] = vacancy.source
        kind[row] = vacancy.kind
        isOpen[row] = vacancy.isOpen
        capacity[row] = vacancy.capacity.map { Int32($0) } ?? -1
        occupied[row] = Int32(vacancy.occupied)
        minHours[row] = vacancy.hours.min
        maxHours[row] = vacancy.hours.max
        occupation[row] = vacancy.occupation.map { Int32($0) } ?? -1
        lat[row] = vacancy.location.lat
        lon[row] = vacancy.location.lon
        cosLat[row] = vacancy.location.cosLat
        remote[row] = vacancy.remote
        satisfiedNeeds[row] = taxonomy.satisfiedNeeds(offers: vacancy.offers)
        conflictingNeeds[row] = taxonomy.conflictingNeeds(demands: vacancy.demands)
        requirements.set(
            row: row,
            vacancy.requirements.map {
                UInt32($0.competency) << 3 | ($0.essential ? 4 : 0) | UInt32($0.level)
            })
        offers.set(row: row, vacancy.offers.map { UInt32($0) })
        demands.set(row: row, vacancy.demands.map { UInt32($0) })
    }

    mutating func remove(_ id: EntityID) -> Bool {
        guard let row = rowOf.removeValue(forKey: id) else { return false }
        alive[Int(row)] = false
        requirements.set(row: Int(row), [])
        offers.set(row: Int(row), [])
        demands.set(row: Int(row), [])
        freeRows.append(row)
        return true
    }

    func features(row: Int) -> VacancyFeatures {
        VacancyFeatures(
            id: ids[row], companyId: companyIds[row], source: source[row], kind: kind[row], isOpen: isOpen[row],
            capacity: capacity[row] < 0 ? nil : Int(capacity[row]), occupied: Int(occupied[row]),
            hours: HoursBand(min: minHours[row], max: maxHours[row]),
            occupation: occupation[row] < 0 ? nil : Int(occupation[row]),
            requirements: requirements.entries(row: row).map {
                CompetencyRequirement(competency: Int($0 >> 3), level: Int($0 & 3), essential: $0 & 4 != 0)
            },
            offers: offers.entries(row: row).map { Int($0) }, demands: demands.entries(row: row).map { Int($0) },
            location: GeoPoint(lat: lat[row], lon: lon[row]), remote: remote[row])
    }
}

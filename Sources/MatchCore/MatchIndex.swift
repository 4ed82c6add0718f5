/// The live match index: compact features of every active citizen, opening and slot, ranked
/// in either direction. Both sides are held in blocks by place (citizens also by rule class:
/// fleksjob-ready, target hours, commute limit), each with a summary bounding its members; a
/// ranking skips the blocks whose members cannot pass the hard rules or whose best possible
/// score cannot enter it, scans the rest best bound first (on both cores when there is much to
/// scan), applies the hard rules row by row and scores only what passes. Citizens and vacancies
/// are inserted, updated and removed one at a time, without a rebuild. A value type: the daemon
/// keeps one behind a lock and swaps in updates.
public struct MatchIndex: Sendable {
    /// Scores pairs with explanations; the scans compute the same scores through `ScoreRules`.
    public let scorer: Scorer
    var citizens: CitizenBlocks
    var vacancies = VacancyBlocks()

    /// Creates an empty index.
    public init(taxonomy: Taxonomy, profile: ScoringProfile = .standard) {
        scorer = Scorer(taxonomy: taxonomy, profile: profile)
        citizens = CitizenBlocks(taxonomy: taxonomy)
    }

    /// The taxonomy features are coded against.
    public var taxonomy: Taxonomy { scorer.taxonomy }

    /// Number of citizens held.
    public var citizenCount: Int { citizens.count }

    /// Number of openings and slots held.
    public var vacancyCount: Int { vacancies.count }

    // MARK: - Changes

    /// Inserts a citizen or replaces the one with the same id.
    public mutating func upsert(_ citizen: CitizenFeatures) {
        citizens.upsert(citizen.normalized(), taxonomy: taxonomy)
    }

    /// Inserts or replaces many citizens, ending as `upsert` of each in order would, but much
    /// faster for a large batch: the citizens new to the index are grouped into their blocks
    /// once and the blocks filled on both cores. The daemon loads its index this way.
    public mutating func upsert(contentsOf batch: [CitizenFeatures]) {
        citizens.upsert(contentsOf: batch, taxonomy: taxonomy)
    }

    /// Inserts an opening or slot or replaces the one with the same id.
    public mutating func upsert(_ vacancy: VacancyFeatures) {
        vacancies.upsert(vacancy.normalized(), taxonomy: taxonomy)
    }

    /// Removes a citizen; false when unknown.
    @discardableResult
    public mutating func removeCitizen(_ id: EntityID) -> Bool {
        citizens.remove(id)
    }

    /// Removes an opening or slot; false when unknown.
    @discardableResult
    public mutating func removeVacancy(_ id: EntityID) -> Bool {
        vacancies.remove(id)
    }

    // MARK: - Reads

    /// The citizen's features as held, or nil.
    public func citizen(_ id: EntityID) -> CitizenFeatures? {
        citizens.locate(id).map { citizens.tables[$0.block].features(row: $0.row) }
    }

    /// The opening's or slot's features as held, or nil.
    public func vacancy(_ id: EntityID) -> VacancyFeatures? {
        vacancies.locate(id).map { vacancies.tables[$0.block].features(row: $0.row) }
    }

    /// Scores one pair; nil when either is unknown.
    public func evaluate(citizen citizenId: EntityID, vacancy vacancyId: EntityID) -> MatchOutcome? {
        guard let citizen = citizen(citizenId), let vacancy = vacancy(vacancyId) else { return nil }
        return scorer.evaluate(citizen: citizen, vacancy: vacancy)
    }

    /// The best citizens for an opening or slot, best first, explained; nil when the vacancy is unknown.
    public func topCitizens(for vacancyId: EntityID, query: MatchQuery) -> [MatchExplanation]? {
        guard let location = vacancies.locate(vacancyId) else { return nil }
        let table = vacancies.tables[location.block]
        let vacancyRow = location.row
        guard table.isAvailable(row: vacancyRow),
            query.kinds.map({ $0.contains(table.kind[vacancyRow]) }) ?? true,
            query.source.map({ $0 == table.source[vacancyRow] }) ?? true
        else { return [] }
        let vacancy = table.features(row: vacancyRow)
        return rankCitizens(probe: table, row: vacancyRow, query: query).compactMap { entry in
            explain(scorer.evaluate(citizen: citizen(at: entry), vacancy: vacancy))
        }
    }

    /// The best openings and slots for a citizen, best first, explained; nil when the citizen is unknown.
    public func topVacancies(for citizenId: EntityID, query: MatchQuery) -> [MatchExplanation]? {
        guard let location = citizens.locate(citizenId) else { return nil }
        let table = citizens.tables[location.block]
        let citizenRow = location.row
        let citizen = table.features(row: citizenRow)
        return rankVacancies(probe: table, row: citizenRow, query: query).compactMap { entry in
            explain(scorer.evaluate(citizen: citizen, vacancy: vacancy(at: entry)))
        }
    }

    /// The best citizens for an opening or slot that need not be in the index (its state about
    /// to be written, say), explained.
    public func topCitizens(forProbe vacancy: VacancyFeatures, query: MatchQuery) -> [MatchExplanation] {
        let vacancy = vacancy.normalized()
        guard vacancy.isAvailable, query.kinds.map({ $0.contains(vacancy.kind) }) ?? true else { return [] }
        var probe = VacancyTable()
        probe.upsert(vacancy, taxonomy: taxonomy)
        return rankCitizens(probe: probe, row: 0, query: query).compactMap { entry in
            explain(scorer.evaluate(citizen: citizen(at: entry), vacancy: vacancy))
        }
    }

    /// The best openings and slots for a citizen who need not be in the index, explained.
    public func topVacancies(forProbe citizen: CitizenFeatures, query: MatchQuery) -> [MatchExplanation] {
        var probe = CitizenTable()
        probe.upsert(citizen.normalized(), taxonomy: taxonomy)
        let citizen = probe.features(row: 0)
        return rankVacancies(probe: probe, row: 0, query: query).compactMap { entry in
            explain(scorer.evaluate(citizen: citizen, vacancy: vacancy(at: entry)))
        }
    }

    private func explain(_ outcome: MatchOutcome) -> MatchExplanation? {
        if case .match(let explanation) = outcome { return explanation }
        return nil
    }

    private func citizen(at entry: TopK.Entry) -> CitizenFeatures {
        citizens.tables[Int(entry.block)].features(row: Int(entry.row))
    }

    private func vacancy(at entry: TopK.Entry) -> VacancyFeatures {
        vacancies.tables[Int(entry.block)].features(row: Int(entry.row))
    }

    // MARK: - Scans

    /// Ranks every citizen for the vacancy in row `v` of `vacancies` (a block of the index or a
    /// one-row probe): the blocks of the cells within reach that may hold a match, best bound
    /// first, each skipped once its bound is below the ranking's threshold.
    func rankCitizens(probe vacancies: VacancyTable, row v: Int, query: MatchQuery) -> [TopK.Entry] {
        let scan = CitizenScan(
            taxonomy: taxonomy, profile: scorer.profile, layout: citizens.layout,
            vacancies: vacancies, row: v, query: query)
        let words = citizens.layout.words
        let tops = citizens.tables.withUnsafeBufferPointer { tables in
            var candidates: [(bound: Double, withoutFit: Double, block: Int)] = []
            var rows = 0
            citizens.bits.withUnsafeBufferPointer { bits in
                for cell in citizens.cells {
                    guard let cellKm = scan.reach(cell) else { continue }
                    for (block, ruleClass) in zip(cell.blocks.lazy.map(Int.init), cell.ruleClasses)
                    where scan.admits(ruleClass: ruleClass, cellKm: cellKm) {
                        let summary = UnsafeBufferPointer(rebasing: bits[block * words..<(block + 1) * words])
                        guard let bound = scan.bound(citizens.summaries[block], bits: summary) else { continue }
                        candidates.append((bound.any, bound.withoutFit, block))
                        rows += Int(citizens.rowCounts[block])
                    }
                }
            }
            let ordered = candidates.sorted { $0.bound > $1.bound }
            // Mutable only to pass a table `inout`, by address; the scan never writes it.
            nonisolated(unsafe) let tables = UnsafeMutableBufferPointer(mutating: tables)
            return ParallelScan.run(parts: rows >= ParallelScan.splitRows ? ParallelScan.parts : 1) { part, parts in
                var top = TopK(k: query.limit)
                for index in stride(from: part, to: ordered.count, by: parts) {
                    let candidate = ordered[index]
                    if candidate.bound < top.threshold { break }
                    scan.scan(
                        &tables[candidate.block], block: Int32(candidate.block),
                        withoutFit: candidate.withoutFit, into: &top)
                }
                return top
            }
        }
        return TopK.merged(tops, k: query.limit)
    }

    /// Ranks every opening and slot for the citizen in row `c` of `citizens` (a block of the
    /// index or a one-row probe), like `rankCitizens`.
    func rankVacancies(probe citizens: CitizenTable, row c: Int, query: MatchQuery) -> [TopK.Entry] {
        let scan = VacancyScan(taxonomy: taxonomy, profile: scorer.profile, citizens: citizens, row: c, query: query)
        let tops = vacancies.tables.withUnsafeBufferPointer { tables in
            var candidates: [(bound: Double, block: Int)] = []
            var rows = 0
            for block in tables.indices {
                guard let bound = scan.bound(vacancies.summaries[block]) else { continue }
                candidates.append((bound, block))
                rows += (tables.baseAddress! + block).pointee.ids.count
            }
            let ordered = candidates.sorted { $0.bound > $1.bound }
            // Mutable only to pass a table `inout`, by address; the scan never writes it.
            nonisolated(unsafe) let tables = UnsafeMutableBufferPointer(mutating: tables)
            return ParallelScan.run(parts: rows >= ParallelScan.splitRows ? ParallelScan.parts : 1) { part, parts in
                var top = TopK(k: query.limit)
                for index in stride(from: part, to: ordered.count, by: parts) {
                    let candidate = ordered[index]
                    if candidate.bound < top.threshold { break }
                    scan.scan(&tables[candidate.block], block: Int32(candidate.block), into: &top)
                }
                return top
            }
        }
        return TopK.merged(tops, k: query.limit)
    }
}

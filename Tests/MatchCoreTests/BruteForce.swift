import MatchCore

/// The rankings the index must return, computed the slow way: every pair through `Scorer`, the
/// query's filters applied to the explanations, best first, ties by id.
struct BruteForce {
    let scorer: Scorer

    /// The best citizens for `vacancy` under `query`.
    func citizens(
        _ citizens: some Collection<CitizenFeatures>, for vacancy: VacancyFeatures,
        query: MatchQuery
    ) -> [MatchExplanation] {
        guard query.kinds.map({ $0.contains(vacancy.kind) }) ?? true,
            query.source.map({ $0 == vacancy.source }) ?? true
        else { return [] }
        let matches = citizens.compactMap { citizen -> MatchExplanation? in
            if query.onlyVisibleCitizens && !citizen.visibleToCompanies { return nil }
            if let municipality = query.municipality, citizen.municipality != municipality { return nil }
            return admitted(scorer.evaluate(citizen: citizen, vacancy: vacancy), query)
        }
        return Array(
            matches.sorted { $0.score != $1.score ? $0.score > $1.score : $0.citizenId < $1.citizenId }
                .prefix(query.limit))
    }

    /// The best openings and slots for `citizen` under `query`.
    func vacancies(
        _ vacancies: some Collection<VacancyFeatures>, for citizen: CitizenFeatures,
        query: MatchQuery
    ) -> [MatchExplanation] {
        let matches = vacancies.compactMap { vacancy -> MatchExplanation? in
            if let kinds = query.kinds, !kinds.contains(vacancy.kind) { return nil }
            if let source = query.source, vacancy.source != source { return nil }
            return admitted(scorer.evaluate(citizen: citizen, vacancy: vacancy), query)
        }
        return Array(
            matches.sorted { $0.score != $1.score ? $0.score > $1.score : $0.vacancyId < $1.vacancyId }
                .prefix(query.limit))
    }

    private func admitted(_ outcome: MatchOutcome, _ query: MatchQuery) -> MatchExplanation? {
        guard case .match(let explanation) = outcome, explanation.score >= query.minScore,
            explanation.distanceKm.map({ $0 <= (query.maxKm ?? .infinity) }) ?? true
        else { return nil }
        return explanation
    }
}

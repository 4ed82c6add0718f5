import MatchCore

/// The taxonomy's search indexes, built once at start: competencies and occupations, each in
/// Danish and English (labels and synonyms of that language). A competency is the more common
/// the more occupations list it; occupations keep the catalogue's order within a rank.
struct TaxonomySearch: Sendable {
    let competenciesDa: TermSearch
    let competenciesEn: TermSearch
    let occupationsDa: TermSearch
    let occupationsEn: TermSearch

    init(_ source: TaxonomySource) {
        var listed: [String: Int] = [:]
        for occupation in source.occupations.occupations {
            for code in occupation.competencies { listed[code, default: 0] += 1 }
        }
        let competencies = source.competencies.competencies
        competenciesDa = TermSearch(competencies.map { .init(texts: [$0.da] + $0.synonymsDa, weight: listed[$0.code] ?? 0) })
        competenciesEn = TermSearch(competencies.map { .init(texts: [$0.en] + $0.synonymsEn, weight: listed[$0.code] ?? 0) })
        let occupations = source.occupations.occupations
        occupationsDa = TermSearch(occupations.map { .init(texts: [$0.da] + $0.synonymsDa, weight: 0) })
        occupationsEn = TermSearch(occupations.map { .init(texts: [$0.en] + $0.synonymsEn, weight: 0) })
    }
}

import MatchCore

/// The taxonomy's search and extraction indexes, built once at start: competencies and
/// occupations, each in Danish and English (labels and synonyms of that language). A competency
/// is the more common the more occupations list it; occupations keep the catalogue's order
/// within a rank.
struct TaxonomySearch: Sendable {
    let competenciesDa: TermSearch
    let competenciesEn: TermSearch
    let occupationsDa: TermSearch
    let occupationsEn: TermSearch
    let competencyExtractorDa: TermExtractor
    let competencyExtractorEn: TermExtractor
    let occupationExtractorDa: TermExtractor
    let occupationExtractorEn: TermExtractor

    init(_ source: TaxonomySource) {
        var listed: [String: Int] = [:]
        for occupation in source.occupations.occupations {
            for code in occupation.competencies { listed[code, default: 0] += 1 }
        }
        let competencies = source.competencies.competencies
        let competencyDa = competencies.map { TermSearch.Entry(texts: [$0.da] + $0.synonymsDa, weight: listed[$0.code] ?? 0) }
        let competencyEn = competencies.map { TermSearch.Entry(texts: [$0.en] + $0.synonymsEn, weight: listed[$0.code] ?? 0) }
        let occupations = source.occupations.occupations
        let occupationDa = occupations.map { TermSearch.Entry(texts: [$0.da] + $0.synonymsDa, weight: 0) }
        let occupationEn = occupations.map { TermSearch.Entry(texts: [$0.en] + $0.synonymsEn, weight: 0) }
        competenciesDa = TermSearch(competencyDa)
        competenciesEn = TermSearch(competencyEn)
        occupationsDa = TermSearch(occupationDa)
        occupationsEn = TermSearch(occupationEn)
        competencyExtractorDa = TermExtractor(competencyDa)
        competencyExtractorEn = TermExtractor(competencyEn)
        occupationExtractorDa = TermExtractor(occupationDa)
        occupationExtractorEn = TermExtractor(occupationEn)
    }
}

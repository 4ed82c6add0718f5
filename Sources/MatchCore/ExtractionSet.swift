/// Short texts — CVs, job ads, a citizen's own words — each with the competency and occupation
/// codes a consultant would code for it, and how many of those extraction finds (#27).
public struct ExtractionSet: Codable, Sendable, Equatable {
    /// One text and its expected codes.
    public struct Case: Codable, Sendable, Equatable {
        /// The text's language: `da` or `en`.
        public var lang: String
        /// The text.
        public var text: String
        /// The competency codes expected.
        public var competencies: [String]
        /// The occupation codes expected.
        public var occupations: [String]

        /// Creates a case.
        public init(lang: String, text: String, competencies: [String], occupations: [String]) {
            self.lang = lang
            self.text = text
            self.competencies = competencies
            self.occupations = occupations
        }
    }

    /// The texts.
    public var cases: [Case]

    /// Creates a set.
    public init(cases: [Case]) { self.cases = cases }

    /// How extraction over a set did: codes expected, expected codes found, entries returned.
    public struct Score: Sendable, Equatable {
        /// Codes expected over all texts.
        public var expected: Int
        /// Expected codes among those returned.
        public var found: Int
        /// Entries returned (competencies and occupations, whatever their confidence).
        public var returned: Int

        /// The share of expected codes found, in per cent.
        public var recallPercent: Double { expected == 0 ? 0 : 100 * Double(found) / Double(expected) }
        /// Entries returned per code expected.
        public var entriesPerExpected: Double { expected == 0 ? 0 : Double(returned) / Double(expected) }
    }

    /// Extracts every text with extractors built from `source` as the API builds them (labels
    /// and synonyms of the text's language) and scores the codes returned against those expected.
    public func score(_ source: TaxonomySource) -> Score {
        let competencies = source.competencies.competencies
        let occupations = source.occupations.occupations
        let danish = (
            competencies: TermExtractor(competencies.map { .init(texts: [$0.da] + $0.synonymsDa, weight: 0) }),
            occupations: TermExtractor(occupations.map { .init(texts: [$0.da] + $0.synonymsDa, weight: 0) })
        )
        let english = (
            competencies: TermExtractor(competencies.map { .init(texts: [$0.en] + $0.synonymsEn, weight: 0) }),
            occupations: TermExtractor(occupations.map { .init(texts: [$0.en] + $0.synonymsEn, weight: 0) })
        )
        var score = Score(expected: 0, found: 0, returned: 0)
        for item in cases {
            let extractors = item.lang == "en" ? english : danish
            let competencyCodes = Set(extractors.competencies.extract(item.text).map { competencies[$0.entry].code })
            let occupationCodes = Set(extractors.occupations.extract(item.text).map { occupations[$0.entry].code })
            score.expected += item.competencies.count + item.occupations.count
            score.found += item.competencies.filter(competencyCodes.contains).count
            score.found += item.occupations.filter(occupationCodes.contains).count
            score.returned += competencyCodes.count + occupationCodes.count
        }
        return score
    }
}

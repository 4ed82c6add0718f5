/// Filters and size of a ranking request.
public struct MatchQuery: Hashable, Sendable {
    /// Most results to return, 1 or more.
    public var limit: Int
    /// Only matches scoring at least this.
    public var minScore: Double
    /// Only vacancies within this many km (remote work always passes).
    public var maxKm: Double?
    /// Only these employment kinds; nil for all.
    public var kinds: KindSet?
    /// Only openings or only slots; nil for both (citizen direction).
    public var source: VacancySource?
    /// Only citizens who chose to be visible to companies (the company view).
    public var onlyVisibleCitizens: Bool
    /// Only citizens of this municipality: a consultant's caseload.
    public var municipality: MunicipalityCode?

    /// Creates a query.
    public init(
        limit: Int = 20, minScore: Double = 0, maxKm: Double? = nil, kinds: KindSet? = nil,
        source: VacancySource? = nil, onlyVisibleCitizens: Bool = false, municipality: MunicipalityCode? = nil
    ) {
        self.limit = limit
        self.minScore = minScore
        self.maxKm = maxKm
        self.kinds = kinds
        self.source = source
        self.onlyVisibleCitizens = onlyVisibleCitizens
        self.municipality = municipality
    }
}

/// The taxonomy as it is stored in `Data/taxonomy/*.json`: plain Codable records, one type per
/// file. `Taxonomy` compiles these into the integer-coded form the engine scores with.
public struct TaxonomySource: Codable, Sendable, Equatable {
    /// `competencies.json`.
    public var competencies: CompetencyFile
    /// `occupations.json`.
    public var occupations: OccupationFile
    /// `accommodations.json`.
    public var accommodations: AccommodationFile
    /// `municipalities.json`.
    public var municipalities: [MunicipalityEntry]

    /// Creates a source from its four parts.
    public init(
        competencies: CompetencyFile, occupations: OccupationFile,
        accommodations: AccommodationFile, municipalities: [MunicipalityEntry]
    ) {
        self.competencies = competencies
        self.occupations = occupations
        self.accommodations = accommodations
        self.municipalities = municipalities
    }
}

/// `competencies.json`: the competency groups and the competencies in them.
public struct CompetencyFile: Codable, Sendable, Equatable {
    /// Groups of related competencies; holding one of a group earns partial credit for another.
    public var groups: [LabelEntry]
    /// Every competency, each in one group.
    public var competencies: [CompetencyEntry]

    /// Creates the file's content.
    public init(groups: [LabelEntry], competencies: [CompetencyEntry]) {
        self.groups = groups
        self.competencies = competencies
    }
}

/// A coded concept with a Danish and an English label (competency group, offer, demand).
public struct LabelEntry: Codable, Sendable, Equatable {
    /// Stable code used in the API.
    public var code: String
    /// Danish label.
    public var da: String
    /// English label.
    public var en: String

    /// Creates an entry.
    public init(code: String, da: String, en: String) {
        self.code = code
        self.da = da
        self.en = en
    }
}

/// One competency (kompetence): a skill or experience a citizen has or an opening asks for.
public struct CompetencyEntry: Codable, Sendable, Equatable {
    /// Stable code, `<group>.<slug>`.
    public var code: String
    /// Code of the group the competency belongs to.
    public var group: String
    /// Danish label.
    public var da: String
    /// English label.
    public var en: String
    /// Other Danish words for it, searched like the label.
    public var synonymsDa: [String]
    /// Other English words for it, searched like the label.
    public var synonymsEn: [String]
    /// ESCO skill URI, when one is established; never invented.
    public var escoUri: String?

    /// Creates an entry.
    public init(
        code: String, group: String, da: String, en: String,
        synonymsDa: [String] = [], synonymsEn: [String] = [], escoUri: String? = nil
    ) {
        self.code = code
        self.group = group
        self.da = da
        self.en = en
        self.synonymsDa = synonymsDa
        self.synonymsEn = synonymsEn
        self.escoUri = escoUri
    }
}

/// `occupations.json`.
public struct OccupationFile: Codable, Sendable, Equatable {
    /// Every occupation a citizen can name as a job goal or an opening can be for.
    public var occupations: [OccupationEntry]

    /// Creates the file's content.
    public init(occupations: [OccupationEntry]) {
        self.occupations = occupations
    }
}

/// One occupation (stilling), placed in the ISCO-08/DISCO-08 classification.
public struct OccupationEntry: Codable, Sendable, Equatable {
    /// Stable code used in the API (a slug).
    public var code: String
    /// ISCO-08 unit group, four digits; its first digit is the major group.
    public var iscoGroup: String
    /// Danish label.
    public var da: String
    /// English label.
    public var en: String
    /// Other Danish words for it.
    public var synonymsDa: [String]
    /// Other English words for it.
    public var synonymsEn: [String]
    /// ESCO occupation URI, when one is established; never invented.
    public var escoUri: String?
    /// Competency codes typical of the occupation.
    public var competencies: [String]

    /// Creates an entry.
    public init(
        code: String, iscoGroup: String, da: String, en: String, synonymsDa: [String] = [],
        synonymsEn: [String] = [], escoUri: String? = nil, competencies: [String] = []
    ) {
        self.code = code
        self.iscoGroup = iscoGroup
        self.da = da
        self.en = en
        self.synonymsDa = synonymsDa
        self.synonymsEn = synonymsEn
        self.escoUri = escoUri
        self.competencies = competencies
    }
}

/// `accommodations.json`: the catalogue of needs, offers and demands, with their relations.
public struct AccommodationFile: Codable, Sendable, Equatable {
    /// What a citizen may need at work (skånebehov).
    public var needs: [NeedEntry]
    /// What a workplace can provide.
    public var offers: [LabelEntry]
    /// What the work requires of the person doing it.
    public var demands: [LabelEntry]

    /// Creates the file's content.
    public init(needs: [NeedEntry], offers: [LabelEntry], demands: [LabelEntry]) {
        self.needs = needs
        self.offers = offers
        self.demands = demands
    }
}

/// One accommodation need with the offers that satisfy it and the demands that conflict with it.
public struct NeedEntry: Codable, Sendable, Equatable {
    /// Stable code used in the API.
    public var code: String
    /// Danish label.
    public var da: String
    /// English label.
    public var en: String
    /// Offer codes, any one of which satisfies the need.
    public var satisfiedBy: [String]
    /// Demand codes, any one of which conflicts with the need.
    public var conflictsWith: [String]

    /// Creates an entry.
    public init(code: String, da: String, en: String, satisfiedBy: [String], conflictsWith: [String]) {
        self.code = code
        self.da = da
        self.en = en
        self.satisfiedBy = satisfiedBy
        self.conflictsWith = conflictsWith
    }
}

/// A Danish municipality (kommune), with a reference point for distances.
public struct MunicipalityEntry: Codable, Sendable, Equatable {
    /// Official three-digit municipality code (kommunekode), e.g. 101.
    public var code: MunicipalityCode
    /// Name, e.g. "København".
    public var name: String
    /// Region name.
    public var region: String
    /// Latitude of the municipality's main town.
    public var lat: Double
    /// Longitude of the municipality's main town.
    public var lon: Double

    /// Creates an entry.
    public init(code: MunicipalityCode, name: String, region: String, lat: Double, lon: Double) {
        self.code = code
        self.name = name
        self.region = region
        self.lat = lat
        self.lon = lon
    }
}

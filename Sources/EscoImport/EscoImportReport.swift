import Profiles

/// A taxonomy entry without an ESCO URI whose English label matched, but which the importer did
/// not link because the match was not unambiguous. The importer never guesses; a curator
/// resolves these by setting `escoUri` by hand.
public struct EscoAmbiguity: Equatable, Sendable {
    /// Why the entry was not linked.
    public enum Reason: Equatable, Sendable {
        /// The label equals the preferred label of several ESCO concepts.
        case severalConcepts
        /// The one matching concept is already linked to, or also matched by, another entry.
        case sharedConcept
    }

    /// Code of the taxonomy entry.
    public var code: String
    /// The entry's English label that was matched.
    public var label: String
    /// URIs of the matching ESCO concepts, sorted.
    public var candidates: [String]
    /// Why the entry was not linked.
    public var reason: Reason

    /// Creates an ambiguity.
    public init(code: String, label: String, candidates: [String], reason: Reason) {
        self.code = code
        self.label = label
        self.candidates = candidates
        self.reason = reason
    }
}

/// What an ESCO merge did, so an operator can review the import before committing the new
/// taxonomy files. Lists hold taxonomy codes (or URIs) in taxonomy order unless noted; their
/// counts are the numbers to report.
public struct EscoImportReport: Equatable, Sendable, CustomStringConvertible {
    /// Existing competencies whose labels or synonyms changed (a newly set URI alone does not count).
    public var updatedCompetencies: [String]
    /// Competencies that got an ESCO URI by an exact English label match.
    public var linkedCompetencies: [String]
    /// Competencies added from ESCO skills (`EscoImportOptions.addSkillsToGroup`).
    public var addedCompetencies: [String]
    /// Competencies left unlinked because their label match was ambiguous.
    public var ambiguousCompetencies: [EscoAmbiguity]
    /// Competency URIs not among the release's released skills, sorted; those entries are untouched.
    public var unknownCompetencyUris: [String]
    /// Existing occupations whose labels, synonyms, ISCO group or competencies changed (a newly
    /// set URI alone does not count).
    public var updatedOccupations: [String]
    /// Occupations that got an ESCO URI by an exact English label match.
    public var linkedOccupations: [String]
    /// Occupations left unlinked because their label match was ambiguous.
    public var ambiguousOccupations: [EscoAmbiguity]
    /// Occupation URIs not among the release's released occupations, sorted; those entries are untouched.
    public var unknownOccupationUris: [String]
    /// URIs of release concepts skipped because their status is not `released`, sorted.
    public var skippedNotReleased: [String]

    /// Creates a report; everything defaults to empty.
    public init(
        updatedCompetencies: [String] = [], linkedCompetencies: [String] = [],
        addedCompetencies: [String] = [], ambiguousCompetencies: [EscoAmbiguity] = [],
        unknownCompetencyUris: [String] = [], updatedOccupations: [String] = [],
        linkedOccupations: [String] = [], ambiguousOccupations: [EscoAmbiguity] = [],
        unknownOccupationUris: [String] = [], skippedNotReleased: [String] = []
    ) {
        self.updatedCompetencies = updatedCompetencies
        self.linkedCompetencies = linkedCompetencies
        self.addedCompetencies = addedCompetencies
        self.ambiguousCompetencies = ambiguousCompetencies
        self.unknownCompetencyUris = unknownCompetencyUris
        self.updatedOccupations = updatedOccupations
        self.linkedOccupations = linkedOccupations
        self.ambiguousOccupations = ambiguousOccupations
        self.unknownOccupationUris = unknownOccupationUris
        self.skippedNotReleased = skippedNotReleased
    }

    /// A short multi-line summary: the counts, then each ambiguous label with its code.
    public var description: String {
        var lines = [
            "competencies: \(updatedCompetencies.count) updated, \(linkedCompetencies.count) linked, "
                + "\(addedCompetencies.count) added, \(ambiguousCompetencies.count) ambiguous, "
                + "\(unknownCompetencyUris.count) unknown URIs",
            "occupations: \(updatedOccupations.count) updated, \(linkedOccupations.count) linked, "
                + "\(ambiguousOccupations.count) ambiguous, \(unknownOccupationUris.count) unknown URIs",
            "skipped (not released): \(skippedNotReleased.count)",
        ]
        for ambiguity in ambiguousCompetencies + ambiguousOccupations {
            lines.append("ambiguous: \(ambiguity.code) \"\(ambiguity.label)\" (\(ambiguity.candidates.count) candidates)")
        }
        return lines.joined(separator: "\n")
    }
}

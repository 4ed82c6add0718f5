import Foundation
import MatchCore
import Profiles

/// Choices for an ESCO merge beyond the always-on relabelling and linking.
public struct EscoImportOptions: Equatable, Sendable {
    /// Extend each linked occupation's `competencies` with the taxonomy competencies ESCO lists
    /// as essential skills of that occupation.
    public var linkSkills: Bool
    /// When set, released ESCO skills of type `skill/competence` that the taxonomy lacks are
    /// added as competencies in this group (which must exist). Nil adds nothing.
    public var addSkillsToGroup: String?

    /// Creates options; by default nothing is linked or added beyond labels and URIs.
    public init(linkSkills: Bool = false, addSkillsToGroup: String? = nil) {
        self.linkSkills = linkSkills
        self.addSkillsToGroup = addSkillsToGroup
    }
}

/// Why an ESCO merge was refused; the taxonomy is left as it was.
public enum EscoImportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `addSkillsToGroup` names a group the taxonomy does not have.
    case unknownGroup(String)
    /// A competency to be added would get a code the taxonomy already uses for another entry.
    case duplicateCode(String)

    /// A sentence naming the problem.
    public var description: String {
        switch self {
        case .unknownGroup(let group): "competency group \"\(group)\" does not exist"
        case .duplicateCode(let code): "competency code \"\(code)\" is already used by an entry without that ESCO URI"
        }
    }
}

/// Merges an official ESCO release into matchd's taxonomy. ESCO is the authority for English
/// labels of linked entries; the curated Danish labels are kept and ESCO's Danish labels only
/// add search synonyms. Pure and deterministic, so merging the same release twice changes
/// nothing the second time.
public enum EscoImporter {
    /// Returns `source` with the release merged in, and what changed:
    /// - Competencies and occupations with an `escoUri` found in the release get `en` from the
    ///   English preferred label and `synonymsEn` from the English alternative labels (sorted,
    ///   deduplicated case-insensitively, without the label); Danish preferred and alternative
    ///   labels not yet among `da`/`synonymsDa` are appended to `synonymsDa`, sorted.
    /// - Entries without a URI get one when exactly one released concept's English preferred label
    ///   equals their English label case-insensitively and no other entry holds or matches it;
    ///   other matches are reported as ambiguous and left alone.
    /// - Linked occupations get ESCO's `iscoGroup` when it is four digits and, with
    ///   `options.linkSkills`, the codes of competencies whose URI is an essential skill of the
    ///   occupation appended (existing codes first, new ones in skill URI order, no duplicates).
    /// - With `options.addSkillsToGroup`, missing `skill/competence` skills are appended as
    ///   `<group>.esco-<last URI segment>` in URI order (skills that are candidates of an
    ///   ambiguous match are not added).
    /// - URIs not in the release are reported and their entries left untouched.
    public static func merge(
        release: EscoRelease, into source: TaxonomySource,
        options: EscoImportOptions = EscoImportOptions()
    )
        throws(EscoImportError) -> (TaxonomySource, EscoImportReport)
    {
        if let group = options.addSkillsToGroup, !source.competencies.groups.contains(where: { $0.code == group }) {
            throw .unknownGroup(group)
        }
        var report = EscoImportReport(skippedNotReleased: release.notReleased)

        let skillLabels = release.skills.mapValues(\.labels)
        var competencies = source.competencies.competencies
        let competencyLinks = link(&competencies, to: skillLabels)
        report.linkedCompetencies = competencyLinks.linked
        report.ambiguousCompetencies = competencyLinks.ambiguous
        report.unknownCompetencyUris = relabel(&competencies, from: skillLabels)
        report.updatedCompetencies = updatedCodes(before: source.competencies.competencies, after: competencies)
        if let group = options.addSkillsToGroup {
            let withheld = Set(competencyLinks.ambiguous.flatMap(\.candidates))
            report.addedCompetencies = try addSkills(of: release, to: &competencies, group: group, withholding: withheld)
        }

        let occupationLabels = release.occupations.mapValues(\.labels)
        var occupations = source.occupations.occupations
        let occupationLinks = link(&occupations, to: occupationLabels)
        report.linkedOccupations = occupationLinks.linked
        report.ambiguousOccupations = occupationLinks.ambiguous
        report.unknownOccupationUris = relabel(&occupations, from: occupationLabels)
        setIscoGroups(&occupations, from: release)
        if options.linkSkills {
            linkEssentialSkills(&occupations, competencies: competencies, release: release)
        }
        report.updatedOccupations = updatedCodes(before: source.occupations.occupations, after: occupations)

        var merged = source
        merged.competencies.competencies = competencies
        merged.occupations.occupations = occupations
        return (merged, report)
    }

    /// Links entries without a URI to the one concept whose English preferred label equals
    /// theirs, unless that would be a guess.
    private static func link<Entry: EscoLabelled>(_ entries: inout [Entry], to concepts: [String: [String: EscoLabels]])
        -> (linked: [String], ambiguous: [EscoAmbiguity])
    {
        var urisByLabel: [String: [String]] = [:]
        for (uri, labels) in concepts {
            if let english = labels["en"] {
                urisByLabel[fold(english.preferred), default: []].append(uri)
            }
        }
        let held = Set(entries.compactMap(\.linkedUri))
        var candidatesByIndex: [Int: [String]] = [:]
        var claims: [String: Int] = [:]
        for index in entries.indices where entries[index].linkedUri == nil {
            guard let candidates = urisByLabel[fold(entries[index].en)]?.sorted() else { continue }
            candidatesByIndex[index] = candidates
            if candidates.count == 1 {
                claims[candidates[0], default: 0] += 1
            }
        }
        var linked: [String] = []
        var ambiguous: [EscoAmbiguity] = []
        for index in entries.indices {
            guard let candidates = candidatesByIndex[index] else { continue }
            let entry = entries[index]
            if candidates.count > 1 {
                ambiguous.append(
                    EscoAmbiguity(
                        code: entry.code, label: entry.en, candidates: candidates,
                        reason: .severalConcepts))
            } else if held.contains(candidates[0]) || claims[candidates[0], default: 0] > 1 {
                ambiguous.append(
                    EscoAmbiguity(
                        code: entry.code, label: entry.en, candidates: candidates,
                        reason: .sharedConcept))
            } else {
                entries[index].escoUri = candidates[0]
                linked.append(entry.code)
            }
        }
        return (linked, ambiguous)
    }

    /// Applies the release's labels to every entry whose URI it holds; returns the URIs it
    /// does not hold, sorted.
    private static func relabel<Entry: EscoLabelled>(_ entries: inout [Entry], from concepts: [String: [String: EscoLabels]])
        -> [String]
    {
        var unknown = Set<String>()
        for index in entries.indices {
            guard let uri = entries[index].linkedUri else { continue }
            if let labels = concepts[uri] {
                applyLabels(labels, to: &entries[index])
            } else {
                unknown.insert(uri)
            }
        }
        return unknown.sorted()
    }

    /// English label and synonyms from ESCO; Danish ESCO labels appended to the Danish synonyms.
    private static func applyLabels<Entry: EscoLabelled>(_ labels: [String: EscoLabels], to entry: inout Entry) {
        if let english = labels["en"] {
            entry.en = english.preferred
            entry.synonymsEn = synonyms(english.alternatives, excluding: [english.preferred])
        }
        if let danish = labels["da"] {
            entry.synonymsDa += synonyms(
                [danish.preferred] + danish.alternatives,
                excluding: [entry.da] + entry.synonymsDa)
        }
    }

    /// `candidates` sorted, without empty strings, without case-insensitive duplicates and
    /// without anything equal (ignoring case) to `excluded`.
    private static func synonyms(_ candidates: [String], excluding excluded: [String]) -> [String] {
        var seen = Set(excluded.map(fold))
        return candidates.sorted().filter { !$0.isEmpty && seen.insert(fold($0)).inserted }
    }

    /// Sets ESCO's ISCO unit group on linked occupations when it is a proper four-digit code.
    private static func setIscoGroups(_ occupations: inout [OccupationEntry], from release: EscoRelease) {
        for index in occupations.indices {
            guard let uri = occupations[index].linkedUri,
                let isco = release.occupations[uri]?.iscoGroup,
                isco.utf8.count == 4, isco.utf8.allSatisfy({ (0x30...0x39).contains($0) })
            else { continue }
            occupations[index].iscoGroup = isco
        }
    }

    /// Appends to each linked occupation the codes of competencies whose URI is a released
    /// essential skill of it.
    private static func linkEssentialSkills(
        _ occupations: inout [OccupationEntry], competencies: [CompetencyEntry],
        release: EscoRelease
    ) {
        var essential: [String: Set<String>] = [:]
        for relation in release.relations
        where relation.relationType == .essential && release.skills[relation.skillUri] != nil {
            essential[relation.occupationUri, default: []].insert(relation.skillUri)
        }
        var codesByUri: [String: [String]] = [:]
        for competency in competencies {
            if let uri = competency.linkedUri {
                codesByUri[uri, default: []].append(competency.code)
            }
        }
        for index in occupations.indices {
            guard let uri = occupations[index].linkedUri, release.occupations[uri] != nil,
                let skills = essential[uri]
            else { continue }
            var present = Set(occupations[index].competencies)
            for skill in skills.sorted() {
                for code in codesByUri[skill, default: []] where present.insert(code).inserted {
                    occupations[index].competencies.append(code)
                }
            }
        }
    }

    /// Appends the released `skill/competence` skills the taxonomy lacks to `group`; returns
    /// their codes.
    private static func addSkills(
        of release: EscoRelease, to competencies: inout [CompetencyEntry], group: String,
        withholding withheld: Set<String>
    ) throws(EscoImportError) -> [String] {
        let present = Set(competencies.compactMap(\.linkedUri))
        var codes = Set(competencies.map(\.code))
        var added: [String] = []
        for uri in release.skills.keys.sorted() where !present.contains(uri) && !withheld.contains(uri) {
            guard let skill = release.skills[uri], skill.skillType == "skill/competence",
                let english = skill.labels["en"]
            else { continue }
            let segment = uri.split(separator: "/").last.map(String.init) ?? uri
            let code = "\(group).esco-\(segment.lowercased())"
            guard codes.insert(code).inserted else { throw .duplicateCode(code) }
            var entry = CompetencyEntry(
                code: code, group: group, da: skill.labels["da"]?.preferred ?? english.preferred,
                en: english.preferred, escoUri: uri)
            applyLabels(skill.labels, to: &entry)
            competencies.append(entry)
            added.append(code)
        }
        return added
    }

    /// Codes of entries that differ in anything but `escoUri`; `after` starts with `before`'s entries.
    private static func updatedCodes<Entry: EscoLabelled & Equatable>(before: [Entry], after: [Entry]) -> [String] {
        zip(before, after).compactMap { old, new in
            var comparable = new
            comparable.escoUri = old.escoUri
            return comparable == old ? nil : old.code
        }
    }

    /// The key labels are compared by: trimmed and lowercased.
    private static func fold(_ label: String) -> String {
        label.trimmingCharacters(in: .whitespaces).lowercased()
    }
}

/// The fields competencies and occupations share, so both are linked and relabelled by the
/// same code.
protocol EscoLabelled {
    /// Stable code.
    var code: String { get }
    /// English label.
    var en: String { get set }
    /// Danish label.
    var da: String { get set }
    /// English synonyms.
    var synonymsEn: [String] { get set }
    /// Danish synonyms.
    var synonymsDa: [String] { get set }
    /// ESCO URI, if any.
    var escoUri: String? { get set }
}

extension EscoLabelled {
    /// The ESCO URI when one is set and not empty.
    var linkedUri: String? {
        guard let escoUri, !escoUri.isEmpty else { return nil }
        return escoUri
    }
}

extension CompetencyEntry: EscoLabelled {}
extension OccupationEntry: EscoLabelled {}

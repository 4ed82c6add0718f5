import Foundation
import MatchCore

/// Renders rankings for `matchd rank` as a readable table or as JSON with the API's field names.
enum RankPrinter {
    /// One line per match under a heading per ranked record, with the explanation in brief.
    static func table(
        _ rankings: [Ranking], direction: RankCommand.Direction,
        titles: [EntityID: String], names: [EntityID: String]
    ) -> String {
        var out = ""
        for ranking in rankings {
            out += "\(ranking.label) (\(ranking.id)): \(ranking.matches.count) match(es)\n"
            for (rank, match) in ranking.matches.enumerated() {
                let other =
                    direction == .vacancies
                    ? names[match.citizenId] ?? match.citizenId.description
                    : titles[match.vacancyId] ?? match.vacancyId.description
                let parts = match.components.map { "\($0.name.rawValue) \(format($0.contribution))" }
                out += "  \(rank + 1). \(format(match.score))  \(other)  [\(parts.joined(separator: ", "))]\n"
                var notes: [String] = []
                if match.growInto, let short = match.gaps.hoursShort {
                    notes.append("grow-into: \(format(short)) h short of the minimum today")
                }
                if !match.toConfirm.isEmpty { notes.append("to confirm: \(match.toConfirm.joined(separator: ", "))") }
                if !match.gaps.missingEssentialCompetencies.isEmpty {
                    notes.append("missing: \(match.gaps.missingEssentialCompetencies.joined(separator: ", "))")
                }
                if let km = match.distanceKm { notes.append("\(format(km)) km") } else { notes.append("remote") }
                out += "     \(notes.joined(separator: "; "))\n"
            }
        }
        return out
    }

    /// `[{id, label, matches: [{citizenId, vacancyId, source, score, components, passed, toConfirm, gaps, growInto, distanceKm}]}]`.
    static func json(
        _ rankings: [Ranking], direction: RankCommand.Direction,
        titles: [EntityID: String], names: [EntityID: String]
    ) throws -> String {
        let document = rankings.map { ranking in
            RankingDocument(id: ranking.id.description, label: ranking.label, matches: ranking.matches.map(MatchDocument.init))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }

    private static func format(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}

/// JSON shape of one ranking.
private struct RankingDocument: Encodable {
    let id: String
    let label: String
    let matches: [MatchDocument]
}

/// JSON shape of one explained match (the API's field names).
private struct MatchDocument: Encodable {
    struct Component: Encodable {
        let name: String
        let weight: Double
        let value: Double
        let contribution: Double
    }

    struct Gaps: Encodable {
        let missingEssentialCompetencies: [String]
        let competenciesBelowLevel: [String]
        let hoursShort: Double?
    }

    let citizenId: String
    let vacancyId: String
    let source: String
    let score: Double
    let components: [Component]
    let passed: [String]
    let toConfirm: [String]
    let gaps: Gaps
    let growInto: Bool
    let distanceKm: Double?

    init(_ match: MatchExplanation) {
        citizenId = match.citizenId.description
        vacancyId = match.vacancyId.description
        source = match.source.rawValue
        score = match.score
        components = match.components.map {
            Component(name: $0.name.rawValue, weight: $0.weight, value: $0.value, contribution: $0.contribution)
        }
        passed = match.passed.map(\.rawValue)
        toConfirm = match.toConfirm
        gaps = Gaps(
            missingEssentialCompetencies: match.gaps.missingEssentialCompetencies,
            competenciesBelowLevel: match.gaps.competenciesBelowLevel, hoursShort: match.gaps.hoursShort)
        growInto = match.growInto
        distanceKm = match.distanceKm.map { ($0 * 100).rounded() / 100 }
    }
}

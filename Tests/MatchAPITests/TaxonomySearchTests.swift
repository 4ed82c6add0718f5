import Foundation
import HummingbirdTesting
import Testing

@testable import MatchAPI

/// The words people type find a fitting entry among the first three, in the shipped catalogue.
@Suite("Taxonomy search")
struct TaxonomySearchTests {
    struct Query: CustomTestStringConvertible, Sendable {
        let catalogue: String
        let lang: String
        let q: String
        let expected: String
        var testDescription: String { "\(catalogue) \(lang) \"\(q)\"" }
    }

    static let queries: [Query] = [
        // The English searches that found nothing before.
        .init(catalogue: "competencies", lang: "en", q: "social and health care", expected: "care.social-health-care"),
        .init(catalogue: "competencies", lang: "en", q: "care for elderly", expected: "care.elder-care"),
        .init(catalogue: "competencies", lang: "en", q: "dog training", expected: "animals.dog-training"),
        .init(catalogue: "competencies", lang: "en", q: "animal handling", expected: "animals.animal-handling"),
        .init(catalogue: "competencies", lang: "en", q: "pipe fitting", expected: "plumbing.pipe-fitting"),
        .init(catalogue: "competencies", lang: "en", q: "camera operation", expected: "media.camera-operation"),
        .init(catalogue: "competencies", lang: "en", q: "manual work", expected: "general.manual-work"),
        .init(catalogue: "competencies", lang: "en", q: "office administration", expected: "office.office-administration"),
        .init(catalogue: "occupations", lang: "en", q: "pedagogical assistant", expected: "pedagogical-assistant"),
        .init(catalogue: "occupations", lang: "en", q: "social and health assistant", expected: "social-health-assistant"),
        .init(catalogue: "occupations", lang: "en", q: "plumber", expected: "plumber"),
        .init(catalogue: "occupations", lang: "en", q: "pest control technician", expected: "pest-controller"),
        .init(catalogue: "occupations", lang: "en", q: "video producer", expected: "video-producer"),
        .init(catalogue: "occupations", lang: "en", q: "personal trainer", expected: "personal-trainer"),
        // Danish titles, abbreviations, folding, compounds, word order and typing errors.
        .init(catalogue: "occupations", lang: "da", q: "social- og sundhedshjælper", expected: "social-health-helper"),
        .init(catalogue: "occupations", lang: "da", q: "sundhedsassistent social", expected: "social-health-assistant"),
        .init(catalogue: "occupations", lang: "da", q: "SOSU", expected: "social-health-helper"),
        .init(catalogue: "occupations", lang: "da", q: "paedagogmedhjaelper", expected: "childcare-assistant"),
        .init(catalogue: "occupations", lang: "da", q: "VVS-montør", expected: "plumber"),
        .init(catalogue: "occupations", lang: "da", q: "skadedyrsbekæmper", expected: "pest-controller"),
        .init(catalogue: "occupations", lang: "da", q: "lager", expected: "warehouse-worker"),
        .init(catalogue: "occupations", lang: "da", q: "kontorrengøring", expected: "office-cleaner"),
        .init(catalogue: "occupations", lang: "da", q: "rengørng", expected: "cleaning-assistant"),
        .init(catalogue: "occupations", lang: "da", q: "lagermedarbjder", expected: "warehouse-worker"),
    ]

    @Test("a fitting entry is among the first three", arguments: queries)
    func findsInTopThree(_ query: Query) async throws {
        let daemon = try await TestDaemon.make(seedDemo: false)
        defer { daemon.remove() }
        let token = try await daemon.token(.admin)
        try await daemon.application().test(.router) { client in
            let q = query.q.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? query.q
            let response = try await client.send(.get, "/v1/taxonomy/\(query.catalogue)?lang=\(query.lang)&q=\(q)&limit=3", token: token)
            #expect(response.status == .ok)
            let codes = response.items.compactMap { $0["code"] as? String }
            #expect(codes.contains(query.expected), "top 3: \(codes)")
        }
    }
}

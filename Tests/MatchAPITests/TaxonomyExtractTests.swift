import Foundation
import HummingbirdTesting
import Testing

@testable import MatchAPI

/// `POST /v1/taxonomy/extract` on realistic texts, against the shipped catalogue.
@Suite("Taxonomy extraction")
struct TaxonomyExtractTests {
    struct Sample: CustomTestStringConvertible, Sendable {
        let name: String
        let lang: String
        let text: String
        let competencies: Set<String>
        let occupations: Set<String>
        var testDescription: String { name }
    }

    static let samples: [Sample] = [
        Sample(
            name: "a Danish CV", lang: "da",
            text: """
                Anne Jensen – CV
                Profil: Jeg er en stabil medarbejder, der trives med faste rutiner. Efter en arbejdsskade arbejder jeg \
                12 timer om ugen i fleksjob.
                2019–2024: Lagermedarbejder hos Nordlager A/S. Plukning og pakning af ordrer, varemodtagelse og kørsel med gaffeltruck.
                2015–2019: Rengøringsassistent i kommunen. Daglig rengøring af kontorer og skoler, gulvvask med maskine.
                2012–2015: Kassemedarbejder i Netto.
                Kurser og certifikater: Truckcertifikat B, hygiejnebevis, førstehjælp og kørekort B.
                Kompetencer: teamwork, dansk og engelsk.
                """,
            competencies: [
                "warehouse.picking", "warehouse.goods-receipt", "warehouse.forklift", "cleaning.daily-cleaning",
                "cleaning.office-cleaning", "cleaning.floor-care", "licences.hygiene-certificate", "general.first-aid",
                "general.driving-licence-b", "licences.forklift-b", "general.danish", "general.english",
            ],
            occupations: ["warehouse-worker", "cleaning-assistant", "cashier"]),
        Sample(
            name: "a Danish job ad", lang: "da",
            text: """
                Social- og sundhedshjælper til hjemmeplejen i Horsens – fleksjob 15 timer
                Vi søger en SOSU-hjælper til vores hjemmepleje. Du skal hjælpe borgerne med personlig pleje, praktisk hjælp i \
                hjemmet og forflytning. Du har kørekort B, og det er en fordel, hvis du har erfaring med demens.
                """,
            competencies: [
                "care.home-care", "care.personal-care", "care.patient-transfer", "care.dementia-care",
                "general.driving-licence-b",
            ],
            occupations: ["social-health-helper"]),
        Sample(
            name: "an English CV", lang: "en",
            text: """
                I have worked as a warehouse worker for six years: order picking, packing, goods reception and forklift driving. \
                Before that I was a cleaner doing office cleaning and floor care. I hold a forklift licence and a driving licence \
                (category B) and have completed a first aid course. Skills: customer service, teamwork, punctuality.
                """,
            competencies: [
                "warehouse.picking", "warehouse.forklift", "cleaning.office-cleaning", "cleaning.floor-care",
                "general.first-aid", "general.driving-licence-b", "general.teamwork", "general.punctuality",
            ],
            occupations: ["warehouse-worker", "cleaning-assistant"]),
    ]

    @Test("the competencies and occupations a text names are found, each span quoting the text", arguments: samples)
    func extracts(_ sample: Sample) async throws {
        let daemon = try await TestDaemon.make(seedDemo: false)
        defer { daemon.remove() }
        let token = try await daemon.token(.consultant, municipality: "615")
        try await daemon.application().test(.router) { client in
            let response = try await client.send(
                .post, "/v1/taxonomy/extract", token: token,
                json: Bodies.json(["text": sample.text, "lang": sample.lang]))
            #expect(response.status == .ok, "\(String(buffer: response.body).prefix(300))")
            let scalars = Array(sample.text.unicodeScalars)
            var found: [String: Set<String>] = [:]
            for kind in ["competencies", "occupations"] {
                for term in response.object[kind] as? [[String: Any]] ?? [] {
                    found[kind, default: []].insert(term["code"] as? String ?? "")
                    let confidence = term["confidence"] as? Double ?? -1
                    #expect((0...1).contains(confidence))
                    for span in term["spans"] as? [[String: Any]] ?? [] {
                        let start = span["start"] as? Int ?? -1
                        let end = span["end"] as? Int ?? -1
                        try #require(0 <= start && start < end && end <= scalars.count)
                        #expect(span["text"] as? String == String(String.UnicodeScalarView(scalars[start..<end])))
                    }
                }
            }
            #expect(
                sample.competencies.subtracting(found["competencies"] ?? []).isEmpty,
                "missing \(sample.competencies.subtracting(found["competencies"] ?? []))")
            #expect(
                sample.occupations.subtracting(found["occupations"] ?? []).isEmpty,
                "missing \(sample.occupations.subtracting(found["occupations"] ?? []))")
        }
    }
}

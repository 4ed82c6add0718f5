import Foundation
import MatchCore

@testable import EscoImport

/// URIs of the fixture release (fictitious, see Fixtures/esco/README.txt) and a small taxonomy
/// that exercises every merge rule against it.
enum EscoFixtures {
    static let skill = "http://data.europa.eu/esco/skill/"
    static let occupation = "http://data.europa.eu/esco/occupation/"

    static let weldMetal = skill + "1c5a0b9e-6f2d-4b8e-9a3c-7d1e2f405a61"
    static let operateForklift = skill + "5b7e9d21-3c4a-4f6b-8e0d-2a9c1b7f3e48"
    static let customerServiceKnowledge = skill + "8d2f4a6c-1e3b-4c5d-9f7a-0b2e4d6c8a13"
    static let customerServiceSkill = skill + "9e1c3b5d-7a2f-4e6c-8b0d-4f6a8c2e1b57"
    static let cleanRooms = skill + "a3f7c1e9-5d2b-4a8c-b6e0-1d3f5a7c9e24"
    static let useSpreadsheets = skill + "3f9b2d7e-4c1a-4e8f-a5b3-6c0d2e4f8a19"
    static let haskell = skill + "c6e8a0b2-9d4f-4b1c-8e3a-5f7b9d1c3e60"
    static let maintainTypewriters = skill + "e2b4d6f8-0a1c-4e3b-9d5f-7a9c1e3b5d82"
    static let absentSkill = skill + "f0a1b2c3-d4e5-4f60-8718-293a4b5c6d7e"

    static let welder = occupation + "4a6c8e0b-2d1f-4a3c-9b5e-7d9f1b3d5c84"
    static let forkliftOperator = occupation + "7c9e1a3b-5d7f-4b9d-8a2c-4e6a8c0e2b35"
    static let officeCleaner = occupation + "b8d0f2a4-6c8e-4a1b-9c3d-5e7f9b1d3a46"
    static let softwareDeveloper = occupation + "d1f3b5a7-9e0c-4d2a-8f4b-6c8e0a2c4e79"
    static let absentOccupation = occupation + "0e2c4a6b-8d0f-4c2e-9a4b-6d8f0b2d4f13"

    /// The fixture release folder in the test bundle.
    static var releaseDirectory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures/esco")
    }

    /// Three groups, seven competencies and three occupations covering: a URI match, a label
    /// match, an ambiguous label, a label whose concept another entry holds, a URI of a
    /// non-released skill, a URI absent from the release, and a label-matched occupation.
    static func taxonomy() -> TaxonomySource {
        TaxonomySource(
            competencies: CompetencyFile(
                groups: [
                    LabelEntry(code: "manual", da: "Manuelt arbejde", en: "Manual work"),
                    LabelEntry(code: "service", da: "Service", en: "Service"),
                    LabelEntry(code: "office", da: "Kontor og IT", en: "Office and IT"),
                ],
                competencies: [
                    CompetencyEntry(
                        code: "manual.weld", group: "manual", da: "Svejsning", en: "Welding",
                        synonymsDa: ["svejser"], synonymsEn: ["arc welding"], escoUri: weldMetal),
                    CompetencyEntry(code: "manual.forklift", group: "manual", da: "Gaffeltruck", en: "Operate Forklift"),
                    CompetencyEntry(code: "service.customer", group: "service", da: "Kundeservice", en: "Customer service"),
                    CompetencyEntry(code: "manual.weld-metal", group: "manual", da: "Metalsvejsning", en: "weld metal"),
                    CompetencyEntry(
                        code: "office.typewriters", group: "office", da: "Skrivemaskiner",
                        en: "Typewriter maintenance", escoUri: maintainTypewriters),
                    CompetencyEntry(
                        code: "office.archive", group: "office", da: "Arkivering", en: "Archiving",
                        synonymsEn: ["filing"], escoUri: absentSkill),
                    CompetencyEntry(code: "office.haskell", group: "office", da: "Haskell", en: "haskell"),
                ]),
            occupations: OccupationFile(occupations: [
                OccupationEntry(
                    code: "welder", iscoGroup: "7200", da: "Svejser", en: "Welder", escoUri: welder,
                    competencies: ["manual.weld", "office.archive"]),
                OccupationEntry(
                    code: "software-developer", iscoGroup: "2500", da: "Softwareudvikler",
                    en: "Software developer"),
                OccupationEntry(
                    code: "office-assistant", iscoGroup: "4110", da: "Kontorassistent",
                    en: "Office assistant", escoUri: absentOccupation, competencies: ["office.archive"]),
            ]),
            accommodations: AccommodationFile(
                needs: [
                    NeedEntry(
                        code: "no-lifting", da: "Ingen tunge løft", en: "No heavy lifting",
                        satisfiedBy: ["lifting-aids"], conflictsWith: ["heavy-lifting"]),
                    NeedEntry(
                        code: "quiet", da: "Roligt miljø", en: "Quiet environment",
                        satisfiedBy: ["quiet-room"], conflictsWith: ["noisy"]),
                ],
                offers: [
                    LabelEntry(code: "lifting-aids", da: "Løftehjælpemidler", en: "Lifting aids"),
                    LabelEntry(code: "quiet-room", da: "Stillerum", en: "Quiet room"),
                ],
                demands: [
                    LabelEntry(code: "heavy-lifting", da: "Tunge løft", en: "Heavy lifting"),
                    LabelEntry(code: "noisy", da: "Støjende miljø", en: "Noisy environment"),
                ]),
            municipalities: [
                MunicipalityEntry(
                    code: MunicipalityCode("101")!, name: "København", region: "Region Hovedstaden", lat: 55.6761, lon: 12.5683),
                MunicipalityEntry(code: MunicipalityCode("751")!, name: "Aarhus", region: "Region Midtjylland", lat: 56.1629, lon: 10.2039),
            ])
    }
}

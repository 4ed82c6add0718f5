import PropertyBased
import Testing

@testable import MatchCore

/// The row-level competency bound of a citizen ranking (`CitizenScan.competencyBound`, from the
/// row's 64-bit `CitizenRules.competencySignature`) is never below the competency component the scorer gives
/// the citizen, also when requirements and held competencies share signature bits: a taxonomy of
/// 200 competencies, drawn from a few bits so they collide.
@Suite struct CompetencyBoundTests {
    /// The fixture taxonomy with 195 more competencies, in the fixture's groups.
    static let taxonomy: Taxonomy = {
        var source = Fixture.source
        let groups = ["cleaning", "warehouse", "office"]
        let extra = (0..<195).map { n in
            CompetencyEntry(code: "extra.\(n)", group: groups[n % 3], da: "Ekstra \(n)", en: "Extra \(n)")
        }
        source.competencies.competencies += extra
        return try! Taxonomy(source: source)
    }()

    @Test func rowCompetencyBoundIsNeverBelowTheComponent() async {
        let taxonomy = CompetencyBoundTests.taxonomy
        let scorer = Scorer(taxonomy: taxonomy)
        await propertyCheck(count: 300, input: Gen.uint64()) { seed in
            var random = SplitMix(seed: seed)
            // Competencies on three signature bits (0, 1, 2) plus any, so bits are shared often.
            func competency() -> Int {
                random.chance(0.8) ? random.int(0...2) + 64 * random.int(0...2) : random.int(0...taxonomy.competencyCount - 1)
            }
            var vacancy = random.vacancy(1)
            vacancy.isOpen = true
            vacancy.capacity = nil
            vacancy.occupied = 0
            vacancy.demands = []
            vacancy.requirements = (0..<random.int(0...9)).map { _ in
                CompetencyRequirement(competency: competency(), level: random.int(1...3), essential: random.chance(0.5))
            }
            // A citizen who passes every hard rule, so the scorer explains their competencies.
            var citizen = random.citizen(2)
            citizen.status = .flexJobApproved
            citizen.acceptedKinds = KindSet(EmploymentKind.allCases)
            citizen.hours = CitizenHours(current: vacancy.hours.min, target: vacancy.hours.max)
            citizen.location = vacancy.location
            citizen.needs = []
            citizen.competencies = (0..<random.int(0...8)).map { _ in
                HeldCompetency(competency: competency(), level: random.int(1...3))
            }
            var index = MatchIndex(taxonomy: taxonomy)
            index.upsert(vacancy)
            index.upsert(citizen)
            guard let held = index.vacancies.locate(vacancy.id), let row = index.citizens.locate(citizen.id),
                let value = Fixture.value(
                    Fixture.explanation(
                        scorer.evaluate(
                            citizen: index.citizen(citizen.id)!,
                            vacancy: index.vacancy(vacancy.id)!)),
                    .competencies)
            else {
                Issue.record("pair not held or not matched")
                return
            }
            let scan = CitizenScan(
                taxonomy: taxonomy, profile: scorer.profile, layout: index.citizens.layout,
                vacancies: index.vacancies.tables[held.block], row: held.row, query: MatchQuery(limit: 1))
            let signature = index.citizens.tables[row.block].rules[row.row].competencySignature
            #expect(value <= scan.competencyBound(signature: signature))
        }
    }
}

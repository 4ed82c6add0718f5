import MatchCore
import Testing

/// The index ranks both ways with the scorer's scores, breaks ties by id, and follows changes.
@Suite struct MatchIndexTests {
    func index(citizens: [CitizenFeatures], vacancies: [VacancyFeatures]) -> MatchIndex {
        var index = MatchIndex(taxonomy: Fixture.taxonomy)
        citizens.forEach { index.upsert($0) }
        vacancies.forEach { index.upsert($0) }
        return index
    }

    @Test func ranksCitizensBestFirstAndSkipsExcluded() throws {
        let index = index(
            citizens: [
                Fixture.citizen(1, competencies: [("cleaning.floor-care", 1)]),
                Fixture.citizen(2),
                Fixture.citizen(3, needs: [("no-heavy-lifting", required: true)]),
                Fixture.citizen(4, current: 1, target: 2),
            ],
            vacancies: [Fixture.vacancy(100, demands: ["heavy-lifting"])])
        let ranked = try #require(index.topCitizens(for: Fixture.id(100), query: MatchQuery()))
        #expect(ranked.map(\.citizenId) == [Fixture.id(2), Fixture.id(1)])
        #expect(ranked[0].score > ranked[1].score)
    }

    @Test func tiesBreakByIdInBothDirections() throws {
        let index = index(
            citizens: [Fixture.citizen(7), Fixture.citizen(3), Fixture.citizen(5)],
            vacancies: [Fixture.vacancy(300), Fixture.vacancy(100), Fixture.vacancy(200)])
        let citizens = try #require(index.topCitizens(for: Fixture.id(100), query: MatchQuery()))
        #expect(citizens.map(\.citizenId) == [Fixture.id(3), Fixture.id(5), Fixture.id(7)])
        let vacancies = try #require(index.topVacancies(for: Fixture.id(5), query: MatchQuery()))
        #expect(vacancies.map(\.vacancyId) == [Fixture.id(100), Fixture.id(200), Fixture.id(300)])
    }

    @Test func bothDirectionsGiveTheScorersScoreForEveryPair() throws {
        let citizens = [
            Fixture.citizen(
                1, current: 4, target: 12, competencies: [("cleaning.windows", 2), ("office.filing", 1)],
                goals: ["hotel-cleaner"], needs: [("quiet-surroundings", required: true)]),
            Fixture.citizen(
                2, status: .jobReady, competencies: [("warehouse.picking", 3)], goals: ["warehouse-worker"],
                kinds: [.workTrial, .wageSubsidy, .ordinaryHours], location: GeoPoint(lat: 55.95, lon: 9.7)),
            Fixture.citizen(3, competencies: [], goals: [], needs: [("day-shift-only", required: false)]),
        ]
        let vacancies = [
            Fixture.vacancy(100),
            Fixture.vacancy(
                101, kind: .workTrial, min: 2, max: 10, occupation: "warehouse-worker",
                requirements: [("warehouse.picking", 2, true), ("warehouse.forklift", 1, false)],
                offers: ["day-shifts"], location: GeoPoint(lat: 55.9, lon: 9.8)),
            Fixture.vacancy(
                102, source: .slot, kind: .workTrial, capacity: 4, occupied: 1, min: 2, max: 20,
                occupation: nil, requirements: [], offers: ["quiet-room"]),
        ]
        let index = index(citizens: citizens, vacancies: vacancies)
        for vacancy in vacancies {
            for match in try #require(index.topCitizens(for: vacancy.id, query: MatchQuery(limit: 10))) {
                let citizen = try #require(citizens.first { $0.id == match.citizenId })
                #expect(Fixture.explanation(Fixture.scorer.evaluate(citizen: citizen, vacancy: vacancy)) == match)
                let reverse = try #require(index.topVacancies(for: citizen.id, query: MatchQuery(limit: 10)))
                #expect(reverse.first { $0.vacancyId == vacancy.id }?.score == match.score)
            }
        }
    }

    @Test func filtersKindMinScoreDistanceSourceAndVisibility() throws {
        let far = GeoPoint(lat: 55.95, lon: 9.85)
        let index = index(
            citizens: [Fixture.citizen(1), Fixture.citizen(2, visible: false)],
            vacancies: [
                Fixture.vacancy(100), Fixture.vacancy(101, kind: .workTrial, location: far),
                Fixture.vacancy(102, source: .slot, kind: .workTrial, capacity: 2),
            ])
        #expect(index.topVacancies(for: Fixture.id(1), query: MatchQuery(kinds: KindSet([.workTrial])))?.count == 2)
        #expect(
            index.topVacancies(for: Fixture.id(1), query: MatchQuery(maxKm: 5))?.map(\.vacancyId) == [Fixture.id(100), Fixture.id(102)])
        #expect(index.topVacancies(for: Fixture.id(1), query: MatchQuery(source: .slot))?.map(\.vacancyId) == [Fixture.id(102)])
        #expect(
            index.topVacancies(for: Fixture.id(1), query: MatchQuery(minScore: 99))?.map(\.vacancyId) == [Fixture.id(100), Fixture.id(102)])
        #expect(index.topVacancies(for: Fixture.id(1), query: MatchQuery(limit: 1))?.count == 1)
        #expect(index.topCitizens(for: Fixture.id(100), query: MatchQuery())?.count == 2)
        #expect(index.topCitizens(for: Fixture.id(100), query: MatchQuery(onlyVisibleCitizens: true))?.map(\.citizenId) == [Fixture.id(1)])
    }

    @Test func municipalityFilterKeepsToOneCaseload() throws {
        var inHorsens = Fixture.citizen(1)
        inHorsens.municipality = MunicipalityCode(rawValue: 615)
        var inAarhus = Fixture.citizen(2)
        inAarhus.municipality = MunicipalityCode(rawValue: 751)
        let index = index(citizens: [inHorsens, inAarhus], vacancies: [Fixture.vacancy(100)])
        #expect(
            index.topCitizens(for: Fixture.id(100), query: MatchQuery(municipality: MunicipalityCode(rawValue: 615)))?.map(\.citizenId) == [
                Fixture.id(1)
            ])
        #expect(
            index.topCitizens(for: Fixture.id(100), query: MatchQuery(municipality: MunicipalityCode(rawValue: 751)))?.map(\.citizenId) == [
                Fixture.id(2)
            ])
        #expect(index.topCitizens(for: Fixture.id(100), query: MatchQuery())?.count == 2)
    }

    @Test func probesRankFeaturesNotInTheIndexLikeIndexedOnes() throws {
        let index = index(citizens: [Fixture.citizen(1), Fixture.citizen(2, competencies: [])], vacancies: [Fixture.vacancy(100)])
        #expect(
            index.topCitizens(forProbe: Fixture.vacancy(100), query: MatchQuery())
                == index.topCitizens(for: Fixture.id(100), query: MatchQuery()))
        #expect(
            index.topVacancies(forProbe: Fixture.citizen(1), query: MatchQuery())
                == index.topVacancies(for: Fixture.id(1), query: MatchQuery()))
        #expect(index.topCitizens(forProbe: Fixture.vacancy(101, isOpen: false), query: MatchQuery()).isEmpty)
    }

    @Test func insertUpdateRemoveWithoutRebuild() throws {
        var index = index(citizens: [Fixture.citizen(1)], vacancies: [Fixture.vacancy(100)])
        #expect(index.topCitizens(for: Fixture.id(100), query: MatchQuery())?.count == 1)
        index.upsert(Fixture.citizen(2, competencies: [("cleaning.floor-care", 3), ("cleaning.windows", 2), ("office.filing", 1)]))
        #expect(index.topCitizens(for: Fixture.id(100), query: MatchQuery())?.count == 2)
        index.upsert(Fixture.citizen(1, kinds: [.ordinaryHours]))
        #expect(index.topCitizens(for: Fixture.id(100), query: MatchQuery())?.map(\.citizenId) == [Fixture.id(2)])
        let removed = index.removeCitizen(Fixture.id(2))
        let removedAgain = index.removeCitizen(Fixture.id(2))
        #expect(removed && !removedAgain)
        #expect(index.topCitizens(for: Fixture.id(100), query: MatchQuery())?.isEmpty == true)
        index.upsert(Fixture.citizen(3))
        #expect(index.citizenCount == 2)
        #expect(index.citizen(Fixture.id(3)) == Fixture.citizen(3).normalized())
        index.upsert(Fixture.vacancy(100, isOpen: false))
        #expect(index.topCitizens(for: Fixture.id(100), query: MatchQuery())?.isEmpty == true)
        let removedVacancy = index.removeVacancy(Fixture.id(100))
        #expect(removedVacancy)
        #expect(index.topCitizens(for: Fixture.id(100), query: MatchQuery()) == nil)
        #expect(index.topVacancies(for: Fixture.id(99), query: MatchQuery()) == nil)
    }

    @Test func manyRewritesKeepListsIntact() throws {
        let short: [(String, Int)] = [("cleaning.floor-care", 2)]
        let long: [(String, Int)] = [("cleaning.floor-care", 2), ("cleaning.windows", 1), ("office.filing", 3), ("warehouse.picking", 1)]
        var index = index(citizens: [], vacancies: [Fixture.vacancy(100)])
        var last: [UInt64: CitizenFeatures] = [:]
        for round in 0..<3000 {
            let citizen = Fixture.citizen(UInt64(round % 7), competencies: round % 2 == 0 ? short : long)
            index.upsert(citizen)
            last[citizen.id.low] = citizen
        }
        for (_, citizen) in last {
            #expect(index.citizen(citizen.id) == citizen.normalized())
        }
        #expect(index.topCitizens(for: Fixture.id(100), query: MatchQuery(limit: 50))?.count == 7)
    }

    @Test func entityIdRoundTripsItsString() throws {
        let text = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"
        let id = try #require(EntityID(uuidString: text))
        #expect(id.description == text)
        #expect(EntityID(uuidString: text.uppercased()) == id)
        #expect(EntityID(uuidString: "not-a-uuid") == nil)
        #expect(EntityID(uuidString: "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1fg") == nil)
    }
}

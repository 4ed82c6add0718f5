import Foundation
import MatchCore
import Testing

@testable import Profiles

/// The access policy as a table: role × object × relation → answer, with literal inputs. The
/// table is README's roles table; a row changed here must change there too.
@Suite struct VisibilityTests {
    static let horsens = MunicipalityCode(rawValue: 615)!
    static let aarhus = MunicipalityCode(rawValue: 751)!
    static let companyA = UUID(uuidString: "00000000-0000-0000-0000-00000000000a")!
    static let companyB = UUID(uuidString: "00000000-0000-0000-0000-00000000000b")!
    static let citizenX = UUID(uuidString: "00000000-0000-0000-0000-000000000001")!
    static let citizenY = UUID(uuidString: "00000000-0000-0000-0000-000000000002")!

    static let admin = Principal(role: .admin)
    static let consultantHorsens = Principal(role: .consultant, municipalityCode: horsens)
    static let consultantAarhus = Principal(role: .consultant, municipalityCode: aarhus)
    static let companyAUser = Principal(role: .company, companyId: companyA)
    static let citizenXUser = Principal(role: .citizen, citizenId: citizenX)

    /// Citizen X lives in Horsens and is visible to companies; Y in Horsens and hidden.
    static let x = CitizenFacts(id: citizenX, municipality: horsens, visibleToCompanies: true)
    static let y = CitizenFacts(id: citizenY, municipality: horsens, visibleToCompanies: false)
    static let openOfA = VacancyFacts(id: UUID(), source: .opening, companyId: companyA, companyMunicipality: horsens, isOpen: true)
    static let closedOfB = VacancyFacts(id: UUID(), source: .opening, companyId: companyB, companyMunicipality: aarhus, isOpen: false)
    static let slotOfB = VacancyFacts(id: UUID(), source: .slot, companyId: companyB, companyMunicipality: aarhus, isOpen: true)

    let policy = Visibility()

    struct Row: CustomTestStringConvertible, Sendable {
        let who: String
        let principal: Principal
        let object: String
        let decide: @Sendable (Visibility, Principal) -> Decision
        let expected: Decision
        var testDescription: String { "\(who) · \(object) → \(expected)" }
    }

    static func row(
        _ who: String, _ p: Principal, _ object: String, _ expected: Decision,
        _ decide: @escaping @Sendable (Visibility, Principal) -> Decision
    ) -> Row {
        Row(who: who, principal: p, object: object, decide: decide, expected: expected)
    }

    static let table: [Row] = [
        // Citizens' profiles.
        row("admin", admin, "read citizen X", .allowed) { $0.citizen($1, x, .read) },
        row("consultant 615", consultantHorsens, "change citizen X (615)", .allowed) { $0.citizen($1, x, .change) },
        row("consultant 751", consultantAarhus, "read citizen X (615)", .hidden) { $0.citizen($1, x, .read) },
        row("company A", companyAUser, "read citizen X", .hidden) { $0.citizen($1, x, .read) },
        row("citizen X", citizenXUser, "change own profile", .allowed) { $0.citizen($1, x, .change) },
        row("citizen X", citizenXUser, "read citizen Y", .hidden) { $0.citizen($1, y, .read) },
        row("consultant 615", consultantHorsens, "create citizen in 615", .allowed) { $0.createCitizen($1, in: horsens) },
        row(
            "consultant 615", consultantHorsens, "create citizen in 751",
            .forbidden("create citizens outside your own municipality (615)")
        ) {
            $0.createCitizen($1, in: aarhus)
        },
        row("company A", companyAUser, "create citizens", .forbidden("create citizens")) { $0.createCitizen($1, in: nil) },
        row("citizen X", citizenXUser, "create citizens", .forbidden("create citizens")) { $0.createCitizen($1, in: nil) },
        row("consultant 615", consultantHorsens, "move citizen to 751", .forbidden("move a citizen to another municipality")) {
            $0.moveCitizen($1, from: horsens, to: aarhus)
        },
        row("admin", admin, "move citizen to 751", .allowed) { $0.moveCitizen($1, from: horsens, to: aarhus) },
        // Companies.
        row("company A", companyAUser, "read company A", .allowed) { $0.company($1, companyA, .read) },
        row("company A", companyAUser, "read company B", .hidden) { $0.company($1, companyB, .read) },
        row("company A", companyAUser, "change company A", .allowed) { $0.company($1, companyA, .change) },
        row("consultant 615", consultantHorsens, "read company B", .allowed) { $0.company($1, companyB, .read) },
        row("consultant 615", consultantHorsens, "change company A", .forbidden("change companies")) { $0.company($1, companyA, .change) },
        row("citizen X", citizenXUser, "read company B", .allowed) { $0.company($1, companyB, .read) },
        row("citizen X", citizenXUser, "change company B", .forbidden("change companies")) { $0.company($1, companyB, .change) },
        row("consultant 615", consultantHorsens, "register companies", .forbidden("register companies")) { p, q in p.createCompany(q) },
        row("admin", admin, "register companies", .allowed) { p, q in p.createCompany(q) },
        // Openings and slots.
        row("consultant 751", consultantAarhus, "read open opening of A", .allowed) { $0.vacancy($1, openOfA, .read) },
        row("consultant 615", consultantHorsens, "change opening of A", .forbidden("change openings")) { $0.vacancy($1, openOfA, .change) },
        row("company A", companyAUser, "change own opening", .allowed) { $0.vacancy($1, openOfA, .change) },
        row("company A", companyAUser, "read slot of B", .hidden) { $0.vacancy($1, slotOfB, .read) },
        row("company A", companyAUser, "change slot of B", .hidden) { $0.vacancy($1, slotOfB, .change) },
        row("citizen X", citizenXUser, "read open opening", .allowed) { $0.vacancy($1, openOfA, .read) },
        row("citizen X", citizenXUser, "read closed opening", .hidden) { $0.vacancy($1, closedOfB, .read) },
        row("citizen X", citizenXUser, "change open slot", .forbidden("change slots")) { $0.vacancy($1, slotOfB, .change) },
        row("company A", companyAUser, "post opening for B", .hidden) { $0.createVacancy($1, companyId: companyB, source: .opening) },
        row("company A", companyAUser, "post slot for A", .allowed) { $0.createVacancy($1, companyId: companyA, source: .slot) },
        row("consultant 615", consultantHorsens, "post opening for A", .forbidden("post openings")) {
            $0.createVacancy($1, companyId: companyA, source: .opening)
        },
        row("citizen X", citizenXUser, "post slot for A", .forbidden("post slots")) {
            $0.createVacancy($1, companyId: companyA, source: .slot)
        },
        // Matches.
        row("citizen X", citizenXUser, "own matches", .allowed) { $0.vacancyMatches($1, for: x) },
        row("company A", companyAUser, "citizen X's matches", .hidden) { $0.vacancyMatches($1, for: x) },
        row("consultant 751", consultantAarhus, "citizen X's matches", .hidden) { $0.vacancyMatches($1, for: x) },
        // Webhook subscriptions.
        row("company A", companyAUser, "own subscription", .allowed) { $0.webhook($1, ownedBy: companyAUser) },
        row("citizen X", citizenXUser, "company A's subscription", .hidden) { $0.webhook($1, ownedBy: companyAUser) },
        row("admin", admin, "company A's subscription", .allowed) { $0.webhook($1, ownedBy: companyAUser) },
    ]

    @Test(arguments: table)
    func decides(_ row: Row) {
        #expect(row.decide(policy, row.principal) == row.expected)
    }

    @Test func listsAreNarrowedToTheCallersScope() {
        #expect(policy.citizens(Self.admin, CitizenFilter()) == .filter(CitizenFilter()))
        #expect(policy.citizens(Self.consultantHorsens, CitizenFilter()) == .filter(CitizenFilter(municipality: Self.horsens)))
        #expect(policy.citizens(Self.consultantHorsens, CitizenFilter(municipality: Self.aarhus)) == .empty)
        #expect(
            policy.citizens(Self.citizenXUser, CitizenFilter(status: .jobReady))
                == .filter(CitizenFilter(id: Self.citizenX, status: .jobReady)))
        #expect(policy.citizens(Self.companyAUser, CitizenFilter()) == .forbidden("list citizens"))
        #expect(policy.companies(Self.consultantAarhus, CompanyFilter()) == .filter(CompanyFilter()))
        #expect(policy.companies(Self.companyAUser, CompanyFilter()) == .filter(CompanyFilter(id: Self.companyA)))
        #expect(policy.companies(Self.citizenXUser, CompanyFilter()) == .forbidden("list companies"))
        #expect(policy.vacancies(Self.companyAUser, VacancyFilter(companyId: Self.companyB)) == .empty)
        #expect(policy.vacancies(Self.citizenXUser, VacancyFilter(source: .slot)) == .filter(VacancyFilter(source: .slot, status: .open)))
        #expect(policy.vacancies(Self.citizenXUser, VacancyFilter(status: .closed)) == .empty)
        #expect(policy.vacancies(Self.consultantAarhus, VacancyFilter(status: .closed)) == .filter(VacancyFilter(status: .closed)))
    }

    @Test func companyRecordsShowTheContactEmailOnlyToTheJobCentreAndTheCompany() {
        #expect(policy.companyFields(Self.admin, Self.companyA).contactEmail)
        #expect(policy.companyFields(Self.consultantAarhus, Self.companyA).contactEmail)
        #expect(policy.companyFields(Self.companyAUser, Self.companyA).contactEmail)
        #expect(!policy.companyFields(Self.citizenXUser, Self.companyA).contactEmail)
    }

    @Test func rankingScopeAndCardsFollowTheRole() {
        #expect(
            policy.citizenMatches(Self.admin, for: Self.slotOfB)
                == .allowed(MatchScope(municipality: nil, onlyVisibleCitizens: false, card: .full)))
        #expect(
            policy.citizenMatches(Self.consultantAarhus, for: Self.openOfA)
                == .allowed(MatchScope(municipality: Self.aarhus, onlyVisibleCitizens: false, card: .full)))
        #expect(
            policy.citizenMatches(Self.companyAUser, for: Self.openOfA)
                == .allowed(MatchScope(municipality: nil, onlyVisibleCitizens: true, card: .pseudonymous)))
        #expect(policy.citizenMatches(Self.companyAUser, for: Self.slotOfB) == .refused(.hidden))
        #expect(
            policy.citizenMatches(Self.citizenXUser, for: Self.openOfA)
                == .refused(.forbidden("list the citizens matching an opening or slot")))
        let shared = NeedCode(code: "quiet-surroundings", required: true, shared: true)
        let unshared = NeedCode(code: "rest-area", required: true, shared: false)
        #expect(policy.card(.pseudonymous, of: shared) && !policy.card(.pseudonymous, of: unshared))
        #expect(policy.card(.full, of: unshared))
    }

    @Test func eventsReachOnlyThoseWhoMaySeeTheirSubject() {
        let subjects: [(EventSubject, [Principal: Bool])] = [
            (
                .citizen(Self.x),
                [
                    Self.admin: true, Self.consultantHorsens: true, Self.consultantAarhus: false,
                    Self.companyAUser: false, Self.citizenXUser: true,
                ]
            ),
            (
                .vacancy(Self.openOfA),
                [
                    Self.admin: true, Self.consultantHorsens: true, Self.consultantAarhus: false,
                    Self.companyAUser: true, Self.citizenXUser: false,
                ]
            ),
            (
                .match(Self.x, Self.openOfA),
                [
                    Self.admin: true, Self.consultantHorsens: true, Self.consultantAarhus: false,
                    Self.companyAUser: true, Self.citizenXUser: true,
                ]
            ),
            (.match(Self.y, Self.openOfA), [Self.companyAUser: false, Self.citizenXUser: false, Self.consultantHorsens: true]),
            (.match(Self.x, Self.slotOfB), [Self.companyAUser: false]),
        ]
        for (subject, answers) in subjects {
            for (owner, expected) in answers {
                #expect(policy.hears(owner, subject) == expected, "\(owner.role) hears \(subject)")
            }
        }
        #expect(
            policy.subscribableEvents(.citizen)
                == Set(
                    [
                        .matchCreated, .citizenUpdated, .placementStarted, .placementProgressed,
                        .placementEnded, .matchUpgraded,
                    ] + WebhookEventType.interestEvents))
        #expect(!policy.subscribableEvents(.company).contains(.placementFollowUpDue))
        #expect(!policy.subscribableEvents(.company).contains(.citizenUpdated))
        #expect(policy.subscribableEvents(.consultant) == Set(WebhookEventType.allCases))
    }

    // MARK: - Interests, consents and the access log

    static let interestOfXWithA = InterestFacts(
        id: UUID(), citizenId: citizenX, citizenMunicipality: horsens, companyId: companyA,
        initiator: .company)
    static let proposalOfYWithB = InterestFacts(
        id: UUID(), citizenId: citizenY, citizenMunicipality: horsens, companyId: companyB,
        initiator: .consultant)

    @Test func interestsAreStartedReadAnsweredAndWithdrawnByTheRightSides() {
        // Who starts, and so who must answer.
        #expect(policy.createInterest(Self.companyAUser, citizen: Self.x, vacancy: Self.openOfA) == .allowed(.company))
        #expect(policy.createInterest(Self.companyAUser, citizen: Self.y, vacancy: Self.openOfA) == .refused(.hidden), "y is not visible")
        #expect(policy.createInterest(Self.companyAUser, citizen: Self.x, vacancy: Self.slotOfB) == .refused(.hidden))
        #expect(policy.createInterest(Self.citizenXUser, citizen: Self.x, vacancy: Self.slotOfB) == .allowed(.citizen))
        #expect(policy.createInterest(Self.citizenXUser, citizen: Self.x, vacancy: Self.closedOfB) == .refused(.hidden))
        #expect(policy.createInterest(Self.citizenXUser, citizen: Self.y, vacancy: Self.openOfA) == .refused(.hidden))
        #expect(policy.createInterest(Self.consultantHorsens, citizen: Self.y, vacancy: Self.openOfA) == .allowed(.consultant))
        #expect(policy.createInterest(Self.consultantAarhus, citizen: Self.y, vacancy: Self.openOfA) == .refused(.hidden))
        // Reading.
        let readers: [(Principal, Decision)] = [
            (Self.admin, .allowed), (Self.consultantHorsens, .allowed), (Self.consultantAarhus, .hidden),
            (Self.companyAUser, .allowed), (Self.citizenXUser, .allowed),
        ]
        for (p, expected) in readers { #expect(policy.interest(p, Self.interestOfXWithA) == expected, "\(p.role)") }
        #expect(policy.interest(Self.companyAUser, Self.proposalOfYWithB) == .hidden)
        #expect(policy.interest(Self.citizenXUser, Self.proposalOfYWithB) == .hidden)
        // Answering: the citizen for themself only.
        #expect(policy.answerSide(Self.citizenXUser, Self.interestOfXWithA) == .allowed(.citizen))
        #expect(policy.answerSide(Self.companyAUser, Self.interestOfXWithA) == .allowed(.company))
        #expect(
            policy.answerSide(Self.consultantHorsens, Self.interestOfXWithA)
                == .refused(.forbidden("answer an interest for a citizen or a company")))
        #expect(policy.answerSide(Self.companyAUser, Self.proposalOfYWithB) == .refused(.hidden))
        // Withdrawing: the initiator.
        #expect(policy.withdrawInterest(Self.companyAUser, Self.interestOfXWithA) == .allowed)
        #expect(policy.withdrawInterest(Self.citizenXUser, Self.interestOfXWithA) == .forbidden("withdraw an interest it did not start"))
        #expect(policy.withdrawInterest(Self.consultantHorsens, Self.proposalOfYWithB) == .allowed)
        // Lists.
        #expect(policy.parties(Self.companyAUser, InterestFilter()) == .filter(InterestFilter(companyId: Self.companyA)))
        #expect(policy.parties(Self.citizenXUser, InterestFilter(citizenId: Self.citizenY)) == .empty)
        #expect(policy.parties(Self.consultantAarhus, InterestFilter()) == .filter(InterestFilter(municipality: Self.aarhus)))
    }

    @Test func consentDecidesWhatACompanySeesAndTheCitizenDecidesOnConsent() {
        let active = Consent(
            id: UUID(), citizenId: Self.citizenX, companyId: Self.companyA, interestId: UUID(),
            sharedNeeds: ["rest-area"], givenAt: Date(), revokedAt: nil)
        var revoked = active
        revoked.revokedAt = Date()
        #expect(policy.interestCard(Self.companyAUser, consent: nil) == .pseudonymous)
        #expect(policy.interestCard(Self.companyAUser, consent: active) == .consented(["rest-area"]))
        #expect(policy.interestCard(Self.companyAUser, consent: revoked) == .pseudonymous)
        #expect(policy.interestCard(Principal(role: .company, companyId: Self.companyB), consent: active) == .pseudonymous)
        #expect(policy.interestCard(Self.consultantHorsens, consent: nil) == .full)
        let needs = [NeedCode(code: "rest-area", required: true, shared: false), NeedCode(code: "quiet", required: false, shared: false)]
        #expect(policy.protectedData(.pseudonymous, needs: needs) == [])
        #expect(policy.protectedData(.consented(["rest-area"]), needs: needs) == [.identity, .contact, .needs])
        #expect(policy.protectedData(.full, needs: []) == [.identity, .contact])
        #expect(policy.logsAccess(Self.companyAUser) && policy.logsAccess(Self.consultantHorsens))
        #expect(!policy.logsAccess(Self.admin) && !policy.logsAccess(Self.citizenXUser))

        #expect(policy.consents(Self.consultantHorsens, of: Self.x) == .allowed)
        #expect(policy.revokeConsent(Self.citizenXUser, of: Self.x) == .allowed)
        #expect(policy.revokeConsent(Self.consultantHorsens, of: Self.x) == .forbidden("revoke a citizen's consent"))
        #expect(policy.revokeConsent(Self.companyAUser, of: Self.x) == .hidden)
        #expect(policy.accessLog(Self.citizenXUser, of: Self.x) == .allowed)
        #expect(policy.accessLog(Self.citizenXUser, of: Self.y) == .hidden)
        #expect(policy.accessLog(Self.consultantHorsens, of: Self.x) == .forbidden("read a citizen's access log"))
        #expect(policy.accessLog(Self.admin, of: Self.y) == .allowed)
        #expect(policy.interestStatistics(Self.companyAUser, companyId: Self.companyB) == .hidden)
        #expect(policy.interestStatistics(Self.citizenXUser, companyId: Self.companyA) == .forbidden("read companies' response figures"))
    }

    @Test func interestEventsReachThePartiesAndRemindersOnlyTheSideThatMustAnswer() {
        #expect(policy.hears(Self.companyAUser, .interest(Self.interestOfXWithA)))
        #expect(policy.hears(Self.citizenXUser, .interest(Self.interestOfXWithA)))
        #expect(policy.hears(Self.consultantHorsens, .interest(Self.interestOfXWithA)))
        #expect(!policy.hears(Self.consultantAarhus, .interest(Self.interestOfXWithA)))
        #expect(!policy.hears(Principal(role: .company, companyId: Self.companyB), .interest(Self.interestOfXWithA)))
        #expect(policy.hears(Self.citizenXUser, .interestReminder(Self.interestOfXWithA, .citizen)))
        #expect(!policy.hears(Self.companyAUser, .interestReminder(Self.interestOfXWithA, .citizen)))
        #expect(!policy.hears(Self.consultantHorsens, .interestReminder(Self.interestOfXWithA, .citizen)))
    }
}

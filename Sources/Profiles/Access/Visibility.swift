import Foundation
import MatchCore

/// The one access policy (README's roles table): given a principal and an object, may they see
/// it, may they change it, and which fields are shown. Handlers, match queries and the webhook
/// outbox all ask it; nothing else decides. Pure: it answers from the facts it is given.
///
/// Something outside the caller's scope is `hidden` (answered as 404, so existence is never
/// confirmed); something the role may never do is `forbidden` (403).
public struct Visibility: Sendable {
    /// The policy.
    public init() {}

    // MARK: - Citizens

    /// Reading or changing a citizen's full profile (and their matches).
    public func citizen(_ p: Principal, _ citizen: CitizenFacts, _ action: Action) -> Decision {
        switch p.role {
        case .admin: .allowed
        case .consultant: citizen.municipality != nil && citizen.municipality == p.municipalityCode ? .allowed : .hidden
        case .citizen: citizen.id == p.citizenId ? .allowed : .hidden
        case .company: .hidden
        }
    }

    /// Creating a citizen in `municipality` (nil: whether the role may create citizens at all).
    public func createCitizen(_ p: Principal, in municipality: MunicipalityCode?) -> Decision {
        switch p.role {
        case .admin: .allowed
        case .consultant where municipality == nil || municipality == p.municipalityCode: .allowed
        case .consultant: .forbidden("create citizens outside your own municipality (\(p.municipalityCode?.description ?? ""))")
        case .company, .citizen: .forbidden("create citizens")
        }
    }

    /// Moving a citizen to another municipality: only administrators may (403 for everyone
    /// else, who may change the citizen but never take this action).
    public func moveCitizen(_ p: Principal, from: MunicipalityCode, to: MunicipalityCode) -> Decision {
        from == to || p.role == .admin ? .allowed : .forbidden("move a citizen to another municipality")
    }

    /// The citizens a list may show: `requested` narrowed to the caller's scope.
    public func citizens(_ p: Principal, _ requested: CitizenFilter) -> Scope<CitizenFilter> {
        var filter = requested
        switch p.role {
        case .admin: return .filter(filter)
        case .consultant:
            guard let own = p.municipalityCode, filter.municipality.map({ $0 == own }) ?? true else { return .empty }
            filter.municipality = own
        case .citizen:
            guard let own = p.citizenId, filter.id.map({ $0 == own }) ?? true else { return .empty }
            filter.id = own
        case .company: return .forbidden("list citizens")
        }
        return .filter(filter)
    }

    // MARK: - Companies

    /// Reading or changing a company's record.
    public func company(_ p: Principal, _ companyId: UUID, _ action: Action) -> Decision {
        switch (p.role, action) {
        case (.admin, _): .allowed
        case (.company, _): companyId == p.companyId ? .allowed : .hidden
        case (.consultant, .read), (.citizen, .read): .allowed
        case (.consultant, .change), (.citizen, .change): .forbidden("change companies")
        }
    }

    /// Registering a company (administrators only).
    public func createCompany(_ p: Principal) -> Decision {
        p.role == .admin ? .allowed : .forbidden("register companies")
    }

    /// The companies a list may show: a company sees itself, a citizen none.
    public func companies(_ p: Principal, _ requested: CompanyFilter) -> Scope<CompanyFilter> {
        var filter = requested
        switch p.role {
        case .admin, .consultant: return .filter(filter)
        case .company:
            guard let own = p.companyId, filter.id.map({ $0 == own }) ?? true else { return .empty }
            filter.id = own
            return .filter(filter)
        case .citizen: return .forbidden("list companies")
        }
    }

    /// The fields of a company record shown to the caller: the contact e-mail is for the job
    /// centre and the company itself.
    public func companyFields(_ p: Principal, _ companyId: UUID) -> CompanyFields {
        switch p.role {
        case .admin, .consultant: CompanyFields(contactEmail: true)
        case .company: CompanyFields(contactEmail: companyId == p.companyId)
        case .citizen: CompanyFields(contactEmail: false)
        }
    }

    // MARK: - Vacancies (openings and slots)

    /// Reading or changing an opening or slot.
    public func vacancy(_ p: Principal, _ vacancy: VacancyFacts, _ action: Action) -> Decision {
        let read: Decision =
            switch p.role {
            case .admin, .consultant: .allowed
            case .company: vacancy.companyId == p.companyId ? .allowed : .hidden
            case .citizen: vacancy.isOpen ? .allowed : .hidden
            }
        guard action == .change, read == .allowed else { return read }
        return p.role == .admin || p.role == .company ? .allowed : .forbidden("change \(vacancy.source.plural)")
    }

    /// Posting an opening or slot for a company.
    public func createVacancy(_ p: Principal, companyId: UUID, source: VacancySource) -> Decision {
        switch company(p, companyId, .read) {
        case .allowed: p.role == .admin || p.role == .company ? .allowed : .forbidden("post \(source.plural)")
        case let other: other
        }
    }

    /// The vacancies a list may show: a company its own, a citizen the open ones.
    public func vacancies(_ p: Principal, _ requested: VacancyFilter) -> Scope<VacancyFilter> {
        var filter = requested
        switch p.role {
        case .admin, .consultant: break
        case .company:
            guard let own = p.companyId, filter.companyId.map({ $0 == own }) ?? true else { return .empty }
            filter.companyId = own
        case .citizen:
            guard filter.status.map({ $0 == .open }) ?? true else { return .empty }
            filter.status = .open
        }
        return .filter(filter)
    }

    // MARK: - Matches

    /// Ranking citizens for a vacancy: whom the ranking may include and what each card shows.
    public func citizenMatches(_ p: Principal, for vacancy: VacancyFacts) -> Decision.Or<MatchScope> {
        if p.role == .citizen { return .refused(.forbidden("list the citizens matching an opening or slot")) }
        let read = self.vacancy(p, vacancy, .read)
        guard read == .allowed else { return .refused(read) }
        switch p.role {
        case .admin: return .allowed(MatchScope(municipality: nil, onlyVisibleCitizens: false, card: .full))
        case .consultant:
            guard let own = p.municipalityCode else { return .refused(.hidden) }
            return .allowed(MatchScope(municipality: own, onlyVisibleCitizens: false, card: .full))
        case .company: return .allowed(MatchScope(municipality: nil, onlyVisibleCitizens: true, card: .pseudonymous))
        case .citizen: return .refused(.forbidden("list the citizens matching an opening or slot"))
        }
    }

    /// Ranking vacancies for a citizen: whoever may read the citizen's profile.
    public func vacancyMatches(_ p: Principal, for citizen: CitizenFacts) -> Decision {
        self.citizen(p, citizen, .read)
    }

    /// Whether a citizen card in `view` shows `need`.
    public func card(_ view: CardView, of need: NeedCode) -> Bool {
        switch view {
        case .full: true
        case .pseudonymous: need.shared
        case .consented(let needs): need.shared || needs.contains(need.code)
        }
    }

    /// The protected data a card in `view` shows of a citizen with `needs` (for the access log).
    public func protectedData(_ view: CardView, needs: [NeedCode]) -> [ProtectedData] {
        let showsNeeds = needs.contains { card(view, of: $0) }
        switch view {
        case .full, .consented: return [.identity, .contact] + (showsNeeds ? [.needs] : [])
        case .pseudonymous: return showsNeeds ? [.needs] : []
        }
    }

    /// Whether the caller's reads of protected data go to the access log: a company's or a
    /// consultant's (the citizen's own reads and the operators' are not logged).
    public func logsAccess(_ p: Principal) -> Bool {
        p.role == .company || p.role == .consultant
    }

    // MARK: - Interests, consents and the access log

    /// Starting an interest on a pair: who starts it decides who must answer. A company starts
    /// on a visible citizen for its own vacancy, a citizen on an open vacancy for themself, a
    /// consultant (or an administrator) proposes a pair for a citizen of their municipality.
    public func createInterest(_ p: Principal, citizen: CitizenFacts, vacancy: VacancyFacts) -> Decision.Or<InterestInitiator> {
        switch p.role {
        case .company:
            guard vacancy.companyId == p.companyId, citizen.visibleToCompanies else { return .refused(.hidden) }
            guard vacancy.isOpen else { return .refused(.invalid(FieldError(field: "vacancyId", message: "the vacancy is closed"))) }
            return .allowed(.company)
        case .citizen:
            guard citizen.id == p.citizenId, vacancy.isOpen else { return .refused(.hidden) }
            return .allowed(.citizen)
        case .consultant:
            guard self.citizen(p, citizen, .read) == .allowed else { return .refused(.hidden) }
            guard vacancy.isOpen else { return .refused(.invalid(FieldError(field: "vacancyId", message: "the vacancy is closed"))) }
            return .allowed(.consultant)
        case .admin:
            guard vacancy.isOpen else { return .refused(.invalid(FieldError(field: "vacancyId", message: "the vacancy is closed"))) }
            return .allowed(.consultant)
        }
    }

    /// Reading an interest: the two parties, the citizen's consultants, administrators.
    public func interest(_ p: Principal, _ interest: InterestFacts) -> Decision {
        switch p.role {
        case .admin: .allowed
        case .consultant: interest.citizenMunicipality != nil && interest.citizenMunicipality == p.municipalityCode ? .allowed : .hidden
        case .company: interest.companyId == p.companyId ? .allowed : .hidden
        case .citizen: interest.citizenId == p.citizenId ? .allowed : .hidden
        }
    }

    /// The side the caller answers for: the citizen for themself only (the citizen decides on
    /// contact), the company (or an administrator) for the company.
    public func answerSide(_ p: Principal, _ interest: InterestFacts) -> Decision.Or<InterestSide> {
        let read = self.interest(p, interest)
        guard read == .allowed else { return .refused(read) }
        switch p.role {
        case .citizen: return .allowed(.citizen)
        case .company, .admin: return .allowed(.company)
        case .consultant: return .refused(.forbidden("answer an interest for a citizen or a company"))
        }
    }

    /// Withdrawing an interest: its initiator (for a proposal, a consultant of the citizen's
    /// municipality) or an administrator.
    public func withdrawInterest(_ p: Principal, _ interest: InterestFacts) -> Decision {
        let read = self.interest(p, interest)
        guard read == .allowed else { return read }
        let initiator: Bool =
            switch (p.role, interest.initiator) {
            case (.admin, _), (.company, .company), (.citizen, .citizen), (.consultant, .consultant): true
            default: false
            }
        return initiator ? .allowed : .forbidden("withdraw an interest it did not start")
    }

    /// The interests or placements a list may show: each role its own — a citizen theirs, a
    /// company those at its vacancies, a consultant those of the municipality's citizens.
    public func parties<State>(_ p: Principal, _ requested: PartyFilter<State>) -> Scope<PartyFilter<State>> {
        var filter = requested
        switch p.role {
        case .admin: break
        case .consultant:
            guard let own = p.municipalityCode else { return .empty }
            filter.municipality = own
        case .company:
            guard let own = p.companyId, filter.companyId.map({ $0 == own }) ?? true else { return .empty }
            filter.companyId = own
        case .citizen:
            guard let own = p.citizenId, filter.citizenId.map({ $0 == own }) ?? true else { return .empty }
            filter.citizenId = own
        }
        return .filter(filter)
    }

    /// How an interest shows its citizen: a company sees the pseudonymous card, and with an
    /// active consent for this interest the identity, contact details and the needs consented to.
    public func interestCard(_ p: Principal, consent: Consent?) -> CardView {
        guard p.role == .company else { return .full }
        guard let consent, consent.isActive, consent.companyId == p.companyId else { return .pseudonymous }
        return .consented(Set(consent.sharedNeeds))
    }

    /// Reading a citizen's consents: whoever may read the citizen.
    public func consents(_ p: Principal, of citizen: CitizenFacts) -> Decision {
        self.citizen(p, citizen, .read)
    }

    /// Revoking a consent: the citizen, or an administrator.
    public func revokeConsent(_ p: Principal, of citizen: CitizenFacts) -> Decision {
        switch p.role {
        case .admin: .allowed
        case .citizen: citizen.id == p.citizenId ? .allowed : .hidden
        case .consultant: self.citizen(p, citizen, .read) == .allowed ? .forbidden("revoke a citizen's consent") : .hidden
        case .company: .hidden
        }
    }

    /// Reading a citizen's access log: the citizen and administrators.
    public func accessLog(_ p: Principal, of citizen: CitizenFacts) -> Decision {
        switch p.role {
        case .admin: .allowed
        case .citizen: citizen.id == p.citizenId ? .allowed : .hidden
        case .consultant: self.citizen(p, citizen, .read) == .allowed ? .forbidden("read a citizen's access log") : .hidden
        case .company: .hidden
        }
    }

    /// A company's interest response figures: the job centre and the company itself.
    public func interestStatistics(_ p: Principal, companyId: UUID) -> Decision {
        switch p.role {
        case .admin, .consultant: .allowed
        case .company: companyId == p.companyId ? .allowed : .hidden
        case .citizen: .forbidden("read companies' response figures")
        }
    }

    // MARK: - Placements and the overview

    /// Creating a placement: consultants for their municipality's citizens, and admins.
    public func createPlacement(_ p: Principal, citizen: CitizenFacts) -> Decision {
        switch p.role {
        case .admin: .allowed
        case .consultant: self.citizen(p, citizen, .read)
        case .company, .citizen: .forbidden("create placements")
        }
    }

    /// Reading or changing a placement: the citizen and the company read their own; the
    /// citizen's consultants and admins also change it.
    public func placement(_ p: Principal, _ placement: PlacementFacts, _ action: Action) -> Decision {
        let read: Decision =
            switch p.role {
            case .admin: .allowed
            case .consultant:
                placement.citizenMunicipality != nil && placement.citizenMunicipality == p.municipalityCode ? .allowed : .hidden
            case .company: placement.companyId == p.companyId ? .allowed : .hidden
            case .citizen: placement.citizenId == p.citizenId ? .allowed : .hidden
            }
        guard action == .change, read == .allowed else { return read }
        return p.role == .admin || p.role == .consultant ? .allowed : .forbidden("change placements")
    }

    /// A municipality's caseload overview: its consultants and admins; another municipality's
    /// is outside a consultant's scope (404, as every out-of-scope object).
    public func overview(_ p: Principal, of municipality: MunicipalityCode) -> Decision {
        switch p.role {
        case .admin: .allowed
        case .consultant: municipality == p.municipalityCode ? .allowed : .hidden
        case .company, .citizen: .forbidden("read caseload overviews")
        }
    }

    // MARK: - Accounts

    /// Reading or changing an account (its name, address and language). `caller` is the
    /// caller's own account: everyone may read and change their own. Administrators may all; a
    /// consultant the accounts of the citizens whose case their municipality holds; a company's
    /// people the accounts of their company.
    public func account(_ p: Principal, caller: UUID?, _ account: AccountFacts, _ action: Action) -> Decision {
        if account.id == caller { return .allowed }
        let target = account.principal
        switch p.role {
        case .admin: return .allowed
        case .consultant:
            return target.role == .citizen && account.citizenMunicipality != nil
                && account.citizenMunicipality == p.municipalityCode ? .allowed : .hidden
        case .company: return target.role == .company && target.companyId == p.companyId ? .allowed : .hidden
        case .citizen: return .hidden
        }
    }

    /// Changing an account's e-mail address — the identity it signs in with — is for those who
    /// manage the account, never its owner alone (a stolen session must not take the account
    /// over); administrators may change their own.
    public func changeEmail(_ p: Principal, caller: UUID?, _ account: AccountFacts) -> Decision {
        let change = self.account(p, caller: caller, account, .change)
        guard change == .allowed else { return change }
        return account.id != caller || p.role == .admin ? .allowed : .forbidden("change your own e-mail address")
    }

    /// Creating an account: administrators any; a consultant for a citizen of their
    /// municipality; a company's people for their own company.
    public func createAccount(_ p: Principal, _ account: AccountFacts) -> Decision {
        let target = account.principal
        switch p.role {
        case .admin: return .allowed
        case .consultant:
            guard target.role == .citizen else { return .forbidden("create accounts other than citizens'") }
            return account.citizenMunicipality != nil && account.citizenMunicipality == p.municipalityCode
                ? .allowed : .invalid(FieldError(field: "citizenId", message: "names no citizen of your municipality"))
        case .company:
            guard target.role == .company else { return .forbidden("create accounts other than your company's") }
            return target.companyId == p.companyId
                ? .allowed : .invalid(FieldError(field: "companyId", message: "must be your own company"))
        case .citizen: return .forbidden("create accounts")
        }
    }

    /// Disabling or enabling an account: whoever may change it, except its owner (no one locks
    /// themself out).
    public func disableAccount(_ p: Principal, caller: UUID?, _ account: AccountFacts) -> Decision {
        if account.id == caller { return .forbidden("disable or enable your own account") }
        return self.account(p, caller: caller, account, .change)
    }

    /// The accounts a list may show: `requested` narrowed to the caller's scope.
    public func accounts(_ p: Principal, _ requested: AccountFilter) -> Scope<AccountFilter> {
        var filter = requested
        switch p.role {
        case .admin: return .filter(filter)
        case .consultant:
            guard let own = p.municipalityCode, filter.role.map({ $0 == .citizen }) ?? true,
                filter.municipality.map({ $0 == own }) ?? true, filter.companyId == nil
            else { return .empty }
            filter.role = .citizen
            filter.municipality = own
        case .company:
            guard let own = p.companyId, filter.role.map({ $0 == .company }) ?? true, filter.companyId.map({ $0 == own }) ?? true,
                filter.municipality == nil, filter.citizenId == nil
            else { return .empty }
            filter.role = .company
            filter.companyId = own
        case .citizen: return .forbidden("list accounts")
        }
        return .filter(filter)
    }

    // MARK: - Webhooks

    /// Reading or changing a webhook subscription: its owner and administrators.
    public func webhook(_ p: Principal, ownedBy owner: Principal) -> Decision {
        p.role == .admin || owner == p ? .allowed : .hidden
    }

    /// The events a role may subscribe to: those about objects it may see.
    public func subscribableEvents(_ role: Role) -> Set<WebhookEventType> {
        switch role {
        case .admin, .consultant: Set(WebhookEventType.allCases)
        case .company:
            Set(
                [
                    .matchCreated, .openingCreated, .openingUpdated, .openingClosed, .slotCreated, .slotUpdated,
                    .placementStarted, .placementProgressed, .placementEnded, .matchUpgraded,
                ] + WebhookEventType.interestEvents)
        case .citizen:
            Set(
                [.matchCreated, .citizenUpdated, .placementStarted, .placementProgressed, .placementEnded, .matchUpgraded]
                    + WebhookEventType.interestEvents)
        }
    }

    /// Whether a subscription's owner may hear of an event about `subject`.
    public func hears(_ owner: Principal, _ subject: EventSubject) -> Bool {
        switch subject {
        case .citizen(let facts):
            return citizen(owner, facts, .read) == .allowed
        case .vacancy(let vacancy):
            switch owner.role {
            case .admin: return true
            case .consultant: return vacancy.companyMunicipality != nil && vacancy.companyMunicipality == owner.municipalityCode
            case .company: return vacancy.companyId == owner.companyId
            case .citizen: return false
            }
        case .match(let citizen, let vacancy):
            switch owner.role {
            case .admin: return true
            case .consultant: return citizen.municipality != nil && citizen.municipality == owner.municipalityCode
            case .company: return vacancy.companyId == owner.companyId && citizen.visibleToCompanies
            case .citizen: return citizen.id == owner.citizenId
            }
        case .interest(let interest):
            return self.interest(owner, interest) == .allowed
        case .interestReminder(let interest, let side):
            switch owner.role {
            case .admin: return true
            case .company: return side == .company && interest.companyId == owner.companyId
            case .citizen: return side == .citizen && interest.citizenId == owner.citizenId
            case .consultant: return false
            }
        case .placement(let placement):
            return self.placement(owner, placement, .read) == .allowed
        case .followUp(let placement):
            return (owner.role == .admin || owner.role == .consultant) && self.placement(owner, placement, .read) == .allowed
        }
    }
}

/// Read or change.
public enum Action: Sendable, Equatable {
    /// See it.
    case read
    /// Change it.
    case change
}

/// The policy's answer.
public enum Decision: Sendable, Equatable {
    /// Go ahead.
    case allowed
    /// Outside the caller's scope: answered as if it did not exist (404).
    case hidden
    /// The role may never do this (403); the text says what, e.g. "register companies".
    case forbidden(String)
    /// Allowed in general, but not with this value (422 naming the field).
    case invalid(FieldError)

    /// An answer that carries what was allowed, or why not.
    public enum Or<Value: Sendable & Equatable>: Sendable, Equatable {
        /// Allowed, with the value.
        case allowed(Value)
        /// Refused: `hidden`, `forbidden` or `invalid`.
        case refused(Decision)
    }
}

/// A list's filter narrowed to the caller's scope.
public enum Scope<Filter: Sendable & Equatable>: Sendable, Equatable {
    /// Show what matches this filter.
    case filter(Filter)
    /// What was asked for lies outside the caller's scope: an empty list.
    case empty
    /// The role may never list these (403).
    case forbidden(String)
}

/// Which citizens a ranking may include, and how their cards are shown.
public struct MatchScope: Sendable, Equatable {
    /// Only the citizens of this municipality (a consultant's caseload).
    public var municipality: MunicipalityCode?
    /// Only citizens who chose to be visible to companies.
    public var onlyVisibleCitizens: Bool
    /// How the cards are shown.
    public var card: CardView

    /// Creates a scope.
    public init(municipality: MunicipalityCode?, onlyVisibleCitizens: Bool, card: CardView) {
        self.municipality = municipality
        self.onlyVisibleCitizens = onlyVisibleCitizens
        self.card = card
    }
}

/// How a citizen is shown on a match card.
public enum CardView: Sendable, Equatable {
    /// With identity, contact details and every need (the job centre).
    case full
    /// Alias only, no contact details, shared needs only (companies).
    case pseudonymous
    /// A company with the citizen's active consent: identity and contact details, the shared
    /// needs and those consented to.
    case consented(Set<String>)
}

/// The facts about an interest the policy decides on.
public struct InterestFacts: Sendable, Equatable {
    /// The interest.
    public var id: UUID
    /// Its citizen.
    public var citizenId: UUID
    /// The municipality holding the citizen's case.
    public var citizenMunicipality: MunicipalityCode?
    /// The vacancy's company.
    public var companyId: UUID
    /// Who started it.
    public var initiator: InterestInitiator

    /// Creates the facts.
    public init(id: UUID, citizenId: UUID, citizenMunicipality: MunicipalityCode?, companyId: UUID, initiator: InterestInitiator) {
        self.id = id
        self.citizenId = citizenId
        self.citizenMunicipality = citizenMunicipality
        self.companyId = companyId
        self.initiator = initiator
    }
}

/// The fields of a company record a caller may see.
public struct CompanyFields: Sendable, Equatable {
    /// Whether the contact e-mail is shown.
    public var contactEmail: Bool
}

/// The facts about a citizen the policy decides on.
public struct CitizenFacts: Sendable, Equatable {
    /// The citizen.
    public var id: UUID
    /// The municipality holding the case.
    public var municipality: MunicipalityCode?
    /// Whether companies may see the citizen's card.
    public var visibleToCompanies: Bool

    /// Creates the facts.
    public init(id: UUID, municipality: MunicipalityCode?, visibleToCompanies: Bool) {
        self.id = id
        self.municipality = municipality
        self.visibleToCompanies = visibleToCompanies
    }
}

/// The facts about an opening or slot the policy decides on.
public struct VacancyFacts: Sendable, Equatable {
    /// The vacancy.
    public var id: UUID
    /// Opening or slot.
    public var source: VacancySource
    /// The company offering it.
    public var companyId: UUID
    /// The company's municipality, when known.
    public var companyMunicipality: MunicipalityCode?
    /// Whether it takes applicants.
    public var isOpen: Bool

    /// Creates the facts.
    public init(id: UUID, source: VacancySource, companyId: UUID, companyMunicipality: MunicipalityCode?, isOpen: Bool) {
        self.id = id
        self.source = source
        self.companyId = companyId
        self.companyMunicipality = companyMunicipality
        self.isOpen = isOpen
    }
}

/// What a webhook event is about.
public enum EventSubject: Sendable, Equatable {
    /// A citizen's profile.
    case citizen(CitizenFacts)
    /// An opening or slot.
    case vacancy(VacancyFacts)
    /// A citizen–vacancy pair.
    case match(CitizenFacts, VacancyFacts)
    /// An interest (created, answered, withdrawn, expired) or a consent given for it.
    case interest(InterestFacts)
    /// A reminder to the side that must answer an interest.
    case interestReminder(InterestFacts, InterestSide)
    /// A placement (started, progressed, ended).
    case placement(PlacementFacts)
    /// A placement's follow-up, for the job centre.
    case followUp(PlacementFacts)
}

/// The facts about a placement the policy decides on.
public struct PlacementFacts: Sendable, Equatable {
    /// The placement.
    public var id: UUID
    /// Its citizen.
    public var citizenId: UUID
    /// The municipality holding the citizen's case.
    public var citizenMunicipality: MunicipalityCode?
    /// The workplace's company.
    public var companyId: UUID

    /// Creates the facts.
    public init(id: UUID, citizenId: UUID, citizenMunicipality: MunicipalityCode?, companyId: UUID) {
        self.id = id
        self.citizenId = citizenId
        self.citizenMunicipality = citizenMunicipality
        self.companyId = companyId
    }
}

extension Citizen {
    /// What the access policy needs to know of this citizen.
    public var facts: CitizenFacts {
        CitizenFacts(id: id, municipality: municipalityCode, visibleToCompanies: visibleToCompanies)
    }
}

extension Vacancy {
    /// What the access policy needs to know of this vacancy, given its company's municipality.
    public func facts(companyMunicipality: MunicipalityCode?) -> VacancyFacts {
        VacancyFacts(
            id: id, source: source, companyId: companyId, companyMunicipality: companyMunicipality,
            isOpen: status == .open)
    }
}

extension VacancyFeatures {
    /// What the access policy needs to know of a vacancy, from its features in the match index
    /// (which follows every commit), so a match route decides without reading the row.
    public var facts: VacancyFacts {
        VacancyFacts(id: id.uuid, source: source, companyId: companyId.uuid, companyMunicipality: nil, isOpen: isOpen)
    }
}

extension VacancySource {
    /// "openings" or "slots", for messages.
    public var plural: String { self == .opening ? "openings" : "slots" }
}

import Foundation
import GRDB
import MatchCore
import Profiles

/// Accounts need no match index, so the database itself is the account store, as it is the
/// token store: the CLI manages accounts without loading any profiles.
extension AppDatabase: AccountStore {
    // MARK: - Accounts

    public func createAccount(_ account: Account, now: Date) async throws -> Stored<Account> {
        try await write { db in
            try Self.checkScopeExists(db, account.principal)
            return try Stored(created: account, at: now).inserted(db)
        }
    }

    public func account(_ id: UUID) async throws -> Stored<Account>? {
        try await read { db in try Stored<Account>.fetchOne(db, id: id) }
    }

    public func account(email: String) async throws -> Stored<Account>? {
        try await read { db in
            try Stored<Account>.filter(Account.Columns.email == Account.normalized(email: email)).fetchOne(db)
        }
    }

    public func accountFacts(_ id: UUID) async throws -> AccountFacts? {
        try await read { db in try Stored<Account>.fetchOne(db, id: id).map { try Self.facts(db, $0.value) } }
    }

    public func accounts(_ filter: AccountFilter, page: PageRequest) async throws -> Page<Stored<Account>> {
        try await read { db in
            var request = Stored<Account>.all()
            if let role = filter.role { request = request.filter(Account.Columns.role == role.rawValue) }
            if let id = filter.companyId { request = request.filter(Account.Columns.companyId == id.lowercasedText) }
            if let id = filter.citizenId { request = request.filter(Account.Columns.citizenId == id.lowercasedText) }
            if let email = filter.email { request = request.filter(Account.Columns.email == Account.normalized(email: email)) }
            if let code = filter.municipality {
                // A consultant of the municipality, or a citizen whose case it holds.
                let citizens = Citizen.filter(Citizen.Columns.municipalityCode == code.description).select(Citizen.Columns.id)
                request = request.filter(
                    Account.Columns.municipalityCode == code.description || citizens.contains(Account.Columns.citizenId))
            }
            return try request.fetchPage(db, page, id: \.value.id)
        }
    }

    public func updateAccount(_ account: Account, expectedVersion: Int?, now: Date) async throws -> Stored<Account> {
        try await write { db in
            guard let stored = try Stored<Account>.fetchOne(db, id: account.id) else { throw StoreError.notFound }
            // Only the name, address and language change here; role, scope, sign-ins and the
            // disabled state have their own ways.
            var changed = stored.value
            changed.name = account.name
            changed.email = account.email
            changed.language = account.language
            return try Stored.update(db, changed, ifVersion: expectedVersion, now: now).current
        }
    }

    public func setAccountDisabled(_ id: UUID, _ disabled: Bool, now: Date) async throws -> Stored<Account> {
        try await write { db in
            guard var account = try Stored<Account>.fetchOne(db, id: id)?.value else { throw StoreError.notFound }
            guard account.disabled != disabled else { return try Stored<Account>.fetchOne(db, id: id)! }
            account.disabledAt = disabled ? now : nil
            let updated = try Stored.update(db, account, ifVersion: nil, now: now).current
            if disabled {
                try Session.filter(Session.Columns.accountId == id.lowercasedText && Session.Columns.endedAt == nil)
                    .updateAll(
                        db, Session.Columns.endedAt.set(to: now.storedText),
                        Session.Columns.endReason.set(to: Session.EndReason.accountDisabled.rawValue))
                try APIToken.filter(APIToken.Columns.accountId == id.lowercasedText && APIToken.Columns.revokedAt == nil)
                    .updateAll(db, APIToken.Columns.revokedAt.set(to: now.storedText))
                try SignInLink.filter(SignInLink.Columns.accountId == id.lowercasedText && SignInLink.Columns.usedAt == nil).deleteAll(db)
            }
            return updated
        }
    }

    // MARK: - Sign-in links

    public func requestSignInLink(
        _ request: SignInRequest, email: String, link: (id: UUID, tokenHash: String, browserHash: String?),
        rules: SignInRules, mail: @escaping @Sendable (Account, SignInLink) -> MailMessage
    ) async throws -> Result<LinkIssue, SignInRefusal> {
        try await write { db in
            let cutoff = rules.requestCutoff(now: request.at).storedText
            try SignInRequest.filter(SignInRequest.Columns.at < cutoff).deleteAll(db)
            try SignInLink.filter(SignInLink.Columns.expiresAt < request.at.addingTimeInterval(-86_400).storedText).deleteAll(db)
            let forAddress = try Date.fetchAll(
                db, SignInRequest.select(SignInRequest.Columns.at).filter(SignInRequest.Columns.addressHash == request.addressHash))
            let forClient = try Date.fetchAll(
                db, SignInRequest.select(SignInRequest.Columns.at).filter(SignInRequest.Columns.client == request.client))
            let account = try Stored<Account>.filter(Account.Columns.email == Account.normalized(email: email)).fetchOne(db)?.value
            let decision = SignInWorkflow.requestLink(
                request, account: account, recentForAddress: forAddress, recentForClient: forClient, link: link, rules: rules)
            guard case .success(let issue) = decision else { return decision }
            try issue.request.insert(db)
            if let issued = issue.link, let account = issue.account {
                try issued.insert(db)
                try mail(account, issued).enqueue(db)
            }
            return decision
        }
    }

    public func signInLink(tokenHash: String) async throws -> (link: SignInLink, account: Account)? {
        try await read { db in
            guard let link = try SignInLink.filter(SignInLink.Columns.tokenHash == tokenHash).fetchOne(db),
                let account = try Stored<Account>.fetchOne(db, id: link.accountId)
            else { return nil }
            return (link, account.value)
        }
    }

    public func redeemSignInLink(
        tokenHash: String, browserHash: String?, session: (id: UUID, secretHash: String, client: String?, userAgent: String?),
        rules: SignInRules, now: Date
    ) async throws -> Result<Redemption, SignInRefusal> {
        try await write { db in
            let link = try SignInLink.filter(SignInLink.Columns.tokenHash == tokenHash).fetchOne(db)
            let account = try link.flatMap { try Stored<Account>.fetchOne(db, id: $0.accountId)?.value }
            let decision = SignInWorkflow.redeem(link, account: account, browserHash: browserHash, session: session, rules: rules, now: now)
            guard case .success(let redemption) = decision else { return decision }
            try redemption.link.update(db)
            try Account.filter(Account.Columns.id == redemption.account.id.lowercasedText)
                .updateAll(db, Account.Columns.lastSignInAt.set(to: now.storedText))
            try redemption.session.insert(db)
            // Sessions over for a month are forgotten.
            try Session.filter(Session.Columns.expiresAt < now.addingTimeInterval(-30 * 86_400).storedText).deleteAll(db)
            return decision
        }
    }

    public func issueSignInLink(accountId: UUID, tokenHash: String, lifetime: TimeInterval, now: Date) async throws -> SignInLink {
        try await write { db in
            guard let account = try Stored<Account>.fetchOne(db, id: accountId)?.value else { throw StoreError.notFound }
            if account.disabled { throw StoreError.conflict(field: "account", message: "the account is disabled") }
            let link = SignInLink(
                id: UUID(), tokenHash: tokenHash, accountId: accountId, browserHash: nil, createdAt: now,
                expiresAt: now.addingTimeInterval(lifetime))
            try link.insert(db)
            return link
        }
    }

    // MARK: - Sessions

    public func sessionBearer(secretHash: String, rules: SignInRules, now: Date) async throws -> Bearer? {
        let found = try await read { db -> (Session, Account)? in
            guard let session = try Session.filter(Session.Columns.secretHash == secretHash).fetchOne(db),
                let account = try Stored<Account>.fetchOne(db, id: session.accountId)
            else { return nil }
            return (session, account.value)
        }
        guard let (session, account) = found else { return nil }
        guard case .active(let touch) = SessionState(session, account: account, rules: rules, now: now) else { return nil }
        if touch {
            try await write { db in
                try Session.filter(Session.Columns.id == session.id.lowercasedText)
                    .updateAll(db, Session.Columns.lastSeenAt.set(to: now.storedText))
            }
        }
        return Bearer(credentialId: session.id, credential: .session, accountId: account.id, principal: account.principal)
    }

    public func sessions(of accountId: UUID, rules: SignInRules, now: Date) async throws -> [Session] {
        try await read { db in
            let account = try Stored<Account>.fetchOne(db, id: accountId)?.value
            return try Session.filter(Session.Columns.accountId == accountId.lowercasedText && Session.Columns.endedAt == nil)
                .order(Column("createdAt").desc).fetchAll(db)
                .filter { SessionState($0, account: account, rules: rules, now: now) != .over }
        }
    }

    public func endSession(_ id: UUID, of accountId: UUID, reason: Session.EndReason, now: Date) async throws -> Bool {
        try await write { db in
            try Session.filter(
                Session.Columns.id == id.lowercasedText && Session.Columns.accountId == accountId.lowercasedText
                    && Session.Columns.endedAt == nil && Session.Columns.expiresAt > now.storedText
            )
            .updateAll(db, Session.Columns.endedAt.set(to: now.storedText), Session.Columns.endReason.set(to: reason.rawValue)) > 0
        }
    }

    // MARK: - Helpers

    /// Refuses a principal whose company or citizen does not exist (409 naming the field).
    static func checkScopeExists(_ db: Database, _ principal: Principal) throws {
        if let companyId = principal.companyId, try !Company.exists(db, key: companyId.lowercasedText) {
            throw StoreError.conflict(field: "companyId", message: "no company \(companyId.lowercasedText)")
        }
        if let citizenId = principal.citizenId, try !Citizen.exists(db, key: citizenId.lowercasedText) {
            throw StoreError.conflict(field: "citizenId", message: "no citizen \(citizenId.lowercasedText)")
        }
    }

    /// The policy's facts about `account`: for a citizen's, the municipality holding the case.
    static func facts(_ db: Database, _ account: Account) throws -> AccountFacts {
        var municipality: MunicipalityCode?
        if let citizenId = account.principal.citizenId {
            municipality = try String.fetchOne(
                db, Citizen.select(Citizen.Columns.municipalityCode).filter(Citizen.Columns.id == citizenId.lowercasedText)
            ).flatMap(MunicipalityCode.init)
        }
        return AccountFacts(id: account.id, principal: account.principal, citizenMunicipality: municipality)
    }
}

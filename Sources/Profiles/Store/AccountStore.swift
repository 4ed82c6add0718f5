import Foundation

/// Accounts, their tokens, sign-in links and sessions. Accounts need no match index, so the
/// database itself is this store (the CLI manages accounts without loading any profiles).
public protocol AccountStore: Sendable {
    /// Stores a new account; its company or citizen must exist, its address must be free and a
    /// citizen has at most one account (`StoreError.conflict` naming the field otherwise).
    func createAccount(_ account: Account, now: Date) async throws -> Stored<Account>
    /// The account, or nil.
    func account(_ id: UUID) async throws -> Stored<Account>?
    /// The account with this (normalized) address, or nil.
    func account(email: String) async throws -> Stored<Account>?
    /// What the access policy needs to know of an account.
    func accountFacts(_ id: UUID) async throws -> AccountFacts?
    /// The accounts `filter` selects, by address then id.
    func accounts(_ filter: AccountFilter, page: PageRequest) async throws -> Page<Stored<Account>>
    /// Replaces an account's name, address and language when its version is `expectedVersion`.
    func updateAccount(_ account: Account, expectedVersion: Int?, now: Date) async throws -> Stored<Account>
    /// Disables (`true`) or enables an account. Disabling ends its sessions, revokes its tokens
    /// and voids its unused links in the same transaction.
    func setAccountDisabled(_ id: UUID, _ disabled: Bool, now: Date) async throws -> Stored<Account>

    /// Records a request for a sign-in link and, when the workflow issues one, the link and its
    /// mail (`mail` makes it for the account), all in one transaction.
    func requestSignInLink(
        _ request: SignInRequest, email: String, link: (id: UUID, tokenHash: String, browserHash: String?),
        rules: SignInRules, mail: @escaping @Sendable (Account, SignInLink) -> MailMessage
    ) async throws -> Result<LinkIssue, SignInRefusal>
    /// The link with this token hash and its account, for the page a link opens.
    func signInLink(tokenHash: String) async throws -> (link: SignInLink, account: Account)?
    /// Spends a link and makes its session, in one transaction.
    func redeemSignInLink(
        tokenHash: String, browserHash: String?, session: (id: UUID, secretHash: String, client: String?, userAgent: String?),
        rules: SignInRules, now: Date
    ) async throws -> Result<Redemption, SignInRefusal>
    /// Makes a link for an account without a request (an administrator's, `matchd account
    /// link`): unbound, valid for `lifetime`.
    func issueSignInLink(accountId: UUID, tokenHash: String, lifetime: TimeInterval, now: Date) async throws -> SignInLink

    /// The bearer of a session secret's hash, when the session stands; its last use is written
    /// when `SessionState` says so.
    func sessionBearer(secretHash: String, rules: SignInRules, now: Date) async throws -> Bearer?
    /// An account's sessions that stand, newest first.
    func sessions(of accountId: UUID, rules: SignInRules, now: Date) async throws -> [Session]
    /// Ends one of an account's sessions; false when it has no such standing session.
    func endSession(_ id: UUID, of accountId: UUID, reason: Session.EndReason, now: Date) async throws -> Bool
}

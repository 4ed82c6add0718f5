import Hummingbird

/// A way people prove who they are before matchd gives them a session. matchd ships one,
/// `EmailLinkProvider` (a one-time link e-mailed to the account's address). A deployment that
/// signs people in with MitID / NemLog-in or a municipal OpenID Connect provider writes another
/// conforming type — its routes under `/auth` start the provider's flow and take its callback,
/// map the verified identity to an account (by the e-mail claim or a stored subject id), and end
/// with a session through `SessionIssuer` — and passes it to `buildParts` instead
/// (docs/operations.md, "Replacing the sign-in provider").
protocol IdentityProvider: Sendable {
    /// Adds the provider's routes to `router`; `sessions` makes and ends sessions.
    func register(on router: Router<MatchRequestContext>, sessions: SessionIssuer)
}

import Foundation
import Hummingbird
import Logging
import Profiles

/// Sessions, for every identity provider and the session routes: finds the session a request's
/// cookie stands for, answers a completed sign-in (cookie, log line, redirect or JSON), and
/// ends sessions. One place, so every provider's sessions behave alike.
struct SessionIssuer: Sendable {
    let accounts: any AccountStore
    let cookies: SessionCookies
    let rules: SignInRules
    let clock: @Sendable () -> Date

    /// The standing session of the request's cookie, with the cookie's secret; nil without one.
    func current(_ request: Request) async throws -> (bearer: Bearer, secret: String)? {
        guard let secret = request.cookies[SessionCookies.session]?.value, (20...100).contains(secret.utf8.count) else { return nil }
        guard let bearer = try await accounts.sessionBearer(secretHash: Secret.hash(secret), rules: rules, now: clock()) else { return nil }
        return (bearer, secret)
    }

    /// The answer to a completed sign-in: the session cookie, and a `303` to `/` for a form
    /// post or the session as JSON otherwise. Logs the sign-in (account id and client address,
    /// never the address or a secret).
    func signedIn(_ redemption: Redemption, secret: String, form: Bool, context: MatchRequestContext) async throws -> Response {
        context.logger.info(
            "sign-in",
            metadata: ["outcome": "signedIn", "account": "\(redemption.account.id.lowercasedText)", "client": "\(context.clientAddress)"])
        var response: Response
        if form {
            response = Response(status: .seeOther, headers: [.location: "/"])
            PageRenderer.addSecurityHeaders(&response.headers)
        } else {
            guard let account = try await accounts.account(redemption.account.id) else { throw APIProblem.notFound }
            response = try JSONBody.response(SessionInfo(account: account, session: redemption.session, secret: secret))
        }
        response.setCookie(cookies.session(secret))
        return response
    }

    /// Ends the request's session, if any, and clears its cookie.
    func signOut(_ request: Request, form: Bool, context: MatchRequestContext) async throws -> Response {
        if let (bearer, _) = try await current(request) {
            _ = try await accounts.endSession(bearer.credentialId, of: bearer.accountId, reason: .signedOut, now: clock())
            context.logger.info(
                "sign-out", metadata: ["account": "\(bearer.accountId.lowercasedText)", "client": "\(context.clientAddress)"])
        }
        var response = form ? Response(status: .seeOther, headers: [.location: "/auth/sign-in"]) : Response(status: .noContent)
        PageRenderer.addSecurityHeaders(&response.headers)
        response.setCookie(cookies.clearedSession())
        return response
    }
}

import Foundation
import Hummingbird
import Profiles

/// The routes every provider shares: the start page `/` (a landing page, or who you are signed
/// in as, your sessions and sign-out), `GET /auth/session` (the session and its CSRF token for
/// JSON clients), `POST /auth/sign-out`, and the stylesheet.
struct SessionRoutes: Sendable {
    let sessions: SessionIssuer
    let pages: PageRenderer
    let maxBodyBytes: Int

    func register(on router: Router<MatchRequestContext>) throws {
        let stylesheet = try Self.stylesheet()
        router.get("/") { request, _ in try await home(request) }
        router.get("/auth/session") { request, _ in
            guard let (bearer, secret) = try await sessions.current(request),
                let account = try await sessions.accounts.account(bearer.accountId),
                let session = try await sessions.accounts.sessions(of: bearer.accountId, rules: sessions.rules, now: sessions.clock())
                    .first(where: { $0.id == bearer.credentialId })
            else { throw APIProblem.unauthorized }
            return try JSONBody.response(SessionInfo(account: account, session: session, secret: secret))
        }
        router.post("/auth/sign-out") { request, context in
            let body = try await FormBody.read(request, maxBytes: maxBodyBytes)
            if let csrf = body.fields["csrf"], csrf.utf8.count > 100 {
                throw APIProblem.badRequest("csrf is longer than a CSRF token.", field: "csrf")
            }
            if let (_, secret) = try await sessions.current(request),
                !SessionCookies.isValid(csrf: request.headers[.csrfToken] ?? body.fields["csrf"], forSession: secret)
            {
                throw APIProblem.forbidden("Send the session's CSRF token (X-CSRF-Token or the form field csrf).")
            }
            return try await sessions.signOut(request, form: body.fromBrowser, context: context)
        }
        router.get("/assets/matchd.css") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(string: stylesheet)))
        }
    }

    /// The start page: the landing page, or the signed-in person's name, role and sessions.
    private func home(_ request: Request) async throws -> Response {
        guard let (bearer, secret) = try await sessions.current(request),
            let account = try await sessions.accounts.account(bearer.accountId)?.value
        else {
            return pages.page("home", EmailLinkProvider.language(request), titleKey: "landing.title", ["signedIn": false])
        }
        let language = request.uri.queryParameters["lang"].flatMap { Language(rawValue: String($0)) } ?? account.language
        let standing = try await sessions.accounts.sessions(of: account.id, rules: sessions.rules, now: sessions.clock())
        let rows: [[String: Any]] = standing.map {
            [
                "createdAt": Self.shown($0.createdAt), "clientAddress": $0.clientAddress ?? "", "userAgent": $0.userAgent ?? "",
                "current": $0.id == bearer.credentialId,
            ]
        }
        return pages.page(
            "home", language, titleKey: "home.title",
            [
                "signedIn": true, "name": account.name,
                "roleName": pages.strings(language).text("roles.\(account.principal.role.rawValue)"),
                "sessions": rows, "csrf": SessionCookies.csrfToken(forSession: secret),
            ])
    }

    /// A time as people in Denmark read it: `8.12.2026 14.05`, Danish time.
    static func shown(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "da_DK")
        formatter.timeZone = TimeZone(identifier: "Europe/Copenhagen")
        formatter.dateFormat = "d.M.yyyy HH.mm"
        return formatter.string(from: date)
    }

    private static func stylesheet() throws -> String {
        guard let url = Bundle.module.url(forResource: "Assets", withExtension: nil) else { throw CocoaError(.fileNoSuchFile) }
        return try String(contentsOf: url.appendingPathComponent("matchd.css"), encoding: .utf8)
    }
}

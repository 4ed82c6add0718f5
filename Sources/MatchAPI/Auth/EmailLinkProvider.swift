import Foundation
import Hummingbird
import Logging
import Profiles

/// The built-in identity provider: a one-time link e-mailed to the account's address.
///
/// - `GET /auth/sign-in`: the form. `POST /auth/sign-in`: always the same answer for a
///   well-formed address (no account enumeration); for an enabled account with that address,
///   a link is stored (hashed) and its mail queued in the same transaction; the browser gets a
///   binding cookie the link is tied to. Rate limits per address and per client (`SignInRules`).
/// - `GET /auth/link?token=`: says whom the link signs in and offers a button; it does not
///   spend the link (mail scanners open links). `POST /auth/link`: spends it and signs in.
struct EmailLinkProvider: IdentityProvider {
    let accounts: any AccountStore
    let pages: PageRenderer
    let cookies: SessionCookies
    let rules: SignInRules
    let clock: @Sendable () -> Date
    /// The daemon's public origin, e.g. `https://matchd.horsens.dk` (links point there).
    let publicURL: String
    /// The domain of the mail's `Message-ID`s.
    let mailDomain: String
    /// Wakes the mail relay after a link's mail is queued.
    let wakeMail: @Sendable () -> Void
    /// Largest body read.
    let maxBodyBytes: Int

    func register(on router: Router<MatchRequestContext>, sessions: SessionIssuer) {
        router.get("/auth/sign-in") { request, _ in
            guard Self.hasValidLanguage(request) else { return failure(.badRequest, "linkError.malformed", language: .da, form: true) }
            return pages.page("sign-in", Self.language(request), titleKey: "signIn.title", [:])
        }
        router.post("/auth/sign-in") { request, context in
            try await requestLink(request, context: context)
        }
        router.get("/auth/link") { request, context in
            try await linkPage(request, context: context)
        }
        router.post("/auth/link") { request, context in
            try await redeem(request, context: context, sessions: sessions)
        }
    }

    // MARK: - Asking for a link

    private func requestLink(_ request: Request, context: MatchRequestContext) async throws -> Response {
        let body = try await FormBody.read(request, maxBytes: maxBodyBytes)
        let language = body.fields["lang"].flatMap(Language.init(rawValue:)) ?? Self.language(request)
        let strings = pages.strings(language)
        if SameOrigin.isCrossSite(request) {
            guard body.fromBrowser else {
                return Problems.response(APIProblem(.forbidden, "Forbidden", detail: strings.text("signIn.crossSite")))
            }
            return pages.page(
                "sign-in", language, status: .forbidden, titleKey: "signIn.title", ["error": strings.text("signIn.crossSite")])
        }
        let email = body.fields["email"] ?? ""
        if let problem = Account.problem(email: email.trimmingCharacters(in: .whitespaces)) {
            if body.fromBrowser {
                return pages.page(
                    "sign-in", language, status: .unprocessableContent, titleKey: "signIn.title",
                    ["error": strings.text("signIn.invalidEmail"), "email": String(email.prefix(254))])
            }
            throw APIProblem.unprocessable([problem])
        }
        let now = clock()
        let token = Secret.random()
        let browser = Secret.random()
        let signInRequest = SignInRequest(
            at: now, addressHash: Secret.hash(Account.normalized(email: email)), client: context.clientAddress)
        let outcome = try await accounts.requestSignInLink(
            signInRequest, email: email, link: (UUID(), Secret.hash(token), Secret.hash(browser)), rules: rules,
            mail: { [pages, publicURL, mailDomain] account, link in
                SignInMail.message(
                    account: account, link: link, url: "\(publicURL)/auth/link?token=\(token)", pages: pages, domain: mailDomain)
            })
        switch outcome {
        case .failure(.rateLimited(let retryAfter)):
            context.logger.info("sign-in link refused", metadata: ["outcome": "rateLimited", "client": "\(context.clientAddress)"])
            let seconds = max(1, Int(retryAfter.timeIntervalSince(now).rounded(.up)))
            var response: Response
            if body.fromBrowser {
                response = pages.page(
                    "sign-in", language, status: .tooManyRequests, titleKey: "signIn.title", ["error": strings.text("signIn.tooMany")])
            } else {
                response = Problems.response(
                    APIProblem(
                        .tooManyRequests, "Too many sign-in requests", detail: "Try again in \(seconds) seconds.", nextAllowedAt: retryAfter
                    ))
            }
            response.headers[.retryAfter] = String(seconds)
            return response
        case .failure:
            throw APIProblem.badRequest("The request could not be handled.")
        case .success(let issue):
            context.logger.info(
                "sign-in link requested",
                metadata: [
                    "outcome": issue.link == nil ? "noActiveAccount" : "linkQueued",
                    "account": "\(issue.account?.id.lowercasedText ?? "-")", "client": "\(context.clientAddress)",
                ])
            if issue.link != nil { wakeMail() }
            var response =
                body.fromBrowser
                ? pages.page("sign-in-sent", language, status: .accepted, titleKey: "sent.title")
                : try JSONBody.response(["message": strings.text("sent.body")], status: .accepted)
            response.setCookie(cookies.binding(browser, lifetime: rules.linkLifetime))
            return response
        }
    }

    // MARK: - Following a link

    private func linkPage(_ request: Request, context: MatchRequestContext) async throws -> Response {
        let language = Self.language(request)
        guard Self.hasValidLanguage(request), let token = Self.token(request.uri.queryParameters["token"].map(String.init)) else {
            return failure(.badRequest, "linkError.malformed", language: language, form: true)
        }
        let found = try await accounts.signInLink(tokenHash: Secret.hash(token))
        let browser = request.cookies[SessionCookies.binding].map { Secret.hash($0.value) }
        if let refusal = SignInWorkflow.check(found?.link, account: found?.account, browserHash: browser, now: clock()) {
            return refused(refusal, language: found?.account.language ?? language, form: true, context: context)
        }
        guard let account = found?.account else { return failure(.notFound, "linkError.unknown", language: language, form: true) }
        return pages.page("link", account.language, titleKey: "link.title", ["name": account.name, "token": token])
    }

    private func redeem(_ request: Request, context: MatchRequestContext, sessions: SessionIssuer) async throws -> Response {
        let body = try await FormBody.read(request, maxBytes: maxBodyBytes)
        let language = Self.language(request)
        if SameOrigin.isCrossSite(request) {
            return failure(.forbidden, "signIn.crossSite", language: language, form: body.fromBrowser)
        }
        guard let token = Self.token(body.fields["token"]) else {
            return failure(.badRequest, "linkError.malformed", language: language, form: body.fromBrowser)
        }
        let secret = Secret.random()
        let userAgent = request.headers[.userAgent].map { String($0.prefix(200)) }
        let outcome = try await accounts.redeemSignInLink(
            tokenHash: Secret.hash(token), browserHash: request.cookies[SessionCookies.binding].map { Secret.hash($0.value) },
            session: (UUID(), Secret.hash(secret), context.clientAddress, userAgent), rules: rules, now: clock())
        switch outcome {
        case .success(let redemption):
            return try await sessions.signedIn(redemption, secret: secret, form: body.fromBrowser, context: context)
        case .failure(let refusal):
            return refused(refusal, language: language, form: body.fromBrowser, context: context)
        }
    }

    // MARK: - Answers

    /// The page (or problem) for a refused link, logged as a sign-in failure.
    private func refused(_ refusal: SignInRefusal, language: Language, form: Bool, context: MatchRequestContext) -> Response {
        let (status, key, outcome): (HTTPResponse.Status, String, String) =
            switch refusal {
            case .unknownLink: (.notFound, "linkError.unknown", "unknownLink")
            case .linkExpired: (.gone, "linkError.expired", "linkExpired")
            case .linkUsed: (.gone, "linkError.used", "linkUsed")
            case .otherBrowser: (.conflict, "linkError.otherBrowser", "otherBrowser")
            case .accountDisabled: (.forbidden, "linkError.disabled", "accountDisabled")
            case .rateLimited: (.tooManyRequests, "signIn.tooMany", "rateLimited")
            }
        context.logger.info("sign-in failed", metadata: ["outcome": "\(outcome)", "client": "\(context.clientAddress)"])
        return failure(status, key, language: language, form: form)
    }

    /// A page saying what is wrong with a link and offering a new one, or problem+json.
    private func failure(_ status: HTTPResponse.Status, _ key: String, language: Language, form: Bool) -> Response {
        let strings = pages.strings(language)
        guard form else { return Problems.response(APIProblem(status, strings.text("linkError.title"), detail: strings.text(key))) }
        return pages.page(
            "message", language, status: status, titleKey: "linkError.title",
            [
                "heading": strings.text("linkError.title"), "body": strings.text(key),
                "action": ["href": "/auth/sign-in?lang=\(language.rawValue)", "label": strings.text("linkError.newLink")],
            ])
    }

    /// Whether `?lang=`, when given, names a language matchd has.
    static func hasValidLanguage(_ request: Request) -> Bool {
        request.uri.queryParameters["lang"].map { Language(rawValue: String($0)) != nil } ?? true
    }

    /// The language asked for with `?lang=`, else Danish.
    static func language(_ request: Request) -> Language {
        request.uri.queryParameters["lang"].flatMap { Language(rawValue: String($0)) } ?? .da
    }

    /// A link token as `Secret.random` makes them (43 base64url characters), else nil.
    static func token(_ text: String?) -> String? {
        guard let text, text.utf8.count == 43,
            text.utf8.allSatisfy({
                ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D || $0 == 0x5F
            })
        else { return nil }
        return text
    }
}

/// Whether a request that signs in came from another site: `Sec-Fetch-Site: cross-site`, or an
/// `Origin` whose host is not the request's `Host` (login CSRF: signing a victim's browser in
/// to someone else's account).
enum SameOrigin {
    static func isCrossSite(_ request: Request) -> Bool {
        if request.headers[.secFetchSite]?.lowercased() == "cross-site" { return true }
        guard let origin = request.headers[.origin], origin != "null" else { return request.headers[.origin] == "null" }
        guard let host = URL(string: origin)?.host(), let requestHost = request.head.authority else { return false }
        let bare = requestHost.split(separator: ":").first.map(String.init) ?? requestHost
        let originPort = URL(string: origin)?.port
        let requestPort = requestHost.split(separator: ":").dropFirst().first.flatMap { Int($0) }
        return host.lowercased() != bare.lowercased() || (originPort != nil && requestPort != nil && originPort != requestPort)
    }
}

import Foundation
import Hummingbird
import HummingbirdTesting
import MatchCore
import Testing

@testable import MatchAPI
@testable import Profiles
@testable import SQLiteStorage

/// Signing in by one-time link, through the daemon: once only, expiry, the browser that asked,
/// sessions' idle and absolute timeouts on an injected clock, CSRF, a disabled account
/// mid-session, rate limits and no account enumeration.
@Suite struct SignInTests {
    struct Person {
        let account: Account
        let daemon: TestDaemon
        /// An unbound link, as `matchd account link` makes.
        func link(minutes: Double = 15) async throws -> String {
            let token = Secret.random()
            _ = try await daemon.database.issueSignInLink(
                accountId: account.id, tokenHash: Secret.hash(token), lifetime: minutes * 60, now: daemon.config.clock())
            return token
        }
    }

    static func person(_ daemon: TestDaemon, role: Role = .citizen, name: String = "Borger Bo", email: String = "bo@example.dk")
        async throws -> Person
    {
        let demo = try DataDirectory.demo(in: daemon.config.dataDirectory)
        let principal: Principal =
            switch role {
            case .citizen: Principal(role: .citizen, citizenId: demo.citizens[0].id)
            case .company: Principal(role: .company, companyId: demo.companies[0].id)
            case .consultant: Principal(role: .consultant, municipalityCode: MunicipalityCode(rawValue: 615))
            case .admin: Principal(role: .admin)
            }
        let account = Account(id: UUID(), principal: principal, email: email, name: name)
        _ = try await daemon.database.createAccount(account, now: daemon.config.clock())
        return Person(account: account, daemon: daemon)
    }

    /// A browser's form post.
    static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .accept: "text/html,application/xhtml+xml"]

    @Test func aLinkOpensAConfirmationPageThenSignsInOnceWithASecureCookie() async throws {
        let clock = TestClock()
        let daemon = try await TestDaemon.make(clock: clock.now)
        defer { daemon.remove() }
        let person = try await Self.person(daemon, name: "<script>alert(1)</script>")
        let token = try await person.link()
        try await daemon.application().test(.router) { client in
            let page = try await client.execute(uri: "/auth/link?token=\(token)", method: .get)
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the name is escaped")
            #expect(!html.contains("<script>"))
            #expect(html.contains("lang=\"da\""))
            #expect(page.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
            #expect(page.headers[.cacheControl] == "no-store")
            #expect(page.headers[.referrerPolicy] == "no-referrer")

            let signedIn = try await client.execute(
                uri: "/auth/link", method: .post, headers: Self.form, body: ByteBuffer(string: "token=\(token)"))
            #expect(signedIn.status == .seeOther)
            #expect(signedIn.headers[.location] == "/")
            let cookie = try #require(signedIn.headers[values: .setCookie].first { $0.hasPrefix("matchd_session=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Secure"))
            let session = Self.cookieValue(cookie)
            let me = try await client.execute(uri: "/v1/accounts/me", method: .get, headers: [.cookie: "matchd_session=\(session)"])
            #expect(me.status == .ok)
            #expect(me.object["lastSignInAt"] as? String != nil)

            let again = try await client.execute(
                uri: "/auth/link", method: .post, headers: Self.form, body: ByteBuffer(string: "token=\(token)"))
            #expect(again.status == .gone)
            #expect(String(buffer: again.body).contains("allerede brugt"))
            #expect(try await client.execute(uri: "/auth/link?token=\(token)", method: .get).status == .gone)
            #expect(try await client.execute(uri: "/auth/link?token=\(Secret.random())", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/auth/link?token=short", method: .get).status == .badRequest)
        }
    }

    @Test func anExpiredLinkSignsNoOneIn() async throws {
        let clock = TestClock()
        let daemon = try await TestDaemon.make(clock: clock.now)
        defer { daemon.remove() }
        let token = try await Self.person(daemon).link()
        clock.advance(minutes: 15)
        try await daemon.application().test(.router) { client in
            let late = try await client.execute(
                uri: "/auth/link", method: .post, headers: Self.form, body: ByteBuffer(string: "token=\(token)"))
            #expect(late.status == .gone)
            #expect(String(buffer: late.body).contains("15 minutter"))
            #expect(late.headers[values: .setCookie].isEmpty)
        }
    }

    @Test func aRequestedLinkWorksOnlyInTheBrowserThatAskedAndTheAnswerIsTheSameForEveryAddress() async throws {
        let daemon = try await TestDaemon.make()
        defer { daemon.remove() }
        let person = try await Self.person(daemon)
        try await daemon.application().test(.router) { client in
            let known = try await client.send(.post, "/auth/sign-in", token: nil, json: Bodies.json(["email": "BO@example.dk"]))
            let unknown = try await client.send(.post, "/auth/sign-in", token: nil, json: Bodies.json(["email": "nobody@example.dk"]))
            #expect(known.status == .accepted)
            #expect(unknown.status == known.status)
            #expect(String(buffer: unknown.body) == String(buffer: known.body))
            #expect(known.headers[values: .setCookie].count == 1 && unknown.headers[values: .setCookie].count == 1)
            let binding = Self.cookieValue(try #require(known.headers[values: .setCookie].first))

            let queued = try await daemon.database.mailMessages(status: nil, limit: 100)
            #expect(queued.count == 1, "one mail, for the address with an account")
            let mail = try #require(queued.map(\.message).first { $0.accountId == person.account.id })
            #expect(mail.to.address == "bo@example.dk")
            #expect(mail.subject == "Dit link til at logge ind på matchd")
            let token = try #require(Self.token(in: mail.text))
            #expect(mail.html.contains("https://matchd.test/auth/link?token=\(token)"))

            let elsewhere = try await client.execute(uri: "/auth/link?token=\(token)", method: .get)
            #expect(elsewhere.status == .conflict)
            #expect(String(buffer: elsewhere.body).contains("anden browser"))
            let elsewherePost = try await client.send(.post, "/auth/link", token: nil, json: Bodies.json(["token": token]))
            #expect(elsewherePost.status == .conflict)

            let here = try await client.send(
                .post, "/auth/link", token: nil, json: Bodies.json(["token": token]), headers: [.cookie: "matchd_signin=\(binding)"])
            #expect(here.status == .ok)
            #expect((here.object["account"] as? [String: Any])?["id"] as? String == person.account.id.lowercasedText)
            #expect((here.object["csrfToken"] as? String)?.count == 43)
        }
    }

    @Test func changesMadeWithASessionNeedItsCSRFTokenAndSignOutEndsIt() async throws {
        let daemon = try await TestDaemon.make()
        defer { daemon.remove() }
        let person = try await Self.person(daemon)
        let token = try await person.link()
        try await daemon.application().test(.router) { client in
            let signedIn = try await client.send(.post, "/auth/link", token: nil, json: Bodies.json(["token": token]))
            let session = Self.cookieValue(try #require(signedIn.headers[values: .setCookie].first))
            let csrf = try #require(signedIn.object["csrfToken"] as? String)
            let cookie: HTTPFields = [.cookie: "matchd_session=\(session)"]
            let body = Bodies.json(["name": "Bo B", "email": "bo@example.dk", "language": "da"])
            #expect(try await client.send(.put, "/v1/accounts/me", token: nil, json: body, headers: cookie).status == .forbidden)
            var wrong = cookie
            wrong[.csrfToken] = String(csrf.reversed())
            #expect(try await client.send(.put, "/v1/accounts/me", token: nil, json: body, headers: wrong).status == .forbidden)
            var right = cookie
            right[.csrfToken] = csrf
            #expect(try await client.send(.put, "/v1/accounts/me", token: nil, json: body, headers: right).status == .ok)
            let info = try await client.execute(uri: "/auth/session", method: .get, headers: cookie)
            #expect(info.object["csrfToken"] as? String == csrf)

            var formCookie = cookie
            formCookie[.contentType] = "application/x-www-form-urlencoded"
            formCookie[.accept] = "text/html"
            let noToken = try await client.execute(
                uri: "/auth/sign-out", method: .post, headers: formCookie, body: ByteBuffer(string: "x=1"))
            #expect(noToken.status == .forbidden)
            let out = try await client.execute(
                uri: "/auth/sign-out", method: .post, headers: formCookie, body: ByteBuffer(string: "csrf=\(csrf)"))
            #expect(out.status == .seeOther)
            #expect(out.headers[values: .setCookie].contains { $0.hasPrefix("matchd_session=;") || $0.contains("Max-Age=0") })
            #expect(try await client.execute(uri: "/v1/accounts/me", method: .get, headers: cookie).status == .unauthorized)
        }
    }

    @Test func sessionsIdleOutByRoleEndAfterTwelveHoursAndEndWhenTheAccountIsDisabled() async throws {
        let clock = TestClock()
        let daemon = try await TestDaemon.make(clock: clock.now)
        defer { daemon.remove() }
        let consultant = try await Self.person(daemon, role: .consultant, email: "vk@horsens.dk")
        let citizen = try await Self.person(daemon)
        let company = try await Self.person(daemon, role: .company, email: "hr@firma.dk")
        let admin = try await daemon.token(.admin)
        try await daemon.application().test(.router) { client in
            func signIn(_ person: Person) async throws -> HTTPFields {
                let response = try await client.send(.post, "/auth/link", token: nil, json: Bodies.json(["token": try await person.link()]))
                return [.cookie: "matchd_session=\(Self.cookieValue(try #require(response.headers[values: .setCookie].first)))"]
            }
            func status(_ cookie: HTTPFields) async throws -> HTTPResponse.Status {
                try await client.execute(uri: "/v1/accounts/me", method: .get, headers: cookie).status
            }
            let consultantCookie = try await signIn(consultant)
            let citizenCookie = try await signIn(citizen)
            let companyCookie = try await signIn(company)
            clock.advance(minutes: 29)
            #expect(try await status(consultantCookie) == .ok)
            clock.advance(minutes: 29)
            #expect(try await status(consultantCookie) == .ok, "each use moves the idle timeout on")
            clock.advance(minutes: 31)
            #expect(try await status(consultantCookie) == .unauthorized)
            #expect(try await status(citizenCookie) == .ok)

            // Disabled mid-session: the next request is refused.
            let disable = try await client.send(.post, "/v1/accounts/\(company.account.id.lowercasedText)/disable", token: admin)
            #expect(disable.status == .ok)
            #expect(try await status(companyCookie) == .unauthorized)

            // In use every few hours, the citizen's session still ends 12 hours after sign-in.
            for _ in 0..<5 {
                clock.advance(minutes: 120)
                #expect(try await status(citizenCookie) == .ok)
            }
            clock.advance(minutes: 120)
            #expect(try await status(citizenCookie) == .unauthorized)
        }
    }

    @Test func linkRequestsAreLimitedPerAddressWhetherOrNotItHasAnAccount() async throws {
        let daemon = try await TestDaemon.make()
        defer { daemon.remove() }
        _ = try await Self.person(daemon)
        try await daemon.application().test(.router) { client in
            for address in ["bo@example.dk", "nobody@example.dk"] {
                for _ in 0..<5 {
                    #expect(
                        try await client.send(.post, "/auth/sign-in", token: nil, json: Bodies.json(["email": address])).status == .accepted
                    )
                }
                let limited = try await client.send(.post, "/auth/sign-in", token: nil, json: Bodies.json(["email": address]))
                #expect(limited.status == .tooManyRequests)
                #expect(Int(limited.headers[.retryAfter] ?? "") ?? 0 > 0)
            }
            let page = try await client.execute(
                uri: "/auth/sign-in", method: .post, headers: Self.form, body: ByteBuffer(string: "email=bo%40example.dk"))
            #expect(page.status == .tooManyRequests)
            #expect(String(buffer: page.body).contains("mange links"))
        }
    }

    @Test func crossSiteAndMalformedSignInRequestsAreRefused() async throws {
        let daemon = try await TestDaemon.make()
        defer { daemon.remove() }
        try await daemon.application().test(.router) { client in
            var crossSite = Self.form
            crossSite[.secFetchSite] = "cross-site"
            let refused = try await client.execute(
                uri: "/auth/sign-in", method: .post, headers: crossSite, body: ByteBuffer(string: "email=bo%40example.dk"))
            #expect(refused.status == .forbidden)
            let bad = try await client.execute(
                uri: "/auth/sign-in", method: .post, headers: Self.form, body: ByteBuffer(string: "email=not-an-address"))
            #expect(bad.status == .unprocessableContent)
            #expect(String(buffer: bad.body).contains("aria-invalid=\"true\""))
            let json = try await client.send(.post, "/auth/sign-in", token: nil, json: Bodies.json(["email": "x"]))
            #expect(json.status == .unprocessableContent)
            #expect(json.errorFields == ["email"])
            let xml = try await client.execute(
                uri: "/auth/sign-in", method: .post, headers: [.contentType: "application/xml"], body: ByteBuffer(string: "<a/>"))
            #expect(xml.status == .unsupportedMediaType)
        }
    }

    /// The value of a `Set-Cookie` line.
    static func cookieValue(_ line: String) -> String {
        String(line.split(separator: ";")[0].split(separator: "=", maxSplits: 1).last ?? "")
    }

    /// The token of the first sign-in link in `text`.
    static func token(in text: String) -> String? {
        guard let range = text.range(of: "/auth/link?token=") else { return nil }
        return String(text[range.upperBound...].prefix(43))
    }
}

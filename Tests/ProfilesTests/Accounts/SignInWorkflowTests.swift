import Foundation
import MatchCore
import Testing

@testable import Profiles

/// Signing in, decided purely: who gets a link, the rate limits, what spends a link, and how
/// long a session stands.
@Suite struct SignInWorkflowTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    static let rules = SignInRules.standard
    static let citizen = Account(
        id: UUID(), principal: Principal(role: .citizen, citizenId: UUID()), email: "borger@example.dk", name: "Borger")
    static let consultant = Account(
        id: UUID(), principal: Principal(role: .consultant, municipalityCode: MunicipalityCode(rawValue: 615)), email: "vk@horsens.dk",
        name: "VK")

    static func request(at: Date = now) -> SignInRequest {
        SignInRequest(at: at, addressHash: String(repeating: "a", count: 64), client: "127.0.0.1")
    }

    static func issue(_ account: Account?, address: [Date] = [], client: [Date] = []) -> Result<LinkIssue, SignInRefusal> {
        SignInWorkflow.requestLink(
            request(), account: account, recentForAddress: address, recentForClient: client,
            link: (UUID(), String(repeating: "b", count: 64), String(repeating: "c", count: 64)), rules: rules)
    }

    @Test func anEnabledAccountWithAnAddressGetsALinkOfFifteenMinutes() throws {
        let issue = try Self.issue(Self.citizen).get()
        let link = try #require(issue.link)
        #expect(link.accountId == Self.citizen.id)
        #expect(link.expiresAt == Self.now.addingTimeInterval(15 * 60))
        #expect(link.browserHash == String(repeating: "c", count: 64))
        #expect(issue.request == Self.request())
    }

    @Test func noAccountADisabledOneOrOneWithoutAnAddressGetsNoLinkButTheSameAnswer() throws {
        var disabled = Self.citizen
        disabled.disabledAt = Self.now
        var apiClient = Self.citizen
        apiClient.email = nil
        for account in [nil, disabled, apiClient] {
            let issue = try Self.issue(account).get()
            #expect(issue.link == nil)
            #expect(issue.request == Self.request(), "the request counts toward the limits all the same")
        }
    }

    @Test func fiveRequestsPerAddressInTheWindowThenASixthWaitsForTheOldestToLeave() {
        let earlier = (1...5).map { Self.now.addingTimeInterval(TimeInterval(-60 * $0)) }
        #expect(Self.issue(Self.citizen, address: earlier) == .failure(.rateLimited(retryAfter: earlier[4].addingTimeInterval(15 * 60))))
        // Requests older than the window no longer count; an unknown address is limited alike.
        let old = earlier.map { $0.addingTimeInterval(-15 * 60) }
        #expect((try? Self.issue(Self.citizen, address: old).get()) != nil)
        #expect(Self.issue(nil, address: earlier) == .failure(.rateLimited(retryAfter: earlier[4].addingTimeInterval(15 * 60))))
    }

    @Test func thirtyRequestsFromOneClientInTheWindowAreTheMost() {
        let earlier = (1...30).map { Self.now.addingTimeInterval(TimeInterval(-20 * $0)) }
        guard case .failure(.rateLimited) = Self.issue(Self.citizen, client: earlier) else {
            Issue.record("a 31st request from the client was not limited")
            return
        }
        #expect((try? Self.issue(Self.citizen, client: Array(earlier.prefix(29))).get()) != nil)
    }

    static func link(browser: String? = "c", expires: TimeInterval = 900, used: Bool = false) -> SignInLink {
        SignInLink(
            id: UUID(), tokenHash: String(repeating: "b", count: 64), accountId: citizen.id,
            browserHash: browser.map { String(repeating: $0, count: 64) }, createdAt: now, expiresAt: now.addingTimeInterval(expires),
            usedAt: used ? now : nil)
    }

    static let session = (
        id: UUID(), secretHash: String(repeating: "d", count: 64), client: "127.0.0.1" as String?, userAgent: nil as String?
    )

    @Test func aLinkSignsInOnceInTheBrowserThatAskedBeforeItExpires() throws {
        let browser = String(repeating: "c", count: 64)
        let redemption = try SignInWorkflow.redeem(
            Self.link(), account: Self.citizen, browserHash: browser, session: Self.session, rules: Self.rules, now: Self.now
        ).get()
        #expect(redemption.link.usedAt == Self.now)
        #expect(redemption.account.lastSignInAt == Self.now)
        #expect(redemption.session.accountId == Self.citizen.id)
        #expect(redemption.session.expiresAt == Self.now.addingTimeInterval(12 * 3600))
        let redeem = { (link: SignInLink?, account: Account?, browser: String?, at: Date) in
            SignInWorkflow.redeem(link, account: account, browserHash: browser, session: Self.session, rules: Self.rules, now: at)
        }
        #expect(redeem(redemption.link, Self.citizen, browser, Self.now) == .failure(.linkUsed))
        #expect(redeem(Self.link(), Self.citizen, browser, Self.now.addingTimeInterval(900)) == .failure(.linkExpired))
        #expect(redeem(Self.link(), Self.citizen, String(repeating: "e", count: 64), Self.now) == .failure(.otherBrowser))
        #expect(redeem(Self.link(), Self.citizen, nil, Self.now) == .failure(.otherBrowser))
        #expect(redeem(nil, nil, browser, Self.now) == .failure(.unknownLink))
        var disabled = Self.citizen
        disabled.disabledAt = Self.now
        #expect(redeem(Self.link(), disabled, browser, Self.now) == .failure(.accountDisabled))
        // A link an administrator made is bound to no browser.
        #expect((try? redeem(Self.link(browser: nil), Self.citizen, nil, Self.now).get()) != nil)
    }

    static func started(_ account: Account, at: Date = now, lastSeen: Date = now) -> Session {
        Session(
            id: UUID(), secretHash: String(repeating: "d", count: 64), accountId: account.id, createdAt: at, lastSeenAt: lastSeen,
            expiresAt: at.addingTimeInterval(12 * 3600))
    }

    @Test func aConsultantIdlesOutAfterThirtyMinutesOthersAfterEightHours() {
        let state = { (account: Account, idle: TimeInterval) in
            SessionState(Self.started(account), account: account, rules: Self.rules, now: Self.now.addingTimeInterval(idle))
        }
        #expect(state(Self.consultant, 29 * 60) == .active(touch: true))
        #expect(state(Self.consultant, 30 * 60) == .over)
        #expect(state(Self.citizen, 7 * 3600) == .active(touch: true))
        #expect(state(Self.citizen, 8 * 3600) == .over)
        #expect(state(Self.citizen, 30) == .active(touch: false), "the last use is written at most once a minute")
    }

    @Test func everySessionEndsTwelveHoursAfterSignInEvenInUse() {
        let at = Self.now.addingTimeInterval(12 * 3600)
        let session = Self.started(Self.citizen, lastSeen: at.addingTimeInterval(-120))
        #expect(SessionState(session, account: Self.citizen, rules: Self.rules, now: at.addingTimeInterval(-1)) == .active(touch: true))
        #expect(SessionState(session, account: Self.citizen, rules: Self.rules, now: at) == .over)
    }

    @Test func anEndedSessionOrADisabledAccountsSessionIsOver() {
        var ended = Self.started(Self.citizen)
        ended.endedAt = Self.now
        #expect(SessionState(ended, account: Self.citizen, rules: Self.rules, now: Self.now) == .over)
        var disabled = Self.citizen
        disabled.disabledAt = Self.now
        #expect(SessionState(Self.started(Self.citizen), account: disabled, rules: Self.rules, now: Self.now) == .over)
        #expect(SessionState(Self.started(Self.citizen), account: nil, rules: Self.rules, now: Self.now) == .over)
    }
}

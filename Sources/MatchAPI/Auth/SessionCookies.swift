import Crypto
import Foundation
import Hummingbird
import Profiles

/// The cookies of signing in, and the CSRF token derived from the session's.
///
/// - `matchd_session`: the session's secret (the database keeps its hash). `HttpOnly`,
///   `SameSite=Lax`, `Path=/`, `Secure` unless `--insecure-cookies` (loopback development), no
///   `Max-Age` (it ends with the browser; the server ends it sooner by its timeouts).
/// - `matchd_signin`: the browser binding of a requested link (the link keeps its hash),
///   `Path=/auth`, 15 minutes.
///
/// CSRF: the synchronizer-token pattern, with the token derived rather than stored — the
/// HMAC-SHA256 of a fixed label keyed by the session's secret. Only the holder of the cookie's
/// value can compute it; it is rendered into every form of a signed-in page and told to JSON
/// clients by `GET /auth/session`; a request that changes anything with the session cookie must
/// carry it in `X-CSRF-Token` or the form field `csrf`. `SameSite=Lax` is a second line.
struct SessionCookies: Sendable {
    static let session = "matchd_session"
    static let binding = "matchd_signin"

    /// Whether cookies carry `Secure` (off only with `--insecure-cookies`).
    let secure: Bool

    /// The session cookie for `secret`.
    func session(_ secret: String) -> Cookie {
        Cookie(name: Self.session, value: secret, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    /// The cookie that ends the session cookie in the browser.
    func clearedSession() -> Cookie {
        Cookie(name: Self.session, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    /// The browser-binding cookie of a link request.
    func binding(_ secret: String, lifetime: TimeInterval) -> Cookie {
        Cookie(name: Self.binding, value: secret, maxAge: Int(lifetime), path: "/auth", secure: secure, httpOnly: true, sameSite: .lax)
    }

    /// The CSRF token of the session whose secret is `secret`.
    static func csrfToken(forSession secret: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data("matchd-csrf-v1".utf8), using: SymmetricKey(data: Data(secret.utf8)))
        return Data(mac).base64URLEncoded()
    }

    /// Whether `token` is the CSRF token of the session `secret`, compared in constant time.
    static func isValid(csrf token: String?, forSession secret: String) -> Bool {
        guard let token else { return false }
        let expected = Array(csrfToken(forSession: secret).utf8)
        let given = Array(token.utf8)
        guard expected.count == given.count else { return false }
        var difference: UInt8 = 0
        for (a, b) in zip(expected, given) { difference |= a ^ b }
        return difference == 0
    }
}

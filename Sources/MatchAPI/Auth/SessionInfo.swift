import Foundation
import Hummingbird
import Profiles

/// `SessionInfo` of the spec: the account, the session and its CSRF token.
struct SessionInfo: Encodable {
    let account: Components.Schemas.Account
    let session: Components.Schemas.SessionSummary
    let csrfToken: String

    init(account: Stored<Account>, session: Session, secret: String) {
        self.account = Components.Schemas.Account(account)
        self.session = Components.Schemas.SessionSummary(session, current: true)
        csrfToken = SessionCookies.csrfToken(forSession: secret)
    }
}

/// JSON answers of the plain (not generated) routes, encoded as the generated ones are.
enum JSONBody {
    /// `value` as an `application/json` response.
    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var response = Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
        response.headers[.cacheControl] = "no-store"
        return response
    }
}

import Foundation
import Profiles

/// Lists' paging, one format for every list: `limit` 1–100 (default 20) and an opaque cursor,
/// the store's page key in base64url.
enum Paging {
    /// The page a request asks for; a bad limit is a 422, a cursor this server never issued a
    /// 400. `key` says what the list's page keys are: ids (the default) or row positions.
    static func request(limit: Int?, cursor: String?, key kind: KeyKind = .id) throws -> PageRequest {
        let limit = limit ?? 20
        let after = try cursor.flatMap { $0.isEmpty ? nil : try key($0) }
        if let after, !kind.accepts(after) { throw invalidCursor }
        return PageRequest(limit: limit, after: after)
    }

    /// What a list's page keys are.
    enum KeyKind {
        /// Record ids (UUIDs), for lists in id order.
        case id
        /// Non-negative integers: row positions or offsets.
        case position

        func accepts(_ key: String) -> Bool {
            switch self {
            case .id: UUID(uuidString: key) != nil
            case .position: Int64(key).map { $0 >= 0 } ?? false
            }
        }
    }

    /// The cursor of a list that is never paged (the best matches, the municipalities): `null`.
    static let noNextPage = NullableString(nil)

    /// The cursor of the page after `page`, `null` on the last.
    static func cursor<Item>(_ page: Page<Item>) -> NullableString {
        Nullable(page.next.map { Data($0.utf8).base64URLEncoded() })
    }

    /// A cursor's page key.
    static func key(_ cursor: String) throws -> String {
        var base64 = cursor.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard cursor.utf8.count <= 200, let data = Data(base64Encoded: base64), let key = String(data: data, encoding: .utf8),
            !key.isEmpty
        else {
            throw invalidCursor
        }
        return key
    }

    /// The answer to a cursor this server never issued.
    static let invalidCursor = APIProblem.badRequest("cursor is not one this server issued", field: "cursor")
}

import Crypto
import Foundation
import GRDB
import MatchCore
import Profiles

/// Tokens need no match index, so the database itself is the token store (the CLI issues
/// tokens without loading any profiles).
extension AppDatabase: TokenStore {
    public func createToken(for principal: Principal, label: String?) async throws -> IssuedToken {
        let id = UUID()
        let token = BearerToken.generate()
        try await write { db in
            if let companyId = principal.companyId, try !Company.exists(db, key: companyId.lowercasedText) {
                throw StoreError.conflict(field: "company", message: "no company \(companyId.lowercasedText)")
            }
            if let citizenId = principal.citizenId, try !Citizen.exists(db, key: citizenId.lowercasedText) {
                throw StoreError.conflict(field: "citizen", message: "no citizen \(citizenId.lowercasedText)")
            }
            try APIToken(id: id, tokenHash: BearerToken.hash(token), principal: principal, label: label, createdAt: Date()).insert(db)
        }
        return IssuedToken(id: id, token: token)
    }

    /// Answered from `bearers` while nothing has committed since the token was read.
    public func bearer(token: String) async throws -> Bearer? {
        guard token.utf8.count <= 200 else { return nil }
        let hash = BearerToken.hash(token)
        guard let bearers else { return try await read { db in try Bearer.fetchOne(db, tokenHash: hash) } }
        let dataVersion = try bearers.dataVersion()
        if let bearer = bearers.bearer(hash, at: dataVersion) { return bearer }
        let bearer = try bearers.read(hash)
        if let bearer { bearers.keep(bearer, hash: hash, readAfter: dataVersion) }
        return bearer
    }

    public func revokeToken(_ idOrToken: String) async throws -> Bool {
        let hash = BearerToken.hash(idOrToken)
        return try await write { db in
            try APIToken.filter(
                APIToken.Columns.revokedAt == nil
                    && (APIToken.Columns.id == idOrToken.lowercased() || APIToken.Columns.tokenHash == hash)
            )
            .updateAll(db, APIToken.Columns.revokedAt.set(to: Date())) > 0
        }
    }
}

/// Bearer tokens: `mt_` + 256 random bits, base64url; only their SHA-256 is stored.
public enum BearerToken {
    /// A new random token.
    static func generate() -> String {
        "mt_" + SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }.base64URLEncoded()
    }

    /// The stored form: hex SHA-256.
    static func hash(_ token: String) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: Data(token.utf8)) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0xF)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}

extension Data {
    /// Base64 with the URL-safe alphabet and no padding.
    public func base64URLEncoded() -> String {
        base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}

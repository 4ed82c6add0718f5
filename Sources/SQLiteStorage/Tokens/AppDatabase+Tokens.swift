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
            try Self.insertToken(id: id, hash: BearerToken.hash(token), for: principal, label: label, now: Date(), db)
        }
        return IssuedToken(id: id, token: token)
    }

    /// Answered from `bearers` while nothing has committed since the token was read.
    public func bearer(token: String) async throws -> Bearer? {
        guard token.utf8.count <= 200 else { return nil }
        let hash = BearerToken.hash(token)
        guard let bearers else { return try await read { db in try Self.bearer(tokenHash: hash, db) } }
        let dataVersion = try bearers.dataVersion()
        if let bearer = bearers.bearer(hash, at: dataVersion) { return bearer }
        let bearer = try bearers.read(hash)
        if let bearer { bearers.keep(bearer, hash: hash, readAfter: dataVersion) }
        return bearer
    }

    public func revokeToken(_ idOrToken: String) async throws -> Bool {
        try await write { db in
            try Self.revokeToken(idOrHash: idOrToken, hash: BearerToken.hash(idOrToken), now: Date(), db)
        }
    }
}

extension AppDatabase {
    /// Stores a token's hash for a principal; the principal's scope must exist.
    static func insertToken(id: UUID, hash: String, for principal: Principal, label: String?, now: Date, _ db: Database) throws {
        if let companyId = principal.companyId, try Stored<Company>.fetchOne(db, id: companyId) == nil {
            throw StoreError.conflict(field: "company", message: "no company \(companyId.lowercasedText)")
        }
        if let citizenId = principal.citizenId, try Stored<Citizen>.fetchOne(db, id: citizenId) == nil {
            throw StoreError.conflict(field: "citizen", message: "no citizen \(citizenId.lowercasedText)")
        }
        try db.execute(
            sql: """
                INSERT INTO apiToken (id, tokenHash, role, municipalityCode, companyId, citizenId, label, createdAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [id.lowercasedText, hash, principal.role.rawValue, principal.municipalityCode?.description,
                        principal.companyId?.lowercasedText, principal.citizenId?.lowercasedText, label, now])
    }

    /// The bearer of an unrevoked token hash, or nil.
    static func bearer(tokenHash: String, _ db: Database) throws -> Bearer? {
        // Every request asks this: the statement is prepared once per connection.
        let statement = try db.cachedStatement(
            sql: "SELECT id, role, municipalityCode, companyId, citizenId FROM apiToken WHERE tokenHash = ? AND revokedAt IS NULL")
        guard let row = try Row.fetchOne(statement, arguments: [tokenHash]) else { return nil }
        return Bearer(tokenId: try row.uuid("id"), principal: Principal(
            role: try row.raw(Role.self, "role"),
            municipalityCode: try (row.decode(String?.self, forColumn: "municipalityCode")).flatMap(MunicipalityCode.init),
            companyId: try row.optionalUUID("companyId"), citizenId: try row.optionalUUID("citizenId")))
    }

    /// Revokes a token by its id or its hash; false when nothing was revoked.
    static func revokeToken(idOrHash id: String, hash: String, now: Date, _ db: Database) throws -> Bool {
        try db.execute(sql: "UPDATE apiToken SET revokedAt = ? WHERE revokedAt IS NULL AND (id = ? OR tokenHash = ?)",
                       arguments: [now, id.lowercased(), hash])
        return db.changesCount > 0
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

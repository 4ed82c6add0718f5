import Crypto
import Foundation
import GRDB

/// The roles of design.md: who a token speaks for.
public enum Role: String, Sendable, CaseIterable, Codable {
    /// Everything: tokens, webhooks of anyone, import.
    case admin
    /// A job centre's consultant or caseworker: citizens of one municipality, all companies.
    case consultant
    /// A company: its own openings and slots, pseudonymous match cards.
    case company
    /// A citizen: their own profile and matches.
    case citizen
}

/// Who is calling: the role and the scope a token grants.
public struct Principal: Sendable, Equatable, Hashable {
    /// The role.
    public var role: Role
    /// The consultant's municipality.
    public var municipalityCode: String?
    /// The company's id.
    public var companyId: UUID?
    /// The citizen's id.
    public var citizenId: UUID?

    /// Creates a principal.
    public init(role: Role, municipalityCode: String? = nil, companyId: UUID? = nil, citizenId: UUID? = nil) {
        self.role = role
        self.municipalityCode = municipalityCode
        self.companyId = companyId
        self.citizenId = citizenId
    }
}

/// A newly created token: its id and the secret, shown once and stored only as a hash.
public struct IssuedToken: Sendable {
    /// The token's id.
    public var id: UUID
    /// The bearer token itself.
    public var token: String
}

extension AppDatabase {
    /// Creates a bearer token for a role and scope; stores only its SHA-256.
    public func createToken(role: Role, municipalityCode: String? = nil, companyId: UUID? = nil, citizenId: UUID? = nil,
                            label: String? = nil) throws -> IssuedToken {
        switch role {
        case .admin: break
        case .consultant where municipalityCode == nil: throw StoreError.conflict(field: "municipality", message: "a consultant token needs --municipality")
        case .company where companyId == nil: throw StoreError.conflict(field: "company", message: "a company token needs --company")
        case .citizen where citizenId == nil: throw StoreError.conflict(field: "citizen", message: "a citizen token needs --citizen")
        default: break
        }
        if let companyId, try fetch(Company.self, id: companyId) == nil { throw StoreError.conflict(field: "company", message: "no company \(companyId.uuidString.lowercased())") }
        if let citizenId, try fetch(Citizen.self, id: citizenId) == nil { throw StoreError.conflict(field: "citizen", message: "no citizen \(citizenId.uuidString.lowercased())") }
        let id = UUID()
        let token = "mt_" + SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }.base64URLEncoded()
        try writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO apiToken (id, tokenHash, role, municipalityCode, companyId, citizenId, label, createdAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [id.uuidString.lowercased(), Self.hash(token), role.rawValue,
                            role == .consultant ? municipalityCode : nil,
                            role == .company ? companyId?.uuidString.lowercased() : nil,
                            role == .citizen ? citizenId?.uuidString.lowercased() : nil, label, Date()])
        }
        return IssuedToken(id: id, token: token)
    }

    /// The principal a bearer token stands for, or nil when unknown or revoked.
    public func principal(token: String) throws -> Principal? {
        guard token.count <= 200 else { return nil }
        return try writer.read { db in
            guard let row = try Row.fetchOne(
                db, sql: "SELECT * FROM apiToken WHERE tokenHash = ? AND revokedAt IS NULL", arguments: [Self.hash(token)])
            else { return nil }
            return Principal(
                role: Role(rawValue: row["role"])!, municipalityCode: row["municipalityCode"],
                companyId: (row["companyId"] as String?).flatMap(UUID.init(uuidString:)),
                citizenId: (row["citizenId"] as String?).flatMap(UUID.init(uuidString:)))
        }
    }

    /// Revokes a token by its id or by the token itself; false when nothing was revoked.
    public func revokeToken(_ idOrToken: String) throws -> Bool {
        try writer.write { db in
            try db.execute(
                sql: "UPDATE apiToken SET revokedAt = ? WHERE revokedAt IS NULL AND (id = ? OR tokenHash = ?)",
                arguments: [Date(), idOrToken.lowercased(), Self.hash(idOrToken)])
            return db.changesCount > 0
        }
    }

    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

extension Data {
    /// Base64 with the URL-safe alphabet and no padding.
    func base64URLEncoded() -> String {
        base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}

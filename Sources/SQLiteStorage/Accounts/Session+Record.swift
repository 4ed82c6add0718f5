import Foundation
import GRDB
import Profiles

/// A session as a row of `session`.
extension Session: FetchableRecord, PersistableRecord {
    /// `session`.
    public static let databaseTableName = "session"

    /// The columns queries filter by, and those updated in place.
    public enum Columns {
        static let id = Column("id")
        static let secretHash = Column("secretHash")
        static let accountId = Column("accountId")
        static let lastSeenAt = Column("lastSeenAt")
        static let expiresAt = Column("expiresAt")
        static let endedAt = Column("endedAt")
        static let endReason = Column("endReason")
    }

    public init(row: Row) throws {
        self.init(
            id: try row.uuid("id"), secretHash: try row.decode(forColumn: "secretHash"), accountId: try row.uuid("accountId"),
            createdAt: try row.decode(forColumn: "createdAt"), lastSeenAt: try row.decode(forColumn: "lastSeenAt"),
            expiresAt: try row.decode(forColumn: "expiresAt"), endedAt: try row.decode(forColumn: "endedAt"),
            endReason: try row.decode(String?.self, forColumn: "endReason").flatMap(EndReason.init(rawValue:)),
            clientAddress: try row.decode(forColumn: "clientAddress"), userAgent: try row.decode(forColumn: "userAgent"))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id.lowercasedText
        container["secretHash"] = secretHash
        container["accountId"] = accountId.lowercasedText
        container["createdAt"] = createdAt.storedText
        container["lastSeenAt"] = lastSeenAt.storedText
        container["expiresAt"] = expiresAt.storedText
        container["endedAt"] = endedAt?.storedText
        container["endReason"] = endReason?.rawValue
        container["clientAddress"] = clientAddress
        container["userAgent"] = userAgent
    }
}

/// A sign-in link as a row of `signInLink`.
extension SignInLink: FetchableRecord, PersistableRecord {
    /// `signInLink`.
    public static let databaseTableName = "signInLink"

    /// The columns queries filter by, and the one updated in place.
    public enum Columns {
        static let tokenHash = Column("tokenHash")
        static let accountId = Column("accountId")
        static let expiresAt = Column("expiresAt")
        static let usedAt = Column("usedAt")
    }

    public init(row: Row) throws {
        self.init(
            id: try row.uuid("id"), tokenHash: try row.decode(forColumn: "tokenHash"), accountId: try row.uuid("accountId"),
            browserHash: try row.decode(forColumn: "browserHash"), createdAt: try row.decode(forColumn: "createdAt"),
            expiresAt: try row.decode(forColumn: "expiresAt"), usedAt: try row.decode(forColumn: "usedAt"))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id.lowercasedText
        container["tokenHash"] = tokenHash
        container["accountId"] = accountId.lowercasedText
        container["browserHash"] = browserHash
        container["createdAt"] = createdAt.storedText
        container["expiresAt"] = expiresAt.storedText
        container["usedAt"] = usedAt?.storedText
    }
}

/// A link request as a row of `signInRequest` (no id: rows are counted and pruned, never named).
extension SignInRequest: FetchableRecord, PersistableRecord {
    /// `signInRequest`.
    public static let databaseTableName = "signInRequest"

    /// The columns queries filter by.
    public enum Columns {
        static let at = Column("at")
        static let addressHash = Column("addressHash")
        static let client = Column("client")
    }

    public init(row: Row) throws {
        self.init(
            at: try row.decode(forColumn: "at"), addressHash: try row.decode(forColumn: "addressHash"),
            client: try row.decode(forColumn: "client"))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["at"] = at.storedText
        container["addressHash"] = addressHash
        container["client"] = client
    }
}

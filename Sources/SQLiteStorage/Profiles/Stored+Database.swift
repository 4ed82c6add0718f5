import Foundation
import GRDB
import Profiles

/// A profile record kept in a table of its own with a UUID id: citizens, companies, vacancies.
public protocol ProfileRecord: FetchableRecord, PersistableRecord, Sendable {
    /// Its id.
    var id: UUID { get }
}

extension Citizen: ProfileRecord {}
extension Company: ProfileRecord {}
extension Vacancy: ProfileRecord {}

/// A stored record is its value's row plus `version`, `createdAt` and `updatedAt`.
extension Stored: FetchableRecord where Value: FetchableRecord {
    public init(row: Row) throws {
        self.init(value: try Value(row: row), version: try row.decode(forColumn: "version"),
                  createdAt: try row.decode(forColumn: "createdAt"), updatedAt: try row.decode(forColumn: "updatedAt"))
    }
}

extension Stored: TableRecord where Value: TableRecord {
    public static var databaseTableName: String { Value.databaseTableName }
}

extension Stored: EncodableRecord, MutablePersistableRecord, PersistableRecord where Value: PersistableRecord {
    public func encode(to container: inout PersistenceContainer) throws {
        try value.encode(to: &container)
        container["version"] = version
        container["createdAt"] = createdAt.storedText
        container["updatedAt"] = updatedAt.storedText
    }
}

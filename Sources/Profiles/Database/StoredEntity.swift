import Foundation
import GRDB

/// A profile record kept in its own table: citizens, companies, openings, slots.
public protocol StoredEntity: Sendable {
    /// The table holding it.
    static var table: String { get }
    /// Its id.
    var id: UUID { get }
    /// Its column values (without version and timestamps).
    var columns: [String: (any DatabaseValueConvertible)?] { get }
    /// Reads one row.
    static func decode(_ row: Row) throws -> Stored<Self>
}

extension Citizen: StoredEntity {
    /// `citizen`.
    public static let table = "citizen"
}

extension Company: StoredEntity {
    /// `company`.
    public static let table = "company"
}

extension Opening: StoredEntity {
    /// `opening`.
    public static let table = "opening"
}

extension Slot: StoredEntity {
    /// `slot`.
    public static let table = "slot"
}

/// An equality filter on a list: column name and value. Column names come from code only.
public struct ColumnFilter: Sendable {
    /// The column.
    public let column: String
    /// The value it must equal.
    public let value: any DatabaseValueConvertible & Sendable

    /// Creates a filter.
    public init(_ column: String, _ value: any DatabaseValueConvertible & Sendable) {
        self.column = column
        self.value = value
    }
}

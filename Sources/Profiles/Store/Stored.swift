import Foundation

/// A record as stored: the value plus the bookkeeping the API exposes (version for ETags,
/// creation and update times).
public struct Stored<Value: Sendable>: Sendable {
    /// The record.
    public var value: Value
    /// Incremented by every update; the ETag is derived from it.
    public var version: Int
    /// When the record was created.
    public var createdAt: Date
    /// When the record last changed.
    public var updatedAt: Date

    /// Creates a stored record.
    public init(value: Value, version: Int, createdAt: Date, updatedAt: Date) {
        self.value = value
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

extension Stored: Equatable where Value: Equatable {}

/// Which page of a list to read: at most `limit` items after the key `after` (nil: from the start).
public struct PageRequest: Sendable, Equatable {
    /// Most items, 1 or more.
    public var limit: Int
    /// The `next` key of the previous page.
    public var after: String?

    /// Creates a request.
    public init(limit: Int, after: String? = nil) {
        self.limit = limit
        self.after = after
    }
}

/// One page of a list, with the key to continue after when more may follow.
public struct Page<Item: Sendable>: Sendable {
    /// The items, in the list's order.
    public var items: [Item]
    /// The key of the next page, nil on the last.
    public var next: String?

    /// Creates a page.
    public init(items: [Item], next: String?) {
        self.items = items
        self.next = next
    }
}

/// Why a store refused an operation.
public enum StoreError: Error, Equatable, Sendable {
    /// No such record (or not visible to the caller).
    case notFound
    /// `If-Match` named an older version; the current one is given.
    case versionMismatch(current: Int)
    /// A uniqueness rule was broken: the field and what clashes.
    case conflict(field: String, message: String)
    /// A page key this store never issued.
    case invalidCursor
    /// A value the database's own checks refused (a rule the validator should have caught
    /// first): the column at fault.
    case invalid(field: String)
}

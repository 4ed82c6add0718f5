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

/// One page of a list, with the id to continue after.
public struct Page<Value: Sendable>: Sendable {
    /// The records, in id order.
    public var items: [Value]
    /// The last id of this page when more may follow.
    public var nextAfter: UUID?

    /// Creates a page.
    public init(items: [Value], nextAfter: UUID?) {
        self.items = items
        self.nextAfter = nextAfter
    }
}

/// Why a write was refused by the store.
public enum StoreError: Error, Equatable, Sendable {
    /// No such record (or not visible to the caller).
    case notFound
    /// `If-Match` named an older version; the current one is given.
    case versionMismatch(current: Int)
    /// A uniqueness rule was broken: the field and what clashes.
    case conflict(field: String, message: String)
}

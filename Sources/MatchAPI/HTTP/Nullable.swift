import Foundation

/// A value the API always sends, as JSON `null` when absent.
///
/// The spec marks some properties required but nullable (`nextCursor`, `distanceKm`, `escoUri`, …):
/// clients generated from it expect the key to be present. The generated types encode a nil
/// Optional by leaving the key out, so these properties are typed with this wrapper instead
/// (`typeOverrides` in `openapi-generator-config.yaml`), which encodes `null` itself.
public struct Nullable<Wrapped: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
    /// The value, or nil for `null`.
    public var value: Wrapped?

    /// Wraps a value; nil is sent as `null`.
    public init(_ value: Wrapped?) {
        self.value = value
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        value = container.decodeNil() ? nil : try container.decode(Wrapped.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value {
            try container.encode(value)
        } else {
            try container.encodeNil()
        }
    }
}

/// A string or `null` (see `Nullable`).
public typealias NullableString = Nullable<String>
/// A number or `null` (see `Nullable`).
public typealias NullableDouble = Nullable<Double>
/// An integer or `null` (see `Nullable`).
public typealias NullableInt = Nullable<Int>
/// A date-time or `null` (see `Nullable`).
public typealias NullableDate = Nullable<Date>

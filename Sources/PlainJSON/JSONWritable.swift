/// A value `JSONWriter` can write: the match lists' values conform beside their mapping to the
/// spec (`MatchListJSON`).
public protocol JSONWritable {
    /// Writes the value as one JSON value.
    func write(to json: inout JSONWriter)
}

extension String: JSONWritable {
    @inlinable
    public func write(to json: inout JSONWriter) { json.string(self) }
}

extension Double: JSONWritable {
    @inlinable
    public func write(to json: inout JSONWriter) { json.number(self) }
}

extension Int: JSONWritable {
    @inlinable
    public func write(to json: inout JSONWriter) { json.integer(self) }
}

extension Bool: JSONWritable {
    @inlinable
    public func write(to json: inout JSONWriter) { json.literal(self ? "true" : "false") }
}

extension Array: JSONWritable where Element: JSONWritable {
    @inlinable
    public func write(to json: inout JSONWriter) { json.array(self) }
}

extension JSONWritable where Self: RawRepresentable, RawValue == String {
    /// Writes the raw value, as `Codable` does for a string enum: such an enum conforms with an
    /// empty extension.
    @inlinable
    public func write(to json: inout JSONWriter) { json.string(rawValue) }
}

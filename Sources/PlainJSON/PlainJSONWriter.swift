/// Writes the list columns (`JSONColumn`) without `JSONEncoder`, whose set-up and generic
/// machinery cost more per citizen than the insert itself in a bulk import. It writes exactly
/// what `JSONColumn`'s encoder writes — compact, keys sorted, slashes unescaped — for text of
/// printable ASCII other than `"` and `\` (every taxonomy code); for any other text it gives up
/// and the encoder writes the value.
///
/// `JSONWriter`, for responses, escapes instead of giving up; this one promises the encoder's
/// very bytes, so that equal values store equal text whichever of the two wrote them. Its
/// methods are `@inlinable` so that the column encoders are specialised and inlined with it.
public struct PlainJSONWriter {
    @usableFromInline
    var bytes: [UInt8] = []

    @inlinable
    init() {}

    /// A flat object's members, in the order given (sorted by the caller; keys need no escape).
    public typealias Member = (key: StaticString, value: Scalar)

    /// A member's value.
    public enum Scalar {
        /// A string, written when it needs no escape.
        case string(String)
        /// An integer's decimal digits.
        case integer(Int)
        /// `true` or `false`.
        case bool(Bool)
    }

    /// `[…]` of `values`, each written by `element`; false when one could not be.
    @inlinable
    public mutating func array<T>(_ values: [T], _ element: (inout PlainJSONWriter, T) -> Bool) -> Bool {
        bytes.append(UInt8(ascii: "["))
        for (i, value) in values.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            guard element(&self, value) else { return false }
        }
        bytes.append(UInt8(ascii: "]"))
        return true
    }

    /// `{…}` of `members`; false when a string could not be written.
    @inlinable
    public mutating func object(_ members: [Member]) -> Bool {
        bytes.append(UInt8(ascii: "{"))
        for (i, member) in members.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: UnsafeBufferPointer(start: member.key.utf8Start, count: member.key.utf8CodeUnitCount))
            bytes.append(contentsOf: #"":"#.utf8)
            switch member.value {
            case .string(let text): guard string(text) else { return false }
            case .integer(let value): bytes.append(contentsOf: String(value).utf8)
            case .bool(let value): bytes.append(contentsOf: (value ? "true" : "false").utf8)
            }
        }
        bytes.append(UInt8(ascii: "}"))
        return true
    }

    /// `"text"`, when it needs no escape.
    @inlinable
    public mutating func string(_ text: String) -> Bool {
        guard text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) else {
            return false
        }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: text.utf8)
        bytes.append(UInt8(ascii: "\""))
        return true
    }

    /// What `write` wrote, or nil when it gave up.
    @inlinable
    public static func text(_ write: (inout PlainJSONWriter) -> Bool) -> String? {
        var writer = PlainJSONWriter()
        return write(&writer) ? String(decoding: writer.bytes, as: UTF8.self) : nil
    }
}

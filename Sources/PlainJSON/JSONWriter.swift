/// Writes JSON text into a growing buffer of its own, for the responses too hot for the
/// generated server's Foundation `JSONEncoder` (the match lists: about 0.1 ms of encoding per
/// card, most of a match request's time). Values write themselves through `JSONWritable`; keys
/// are written as given, so callers pass the spec's property names. Output is compact UTF-8
/// with `/` unescaped, as the encoder is configured elsewhere: the same JSON values as the
/// encoder's, not always its bytes (see `string(_:)` and `number(_:)`).
///
/// The buffer is raw memory the writer owns (hence not copyable): appending to an `Array` or a
/// `ByteBuffer` checks uniqueness and exclusive access on every byte, which cost more than the
/// JSON itself in the match route's profile. Appends are `@inlinable` (and inlined), growth is
/// out of line, so that writers in other modules compile to the same code as beside it.
public struct JSONWriter: ~Copyable {
    @usableFromInline
    var start: UnsafeMutablePointer<UInt8>
    @usableFromInline
    var count = 0
    @usableFromInline
    var capacity: Int
    /// Whether the next value or key in the current object or array needs a comma first.
    @usableFromInline
    var needsComma = false

    /// A writer with room for `capacity` bytes before it grows.
    @inlinable
    public init(capacity: Int) {
        self.capacity = max(capacity, 64)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    /// Calls `body` with the JSON text so far (for a response body); the bytes are valid only
    /// during the call.
    @inlinable
    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(UnsafeRawBufferPointer(start: start, count: count))
    }

    /// Writes an object whose members `body` writes with `field`.
    @inlinable
    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    /// Writes an array of `elements`.
    @inlinable
    public mutating func array<Element: JSONWritable>(_ elements: [Element]) {
        open(UInt8(ascii: "["))
        for element in elements { element.write(to: &self) }
        close(UInt8(ascii: "]"))
    }

    /// Writes the member `name: value` of the current object.
    @inlinable
    public mutating func field<Value: JSONWritable>(_ name: StaticString, _ value: Value) {
        key(name)
        value.write(to: &self)
    }

    /// Writes the member `name: value`, or nothing when `value` is nil (as `encodeIfPresent`).
    @inlinable
    public mutating func field<Value: JSONWritable>(_ name: StaticString, _ value: Value?) {
        guard let value else { return }
        field(name, value)
    }

    /// Writes a string with JSON's escapes: quote, backslash and control characters (`\u00XX`
    /// in lowercase hex but for `\n`, `\r` and `\t`); other text, `/` and non-ASCII included,
    /// as it is.
    @inlinable
    public mutating func string(_ value: String) {
        separate()
        append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var plain = true
            for byte in utf8 where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { plain = false }
            if plain {
                append(UnsafeRawBufferPointer(utf8))
                return
            }
            for byte in utf8 { escape(byte) }
        }
        append(UInt8(ascii: "\""))
    }

    /// Writes a string of at most `capacity` bytes that need no escape, put straight into the
    /// buffer by `write`, which returns how many it wrote: for values that write their own text
    /// without making a `String` (a UUID as the API writes ids).
    @inlinable
    public mutating func unescapedString(capacity: Int, _ write: (UnsafeMutableRawBufferPointer) -> Int) {
        separate()
        append(UInt8(ascii: "\""))
        reserve(capacity)
        count += write(UnsafeMutableRawBufferPointer(start: start + count, count: capacity))
        append(UInt8(ascii: "\""))
    }

    /// Writes an integer's decimal digits, without making a `String`.
    @inlinable
    public mutating func integer(_ value: Int) {
        separate()
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for UInt64.max's 20 digits
        withUnsafeMutableBytes(of: &digits) { space in
            var first = space.count
            repeat {
                first -= 1
                space[first] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            append(UnsafeRawBufferPointer(rebasing: space[first...]))
        }
    }

    /// Writes a number: integral values below 10^15 without a fraction, others in Swift's
    /// shortest form that reads back to the same `Double` (an integral value of 16 digits keeps
    /// its `.0`, which the encoder drops; `-0.0` is written `0`). A non-finite value, which no
    /// field of the API carries, is written as `null` rather than as invalid JSON.
    @inlinable
    public mutating func number(_ value: Double) {
        guard value.isFinite else { return literal("null") }
        if value == value.rounded(.towardZero), abs(value) < 1e15 {
            integer(Int(value))
        } else {
            separate()
            var text = value.description
            text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
        }
    }

    /// Writes `true`, `false` or `null`.
    @inlinable
    public mutating func literal(_ text: StaticString) {
        separate()
        append(text)
    }

    /// Writes the key `name` of the current object; its value comes next.
    @inlinable
    public mutating func key(_ name: StaticString) {
        separate()
        append(UInt8(ascii: "\""))
        append(name)
        append(UInt8(ascii: "\""))
        append(UInt8(ascii: ":"))
        needsComma = false
    }

    @inlinable
    mutating func open(_ bracket: UInt8) {
        separate()
        append(bracket)
        needsComma = false
    }

    @inlinable
    mutating func close(_ bracket: UInt8) {
        append(bracket)
        needsComma = true
    }

    @inlinable @inline(__always)
    mutating func separate() {
        if needsComma { append(UInt8(ascii: ",")) }
        needsComma = true
    }

    @inlinable @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    @usableFromInline
    mutating func grow(to needed: Int) {
        capacity = max(capacity * 2, needed)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.update(from: start, count: count)
        start.deallocate()
        start = grown
    }

    @inlinable @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        start[count] = byte
        count += 1
    }

    @inlinable @inline(__always)
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress else { return }
        reserve(bytes.count)
        (start + count).update(from: base.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        count += bytes.count
    }

    @inlinable
    mutating func append(_ text: StaticString) {
        append(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    @inlinable
    mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): append("\\\"")
        case UInt8(ascii: "\\"): append("\\\\")
        case UInt8(ascii: "\n"): append("\\n")
        case UInt8(ascii: "\r"): append("\\r")
        case UInt8(ascii: "\t"): append("\\t")
        case ..<0x20:
            let hex = Array("0123456789abcdef".utf8)
            append("\\u00")
            append(hex[Int(byte >> 4)])
            append(hex[Int(byte & 0xF)])
        default: append(byte)
        }
    }
}

import Foundation
import NIOCore

/// Writes JSON text into a growing buffer of its own, for the responses too hot for the
/// generated server's Foundation `JSONEncoder` (the match lists: about 0.1 ms of encoding per
/// card, most of a match request's time). Values write themselves through `JSONWritable`; keys
/// are written as given, so callers pass the spec's property names. Output is compact UTF-8
/// with `/` unescaped, as the encoder is configured elsewhere.
///
/// The buffer is raw memory the writer owns (hence not copyable): appending to an `Array` or a
/// `ByteBuffer` checks uniqueness and exclusive access on every byte, which cost more than the
/// JSON itself in the match route's profile.
struct JSONWriter: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    /// Whether the next value or key in the current object or array needs a comma first.
    private var needsComma = false

    /// A writer with room for `capacity` bytes before it grows.
    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    /// The JSON text so far, as a response body.
    var byteBuffer: ByteBuffer { ByteBuffer(bytes: UnsafeRawBufferPointer(start: start, count: count)) }

    /// Writes an object whose members `body` writes with `field`.
    mutating func object(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    /// Writes an array of `elements`.
    mutating func array<Element: JSONWritable>(_ elements: [Element]) {
        open(UInt8(ascii: "["))
        for element in elements { element.write(to: &self) }
        close(UInt8(ascii: "]"))
    }

    /// Writes the member `name: value` of the current object.
    mutating func field<Value: JSONWritable>(_ name: StaticString, _ value: Value) {
        key(name)
        value.write(to: &self)
    }

    /// Writes the member `name: value`, or nothing when `value` is nil (as `encodeIfPresent`).
    mutating func field<Value: JSONWritable>(_ name: StaticString, _ value: Value?) {
        guard let value else { return }
        field(name, value)
    }

    /// Writes a string with JSON's escapes: quote, backslash and control characters.
    mutating func string(_ value: String) {
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

    /// Writes a UUID as the API writes ids: 36 lowercase characters, without making a `String`.
    mutating func uuid(_ value: UUID) {
        separate()
        append(UInt8(ascii: "\""))
        reserve(36)
        count += UUID.writeLowercasedText(value, into: UnsafeMutableRawBufferPointer(start: start + count, count: 36))
        append(UInt8(ascii: "\""))
    }

    /// Writes an integer's decimal digits, without making a `String`.
    mutating func integer(_ value: Int) {
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

    /// Writes a number: integral values without a fraction, others in Swift's shortest form that
    /// reads back to the same `Double`. A non-finite value, which no field of the API carries,
    /// is written as `null` rather than as invalid JSON.
    mutating func number(_ value: Double) {
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
    mutating func literal(_ text: StaticString) {
        separate()
        append(text)
    }

    /// Writes the key `name` of the current object; its value comes next.
    mutating func key(_ name: StaticString) {
        separate()
        append(UInt8(ascii: "\""))
        append(name)
        append(UInt8(ascii: "\""))
        append(UInt8(ascii: ":"))
        needsComma = false
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        append(bracket)
        needsComma = false
    }

    private mutating func close(_ bracket: UInt8) {
        append(bracket)
        needsComma = true
    }

    @inline(__always)
    private mutating func separate() {
        if needsComma { append(UInt8(ascii: ",")) }
        needsComma = true
    }

    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private mutating func grow(to needed: Int) {
        capacity = max(capacity * 2, needed)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.update(from: start, count: count)
        start.deallocate()
        start = grown
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8) {
        reserve(1)
        start[count] = byte
        count += 1
    }

    @inline(__always)
    private mutating func append(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress else { return }
        reserve(bytes.count)
        (start + count).update(from: base.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        count += bytes.count
    }

    private mutating func append(_ text: StaticString) {
        append(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private mutating func escape(_ byte: UInt8) {
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

/// A value `JSONWriter` can write.
protocol JSONWritable {
    /// Writes the value as one JSON value.
    func write(to json: inout JSONWriter)
}

extension String: JSONWritable {
    func write(to json: inout JSONWriter) { json.string(self) }
}

extension Double: JSONWritable {
    func write(to json: inout JSONWriter) { json.number(self) }
}

extension Int: JSONWritable {
    func write(to json: inout JSONWriter) { json.integer(self) }
}

extension Bool: JSONWritable {
    func write(to json: inout JSONWriter) { json.literal(self ? "true" : "false") }
}

extension Array: JSONWritable where Element: JSONWritable {
    func write(to json: inout JSONWriter) { json.array(self) }
}

extension Nullable: JSONWritable where Wrapped: JSONWritable {
    func write(to json: inout JSONWriter) {
        if let value { value.write(to: &json) } else { json.literal("null") }
    }
}

extension RawRepresentable where RawValue == String {
    /// Writes the raw value, as `Codable` does for a string enum.
    func write(to json: inout JSONWriter) { json.string(rawValue) }
}

/// A strict reader of the plain JSON matchd writes and exports hold, without `JSONDecoder`, whose
/// cost per call dominated reading a million citizens (the match index's list columns at
/// start-up, `ListColumnParser`; the records of `matchd seed --from`, `Citizen(plainJSON:)`).
/// It accepts only what it reads exactly as `JSONDecoder` would: strings without escapes or
/// control characters (valid UTF-8), numbers by the JSON grammar without exponents, `true`,
/// `false`, `null`, arrays and objects, with JSON white space between tokens. Anything else
/// answers nil or false, and the caller decodes that value with `JSONDecoder` instead, which
/// reads it or names the problem.
///
/// Its methods are `@inlinable` so that the readers in other modules, which pass it closures
/// per element and per member, are specialised and inlined with it as when they shared a module.
public struct JSONScanner {
    @usableFromInline
    let bytes: UnsafeBufferPointer<UInt8>
    @usableFromInline
    var at = 0

    /// Scans `bytes`, which must outlive the scanner.
    @inlinable
    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Runs `read` on a scanner of `text` and answers whether it succeeded and consumed all of it.
    @inlinable
    public static func whole(_ text: String, _ read: (inout JSONScanner) -> Bool) -> Bool {
        var text = text
        return text.withUTF8 { whole($0, read) }
    }

    /// Runs `read` on a scanner of `bytes` and answers whether it succeeded and consumed them all.
    @inlinable
    public static func whole(_ bytes: UnsafeBufferPointer<UInt8>, _ read: (inout JSONScanner) -> Bool) -> Bool {
        var scanner = JSONScanner(bytes)
        return read(&scanner) && scanner.atEnd
    }

    /// Whether only white space is left.
    @inlinable
    public var atEnd: Bool {
        mutating get {
            skipSpace()
            return at == bytes.count
        }
    }

    /// Consumes `byte` (after white space) when it comes next.
    @inlinable
    public mutating func take(_ byte: UInt8) -> Bool {
        skipSpace()
        guard at < bytes.count, bytes[at] == byte else { return false }
        at += 1
        return true
    }

    /// A string without escapes or control characters.
    @inlinable
    public mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = at
        var ascii = true
        while at < bytes.count {
            let byte = bytes[at]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
            if byte >= 0x80 { ascii = false }
            at += 1
        }
        guard at < bytes.count else { return nil }
        let content = UnsafeBufferPointer(rebasing: bytes[start..<at])
        at += 1
        return ascii ? String(decoding: content, as: UTF8.self) : String(validating: content, as: UTF8.self)
    }

    /// A number by the JSON grammar, without an exponent, that a `Double` holds: nil for one too
    /// large, or one with a digit other than 0 that would be read as zero, which `JSONDecoder`
    /// refuses as "not representable".
    @inlinable
    public mutating func number() -> Double? {
        skipSpace()
        let start = at
        guard integerPart() else { return nil }
        if at < bytes.count, bytes[at] == UInt8(ascii: ".") {
            at += 1
            guard digits() > 0 else { return nil }
        }
        if at < bytes.count, bytes[at] == UInt8(ascii: "e") || bytes[at] == UInt8(ascii: "E") { return nil }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { return nil }
        if value == 0, text.utf8.contains(where: { $0 >= UInt8(ascii: "1") && $0 <= UInt8(ascii: "9") }) { return nil }
        return value
    }

    /// An integer of at most 18 digits (no fraction, no exponent).
    @inlinable
    public mutating func integer() -> Int? {
        skipSpace()
        let negative = at < bytes.count && bytes[at] == UInt8(ascii: "-")
        let start = negative ? at + 1 : at
        guard integerPart(), at - start <= 18 else { return nil }
        if at < bytes.count, bytes[at] == UInt8(ascii: ".") || bytes[at] == UInt8(ascii: "e") || bytes[at] == UInt8(ascii: "E") {
            return nil
        }
        var value = 0
        for byte in bytes[start..<at] { value = value * 10 + Int(byte - UInt8(ascii: "0")) }
        return negative ? -value : value
    }

    /// `true` or `false`.
    @inlinable
    public mutating func bool() -> Bool? {
        if word("true") { return true }
        if word("false") { return false }
        return nil
    }

    /// Consumes `null` when it comes next.
    @inlinable
    public mutating func null() -> Bool {
        word("null")
    }

    /// `[…]`, each element read by `element`, which answers whether it understood it.
    @inlinable
    public mutating func array(_ element: (inout JSONScanner) -> Bool) -> Bool {
        guard take(UInt8(ascii: "[")) else { return false }
        if take(UInt8(ascii: "]")) { return true }
        repeat {
            guard element(&self) else { return false }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "]"))
    }

    /// A string of ASCII without escapes or control characters, as its bytes in the scanned
    /// text: no `String` is made (start-up looks codes up by their bytes, `CitizenRowCoder`).
    @inlinable
    public mutating func asciiString() -> UnsafeBufferPointer<UInt8>? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = at
        while at < bytes.count {
            let byte = bytes[at]
            if byte == UInt8(ascii: "\"") {
                at += 1
                return UnsafeBufferPointer(rebasing: bytes[start..<at - 1])
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { return nil }
            at += 1
        }
        return nil
    }

    /// `{…}`, each member's value read by `member` with its key; it answers whether it understood it.
    @inlinable
    public mutating func object(_ member: (String, inout JSONScanner) -> Bool) -> Bool {
        members(key: { $0.string() }, member)
    }

    /// `{…}` as `object(_:)` reads it, its keys read by `asciiString()`.
    @inlinable
    public mutating func asciiObject(_ member: (UnsafeBufferPointer<UInt8>, inout JSONScanner) -> Bool) -> Bool {
        members(key: { $0.asciiString() }, member)
    }

    /// `[…]` as `array(_:)` reads it, each element's value read by `element`; nil when one is not.
    @inlinable
    public mutating func list<T>(_ element: (inout JSONScanner) -> T?) -> [T]? {
        var values: [T] = []
        let read = array { scanner in
            guard let value = element(&scanner) else { return false }
            values.append(value)
            return true
        }
        return read ? values : nil
    }

    /// Sets `field` to `value` when it was not set and `value` was read; false otherwise (a key
    /// given twice, a value not read): for `object(_:)`'s readers, which take each key once.
    @inlinable
    public static func once<T>(_ field: inout T?, _ value: T?) -> Bool {
        guard field == nil, let value else { return false }
        field = value
        return true
    }

    @inlinable
    mutating func members<Key>(key: (inout JSONScanner) -> Key?, _ member: (Key, inout JSONScanner) -> Bool) -> Bool {
        guard take(UInt8(ascii: "{")) else { return false }
        if take(UInt8(ascii: "}")) { return true }
        repeat {
            guard let key = key(&self), take(UInt8(ascii: ":")), member(key, &self) else { return false }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "}"))
    }

    /// `-?(0|[1-9][0-9]*)`.
    @inlinable
    mutating func integerPart() -> Bool {
        if at < bytes.count, bytes[at] == UInt8(ascii: "-") { at += 1 }
        guard at < bytes.count else { return false }
        if bytes[at] == UInt8(ascii: "0") {
            at += 1
            return true
        }
        return digits() > 0
    }

    @inlinable
    mutating func digits() -> Int {
        let start = at
        while at < bytes.count, bytes[at] >= UInt8(ascii: "0"), bytes[at] <= UInt8(ascii: "9") { at += 1 }
        return at - start
    }

    @inlinable
    mutating func word(_ word: StaticString) -> Bool {
        skipSpace()
        let count = word.utf8CodeUnitCount
        guard bytes.count - at >= count else { return false }
        for i in 0..<count where bytes[at + i] != word.utf8Start[i] { return false }
        at += count
        return true
    }

    @inlinable
    mutating func skipSpace() {
        while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x0A || bytes[at] == 0x0D || bytes[at] == 0x09 { at += 1 }
    }
}
